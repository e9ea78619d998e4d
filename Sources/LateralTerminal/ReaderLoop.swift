import LateralUI
import Synchronization

/// What the reader's loop hears from a terminal.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case mouse(Action)
    case resize(width: Int, height: Int)
    /// Ctrl-Z: hand the terminal back to the shell until `fg`.
    case suspend
    /// SIGTERM or SIGHUP: end, restoring the terminal, with status 128 + the signal.
    case terminate(signal: Int32)
    /// Watched files that changed on disk.
    case filesChanged([String])
}

/// A terminal as the loop uses it: curses in the reader, a script in the tests.
public protocol ReaderTerminal: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Sleeps until something happens: a key, a signal, or `wake()` from another thread.
    /// May return no event (a wake with nothing to read).
    func waitForEvents() -> [TerminalEvent]
    /// Shows a frame; `previous` is what is on screen, nil to draw every cell.
    func draw(_ frame: CellGrid, over previous: CellGrid?)
    func suspend()
    /// What ends `waitForEvents` from another thread, when an effect's answer is in.
    var waker: @Sendable () -> Void { get }
    /// The files whose changes on disk `waitForEvents` reports, from now on.
    func watch(_ files: [String])
}

extension ReaderTerminal {
    public func watch(_ files: [String]) {}
}

/// Performs the effects `reduce` names. An effect's answer (claims read, a browser that
/// would not start) is handed to `answer`, from whatever thread finished the work.
public protocol EffectRunner {
    func perform(_ effect: Effect, answer: @escaping @Sendable (Action) -> Void)
    /// Told after each frame the loop draws.
    func frameDrawn()
}

extension EffectRunner {
    public func frameDrawn() {}
}

/// The reader's event loop, as bubbletea's: events become actions, `reduce` gives the next
/// state and its effects, effects run and their answers come back as actions, and a frame is
/// drawn when the screen changed. It sleeps until there is something to do, never polling.
public enum ReaderLoop {
    public struct Outcome: Sendable {
        public var state: ReaderState
        /// The termination signal that ended the reader, if one did.
        public var signal: Int32?
    }

    /// Answers of effects, posted from their threads and taken by the loop.
    final class Inbox: Sendable {
        private let actions = Mutex<[Action]>([])

        func post(_ action: Action) { actions.withLock { $0.append(action) } }
        func take() -> [Action] {
            actions.withLock { actions in
                let taken = actions
                actions = []
                return taken
            }
        }
    }

    /// Wakes the terminal's wait once there is a terminal: answers that come before it are
    /// taken by the loop's first look at the inbox. Once the loop is over, answers still coming
    /// from worker threads wake nothing: the terminal's wake pipe is about to be closed, and a
    /// byte written to it then would kill the program (SIGPIPE) or land in whatever file
    /// took the pipe's number.
    final class Waker: Sendable {
        private let wake = Mutex<(@Sendable () -> Void)?>(nil)

        func install(_ waker: @escaping @Sendable () -> Void) { wake.withLock { $0 = waker } }
        /// Called under the lock, so that once `remove` returns no call is under way.
        func callAsFunction() { wake.withLock { $0?() } }
        func remove() { wake.withLock { $0 = nil } }
    }

    /// The loop on a terminal already made (the tests' scripted ones).
    public static func run(_ initial: ReaderState, actions: [Action], terminal: some ReaderTerminal,
                           effects: some EffectRunner, clock: @escaping () -> Double, since start: Double? = nil,
                           trace: ((String) -> Void)? = nil) -> Outcome {
        run(initial, actions: actions, makeTerminal: { terminal }, effects: effects, clock: clock, since: start, trace: trace)
    }

    /// - Parameters:
    ///   - actions: what the command line asks for first (open an article at a claim). They are
    ///     applied before the terminal is made, so that the article is read while curses
    ///     starts: each takes about a millisecond of the first frame.
    ///   - clock: seconds on a monotonic clock; the trace's times are measured with it.
    ///   - start: the time the trace counts from (the program's start); the loop's own by default.
    ///   - trace: told of each frame drawn ("frame 3 at 12.5 ms"), for `LATERAL_TRACE`.
    public static func run<Terminal: ReaderTerminal, Failure: Error>(
        _ initial: ReaderState, actions: [Action], makeTerminal: () throws(Failure) -> Terminal,
        effects: some EffectRunner, clock: @escaping () -> Double, since start: Double? = nil,
        trace: ((String) -> Void)? = nil
    ) throws(Failure) -> Outcome {
        let inbox = Inbox()
        let wake = Waker()
        let start = start ?? clock()
        var state = initial
        var shown: CellGrid?
        var frames = 0
        var redrawAll = true

        func apply(_ action: Action) {
            let (next, requested) = reduce(state, action)
            state = next
            for effect in requested {
                switch effect {
                case .redraw:
                    redrawAll = true
                case .openURL, .editExternally, .editArticle:
                    // A browser or an editor may take the whole terminal: everything is drawn again after.
                    redrawAll = true
                    fallthrough
                default:
                    effects.perform(effect) { answer in
                        inbox.post(answer)
                        wake()
                    }
                }
                // A save is answered before the next key is read (the runner does it on this
                // thread): its outcome is taken at once.
                if effect.finishesBeforeNextKey { inbox.take().forEach(apply) }
            }
        }

        actions.forEach(apply)
        let terminal = try makeTerminal()
        wake.install(terminal.waker)
        defer { wake.remove() }
        let size = terminal.size
        apply(.resize(width: size.width, height: size.height))
        // Answers in before the waker was: they would not have woken the first wait.
        inbox.take().forEach(apply)
        while !state.isFinished {
            // Started on an article, the first frame is that article: the library under it
            // is not drawn (nor made) while its text is read.
            let opening = shown == nil && state.isOpening
            let frame = opening ? nil : render(state)
            if let frame, redrawAll || frame != shown {
                terminal.draw(frame, over: redrawAll ? nil : shown)
                shown = frame
                redrawAll = false
                frames += 1
                trace?("frame \(frames) at \(tenths((clock() - start) * 1000)) ms")
                effects.frameDrawn()
            }
            terminal.watch(state.watchedFiles)
            let events = terminal.waitForEvents()
            // Answers that came in while the loop slept are older than the keys that woke it.
            inbox.take().forEach(apply)
            for event in events {
                switch event {
                case .key(let key):
                    if let action = state.action(for: key) { apply(action) }
                case .mouse(let action):
                    apply(action)
                case .resize(let width, let height):
                    apply(.resize(width: width, height: height))
                    redrawAll = true
                case .suspend:
                    terminal.suspend()
                    redrawAll = true
                case .terminate(let signal):
                    return Outcome(state: state, signal: signal)
                case .filesChanged(let paths):
                    apply(.filesChanged(paths))
                }
                if state.isFinished { break }
            }
        }
        return Outcome(state: state, signal: nil)
    }

    /// "12.5" for 12.46: `String(format:)` goes through Foundation, slow on its first use.
    static func tenths(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
