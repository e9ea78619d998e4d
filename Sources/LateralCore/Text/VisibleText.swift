/// Text from an article, a sidecar or a note made safe for a terminal: control characters,
/// escape sequences, C1 codes and bidirectional overrides become visible symbols, so that no
/// byte of a file can move the cursor, retitle the window or reorder what is shown.
public enum VisibleText {
    /// - Parameter keepNewlines: keep line feeds and tabs as they are (for whole articles);
    ///   otherwise they too become symbols (for one-line fields).
    public static func make(_ text: some StringProtocol, keepNewlines: Bool = true) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if keepNewlines {
                if scalar == "\n" || scalar == "\t" {
                    result.append(scalar)
                    continue
                }
                // A carriage return before a line feed is a CRLF line ending, not a control.
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            }
            if let symbol = symbol(for: scalar) {
                result.append(contentsOf: symbol.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True when a scalar must not reach a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        symbol(for: scalar) != nil
    }

    public static func symbol(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00...0x1F:
            // The Control Pictures block has a symbol for each C0 code: ␛ for ESC, ␇ for BEL.
            return String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F:
            return "␡"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            return "⟨U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + "⟩"
        default:
            return nil
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
