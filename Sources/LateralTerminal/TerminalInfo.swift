import CNcursesw
import Glibc
import LateralCore
import LateralUI

/// What the terminal on a file descriptor can show, asked of terminfo without starting curses.
public enum TerminalInfo {
    /// The colours to use for output on `fd`: none when it is not a terminal, when
    /// `NO_COLOR` is set, or when terminfo says the terminal has fewer than 8.
    public static func colorDepth(fd: Int32, environment: Environment.Lookup = Environment.process) -> ColorDepth {
        guard isatty(fd) != 0 else { return .none }
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return .none }
        guard let term = environment("TERM"), !term.isEmpty, term != "dumb" else { return .none }
        let colors = lateral_terminfo_number(term, fd, "colors")
        if colors >= 256 { return .ansi256 }
        if colors >= 8 { return .eight }
        return .none
    }
}
