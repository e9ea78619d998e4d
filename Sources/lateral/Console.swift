import Foundation
import LateralCore
import LateralTerminal
import LateralUI

/// Where subcommands print: results to standard output, problems to standard error.
enum Console {
    static func report(_ problem: FileProblem) {
        FileHandle.standardError.write(Data(("lateral: " + VisibleText.make(problem.description, keepNewlines: false) + "\n").utf8))
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Styled text, coloured only when standard output is a terminal that has colours.
    static func print(_ text: StyledText, plain: Bool = false) {
        let depth = plain ? ColorDepth.none : TerminalInfo.colorDepth(fd: STDOUT_FILENO)
        FileHandle.standardOutput.write(Data(ANSIText.render(text, depth: depth).utf8))
    }

    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value) + Data("\n".utf8))
    }

    /// Cuts a one-line field to a number of characters, with an ellipsis.
    static func clipped(_ text: String, to length: Int) -> String {
        let visible = VisibleText.make(text, keepNewlines: false)
        return visible.count <= length ? visible : String(visible.prefix(length - 1)) + "…"
    }
}
