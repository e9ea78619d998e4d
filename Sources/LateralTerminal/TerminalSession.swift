import CNcursesw
import Foundation
import LateralUI

/// Set from a signal handler; the event loop reads it between keys.
nonisolated(unsafe) private var terminationRequested: sig_atomic_t = 0

/// The one owner of curses, as htop's CRT: it starts and restores the terminal, reads keys,
/// and draws the cells of each frame that changed. Everything the reader shows comes from
/// LateralUI's `reduce` and `render`.
public enum TerminalSession {
    public enum Failure: Error, CustomStringConvertible {
        case notATerminal
        case cannotStart(String)

        public var description: String {
            switch self {
            case .notATerminal: return "the reader needs a terminal (standard input and output are not one, or TERM is unset or dumb)"
            case .cannotStart(let term): return "cannot start the terminal \"\(term)\" (is TERM right?)"
            }
        }
    }

    /// Whether the reader can run here: both ends a terminal, and a TERM curses can drive.
    public static func isInteractive(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { return false }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
        return true
    }

    /// Runs the reader until the user quits; the terminal is restored on every way out.
    public static func run(_ initial: ReaderState) throws {
        guard isInteractive() else { throw Failure.notATerminal }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard let screen = lateral_newterm() else { throw Failure.cannotStart(term) }
        defer {
            endwin()
            delscreen(screen)
        }
        // A parent may have left these blocked (test runners do); a blocked SIGWINCH would
        // mean no resize ever reaches curses.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGWINCH, SIGTERM, SIGHUP, SIGTSTP, SIGCONT] { sigaddset(&signals, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        for signalNumber in [SIGTERM, SIGHUP] {
            signal(signalNumber) { _ in terminationRequested = 1 }
        }
        raw()
        noecho()
        nonl()
        keypad(lateral_stdscr(), true)
        lateral_enable_mouse()
        curs_set(0)
        // Keys are polled, so that a termination signal is seen within a tenth of a second.
        wtimeout(lateral_stdscr(), 100)
        let palette = CursesPalette(depth: startColors())

        let inbox = Effects.Inbox()
        var state = reduce(initial, .resize(width: Int(lateral_cols()), height: Int(lateral_lines())))
        state.loadsClaimsLater = true
        if let effect = initial.effect { _ = Effects.perform(effect, inbox: inbox) }
        var shown: CellGrid?
        while !state.isFinished && terminationRequested == 0 {
            let frame = render(state)
            draw(frame, over: shown, palette: palette)
            shown = frame
            switch KeyReader.read() {
            case .none:
                break
            case .resize:
                state = reduce(state, .resize(width: Int(lateral_cols()), height: Int(lateral_lines())))
                shown = nil
            case .suspend:
                endwin()
                kill(getpid(), SIGTSTP)
                // Back in the foreground: curses restores its modes on the next refresh.
                wrefresh(lateral_stdscr())
                shown = nil
            case .key(let key):
                if let action = state.action(for: key) { state = reduce(state, action) }
            case .mouse(let action):
                state = reduce(state, action)
            }
            for action in inbox.take() { state = reduce(state, action) }
            if let effect = state.effect {
                state.message = Effects.perform(effect, inbox: inbox) ?? state.message
                state.effect = nil
                // A browser may have had the whole terminal: draw everything again.
                if case .openURL = effect { shown = nil }
            }
        }
    }

    /// Starts curses' colours and says how many there are; none with NO_COLOR. (Asking
    /// terminfo directly here would replace the terminal curses is using.)
    private static func startColors() -> ColorDepth {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard has_colors(), start_color() != ERR else { return .none }
        use_default_colors()
        if lateral_colors() >= 256 { return .ansi256 }
        return lateral_colors() >= 8 ? .eight : .none
    }

    /// Draws the cells that differ from what is on screen; everything when nothing is.
    private static func draw(_ frame: CellGrid, over previous: CellGrid?, palette: CursesPalette) {
        let full = previous == nil || previous!.width != frame.width || previous!.height != frame.height
        if full { werase(lateral_stdscr()) }
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if !full && previous![x, y] == cell { continue }
                // The second cell of a wide character is drawn by its first.
                if cell.text.isEmpty { continue }
                // The bottom-right cell cannot be written without scrolling the screen.
                if y == frame.height - 1 && x == frame.width - 1 { continue }
                let (attributes, pair) = palette.attributes(for: cell.paint)
                var wide = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                _ = lateral_draw_cell(Int32(y), Int32(x), wide, attributes, pair)
            }
        }
        wrefresh(lateral_stdscr())
    }
}
