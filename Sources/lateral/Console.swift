import FoundationEssentials
import Glibc
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
        write("lateral: " + text + "\n", to: STDERR_FILENO)
    }

    /// Prints a line; whatever in it came from a file is shown as visible symbols here, at
    /// the one door to standard output.
    static func print(_ text: String) {
        write(VisibleText.make(text, ascii: asciiOnly(STDOUT_FILENO)) + "\n", to: STDOUT_FILENO)
    }

    /// Styled text, coloured only when standard output is a terminal that has colours.
    static func print(_ text: StyledText, plain: Bool = false) {
        let depth = plain ? ColorDepth.none : TerminalInfo.colorDepth(fd: STDOUT_FILENO)
        write(ANSIText.render(text, depth: depth, ascii: asciiOnly(STDOUT_FILENO)), to: STDOUT_FILENO)
    }

    /// A terminal in a locale that is not UTF-8 gets nothing but ASCII; a pipe or a file gets
    /// the text's own UTF-8.
    static func asciiOnly(_ fd: Int32) -> Bool {
        isatty(fd) != 0 && !DisplayWidth.prepareLocale()
    }

    /// JSON for scripts, one field per line with sorted keys. C1 controls, bidi controls and
    /// line separators are escaped too, so that JSON printed on a terminal cannot steer it.
    static func printJSON(_ value: JSONValue) {
        output(JSONWriter.write(value, escapingUnsafe: true))
    }

    /// Bytes as they are (an export), to standard output.
    static func output(_ bytes: [UInt8]) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// Straight to the descriptor: Foundation's FileHandle cost a command 0.4 ms on first use.
    private static func write(_ text: String, to fd: Int32) {
        write(Array(text.utf8), to: fd)
    }

    /// Output that cannot be written (a full disk, a closed pipe whose signal is ignored) ends
    /// the command with status 2 and says so, rather than reporting success with the output lost.
    /// A message that cannot be written to standard error is let go: there is no one to tell.
    private static func write(_ bytes: [UInt8], to fd: Int32) {
        guard !TextFile.writeAll(bytes[...], to: fd), fd != STDERR_FILENO else { return }
        let reason = String(cString: strerror(errno))
        _ = TextFile.writeAll(Array("lateral: cannot write the output: \(reason)\n".utf8)[...], to: STDERR_FILENO)
        exit(ExitStatus.usageOrUnreadable.rawValue)
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
