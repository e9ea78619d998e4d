import Dispatch
import Glibc
import LateralCore
import LateralUI

/// Runs the reader in the user's terminal: curses, the effects that touch the world, and the
/// event loop between them.
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
    public static func isInteractive(environment: Environment.Lookup = Environment.process) -> Bool {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { return false }
        guard let term = environment("TERM"), !term.isEmpty, term != "dumb" else { return false }
        return true
    }

    /// Runs the reader until the user quits or a termination signal comes; the terminal is
    /// restored on every way out.
    /// - Parameters:
    ///   - actions: what to do first, as if the user had asked (open an article).
    ///   - launched: when the program started (`monotonicSeconds()`), for `LATERAL_TRACE`.
    /// - Returns: the termination signal that ended it, if one did.
    public static func run(_ initial: ReaderState, actions: [Action] = [], launched: Double? = nil) throws(Failure) -> Int32? {
        guard isInteractive() else { throw .notATerminal }
        var terminal: CursesTerminal?
        defer { terminal?.close() }
        let trace = Environment.process("LATERAL_TRACE").flatMap(FrameTrace.init(path:))
        let startsOnArticle = actions.contains { if case .openArticle = $0 { true } else { false } }
        let outcome = try ReaderLoop.run(initial, actions: actions, makeTerminal: { () throws(Failure) in
            let made = try CursesTerminal()
            terminal = made
            return made
        }, effects: TerminalEffects(holdingUntilFirstFrame: startsOnArticle), clock: monotonicSeconds, since: launched, trace: trace?.write)
        return outcome.signal
    }

    /// Seconds on the monotonic clock the loop and its trace use.
    @Sendable public static func monotonicSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}

/// `LATERAL_TRACE=FILE`: a line per frame drawn, with its time since the reader started, so
/// that a benchmark can tell when a screen is complete.
/// Written with the C library's calls: Foundation's file handles cost the first frame 0.5 ms.
final class FrameTrace: Sendable {
    private let descriptor: Int32

    init?(path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func write(_ line: String) {
        var line = line + "\n"
        line.withUTF8 { bytes in _ = Glibc.write(descriptor, bytes.baseAddress, bytes.count) }
    }
}
