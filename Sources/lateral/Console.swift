import Foundation
import LateralCore
import LateralTerminal
import LateralUI

/// Where subcommands print: results to standard output, problems to standard error.
enum Console {
    static func report(_ problem: FileProblem) {
        error(problem.description)
    }

    /// A message on standard error, whatever bytes it holds made visible.
    static func error(_ message: String) {
        let text = VisibleText.make(message, keepNewlines: true, ascii: asciiOnly(STDERR_FILENO))
        FileHandle.standardError.write(Data(("lateral: " + text + "\n").utf8))
    }

    /// Prints a line; whatever in it came from a file is shown as visible symbols here, at
    /// the one door to standard output.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((VisibleText.make(text, ascii: asciiOnly(STDOUT_FILENO)) + "\n").utf8))
    }

    /// Styled text, coloured only when standard output is a terminal that has colours.
    static func print(_ text: StyledText, plain: Bool = false) {
        let depth = plain ? ColorDepth.none : TerminalInfo.colorDepth(fd: STDOUT_FILENO)
        FileHandle.standardOutput.write(Data(ANSIText.render(text, depth: depth, ascii: asciiOnly(STDOUT_FILENO)).utf8))
    }

    /// A terminal in a locale that is not UTF-8 gets nothing but ASCII; a pipe or a file gets
    /// the text's own UTF-8.
    static func asciiOnly(_ fd: Int32) -> Bool {
        isatty(fd) != 0 && !DisplayWidth.prepareLocale()
    }

    /// JSON for scripts, one field per line with sorted keys. C1 controls, bidi controls and
    /// line separators are escaped too, so that JSON printed on a terminal cannot steer it.
    static func printJSON(_ value: JSONValue) {
        FileHandle.standardOutput.write(Data(JSONWriter.write(value, escapingUnsafe: true)))
    }

    /// Pads a column to a display width (a CJK character takes two cells) without cutting
    /// what is longer.
    static func column(_ text: String, _ width: Int) -> String {
        let cells = DisplayWidth.of(text)
        return cells >= width ? text : text + String(repeating: " ", count: width - cells)
    }

    /// Cuts a one-line field to a display width, with an ellipsis.
    static func clipped(_ text: String, to width: Int) -> String {
        let visible = VisibleText.make(text, keepNewlines: false)
        guard DisplayWidth.of(visible) > width else { return visible }
        return Wrapping.firstLine(visible, width: width - 1) + "…"
    }
}
