import LateralCore
import LateralUI

/// Styled text as a stream for a terminal, with SGR sequences for the styles; with no
/// colours, the bare text.
public enum ANSIText {
    /// - Parameter ascii: for a terminal that is not UTF-8: the text is shown in ASCII.
    public static func render(_ text: StyledText, depth: ColorDepth, ascii: Bool = false) -> String {
        guard depth != .none else { return ascii ? VisibleText.make(text.plainText, ascii: true) : text.plainText }
        var out = ""
        for var span in text.spans {
            if ascii { span.text = VisibleText.make(span.text, ascii: true) }
            let style = VerdictPalette.style(for: span.role, depth: depth)
            let codes = sgrCodes(style, depth: depth)
            if codes.isEmpty {
                out += span.text
                continue
            }
            // The style is closed before each newline so that a pager never carries it into
            // the next line's start.
            let open = "\u{1B}[" + codes.joined(separator: ";") + "m"
            let lines = span.text.split(separator: "\n", omittingEmptySubsequences: false)
            out += lines.map { $0.isEmpty ? "" : open + $0 + "\u{1B}[0m" }.joined(separator: "\n")
        }
        return out
    }

    static func sgrCodes(_ style: CellStyle, depth: ColorDepth) -> [String] {
        var codes: [String] = []
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if let color = style.foreground {
            codes.append(depth == .ansi256 ? "38;5;\(color)" : "\(30 + color)")
        }
        return codes
    }
}
