import Foundation
import LateralCore
import LateralTerminal
import LateralUI

/// Where subcommands print: results to standard output, problems to standard error.
enum Console {
    static func report(_ problem: FileProblem) {
        FileHandle.standardError.write(Data(("lateral: " + VisibleText.make(problem.description, keepNewlines: false) + "\n").utf8))
    }

    /// Prints a line; whatever in it came from a file is shown as visible symbols here, at
    /// the one door to standard output.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((VisibleText.make(text) + "\n").utf8))
    }

    /// Styled text, coloured only when standard output is a terminal that has colours.
    static func print(_ text: StyledText, plain: Bool = false) {
        let depth = plain ? ColorDepth.none : TerminalInfo.colorDepth(fd: STDOUT_FILENO)
        FileHandle.standardOutput.write(Data(ANSIText.render(text, depth: depth).utf8))
    }

    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The encoder escapes C0 controls; C1 controls and bidi overrides are escaped here too,
        // so that JSON printed on a terminal cannot steer it either.
        var json = String(decoding: try encoder.encode(value), as: UTF8.self)
        let mustEscape = { (scalar: Unicode.Scalar) in scalar.value >= 0x7F && VisibleText.isUnsafe(scalar) }
        if json.unicodeScalars.contains(where: mustEscape) {
            json = json.unicodeScalars.map { scalar in
                mustEscape(scalar) ? "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4, with: "0") : String(scalar)
            }.joined()
        }
        FileHandle.standardOutput.write(Data((json + "\n").utf8))
    }

    /// Pads a column to a width without cutting what is longer.
    static func column(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Cuts a one-line field to a number of characters, with an ellipsis.
    static func clipped(_ text: String, to length: Int) -> String {
        let visible = VisibleText.make(text, keepNewlines: false)
        return visible.count <= length ? visible : String(visible.prefix(length - 1)) + "…"
    }
}
