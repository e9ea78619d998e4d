/// Text from an article, a sidecar or a note made safe for a terminal: control characters,
/// escape sequences, C1 codes and bidirectional overrides become visible symbols, so that no
/// byte of a file can move the cursor, retitle the window or reorder what is shown.
public enum VisibleText {
    /// - Parameter keepNewlines: keep line feeds and tabs as they are (for whole articles);
    ///   otherwise they too become symbols (for one-line fields).
    ///   - ascii: for a terminal that is not UTF-8: controls as `^[` and `<U+202E>`, and every
    ///     other non-ASCII scalar as an ASCII look-alike or `<U+2019>`. Its bytes could
    ///     otherwise hold 0x9B, which an 8-bit terminal reads as CSI.
    public static func make(_ text: some StringProtocol, keepNewlines: Bool = true, ascii: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if keepNewlines {
                if scalar == "\n" || scalar == "\t" {
                    result.append(scalar)
                    continue
                }
                // A carriage return before a line feed is a CRLF line ending, not a control.
                if scalar == "\r", next == "\n" { continue }
            }
            if let symbol = symbol(for: scalar, ascii: ascii) {
                // Scalar by scalar: appending a whole string to a scalar view copies all of
                // it, which made a field of 200,000 line breaks take seconds.
                for symbolScalar in symbol.unicodeScalars { result.append(symbolScalar) }
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True when a scalar must not reach a UTF-8 terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        symbol(for: scalar) != nil
    }

    /// What a scalar is shown as, or nil when it is shown as itself.
    public static func symbol(for scalar: Unicode.Scalar, ascii: Bool = false) -> String? {
        switch scalar.value {
        case 0x00...0x1F:
            // The Control Pictures block has a symbol for each C0 code: ␛ for ESC, ␇ for BEL.
            return ascii ? "^" + String(Unicode.Scalar(scalar.value + 0x40)!) : String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F:
            return ascii ? "^?" : "␡"
        // C1 controls; bidi embeddings, overrides, isolates and marks; line and paragraph
        // separators, which some terminals and viewers take as line breaks.
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            return codePoint(scalar, ascii: ascii)
        case 0x20...0x7E:
            return nil
        default:
            guard ascii else { return nil }
            return asciiLookAlike(scalar) ?? codePoint(scalar, ascii: true)
        }
    }

    private static func codePoint(_ scalar: Unicode.Scalar, ascii: Bool) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4, with: "0")
        return ascii ? "<U+" + digits + ">" : "⟨U+" + digits + "⟩"
    }

    /// Typographic characters that read as well in ASCII, for terminals that are not UTF-8.
    private static func asciiLookAlike(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "‘", "’", "′": return "'"
        case "“", "”", "″", "«", "»": return "\""
        case "–", "—", "─", "‐", "‑": return "-"
        case "…": return "..."
        case "│", "┃": return "|"
        case "•", "·": return "*"
        case "›": return ">"
        case "‹": return "<"
        case "█": return "#"
        case "\u{A0}", "\u{2009}", "\u{202F}": return " "
        default: return nil
        }
    }
}
