import Foundation
import LateralCore
import LateralUI
import Synchronization
import Testing
@testable import LateralTerminal

/// The real event loop, driven by a scripted terminal and an effect runner whose answers the
/// test releases when it chooses: no tmux, no curses, no sleeping.
struct ReaderLoopTests {
    init() { DisplayWidth.prepareLocale() }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// A terminal that plays a script: each wait runs the next step, which may release an
    /// effect's answer, and returns its events.
    final class ScriptedTerminal: ReaderTerminal {
        var steps: [() -> [TerminalEvent]]
        var frames: [CellGrid] = []
        var fullFrames = 0
        var waits = 0
        let wakes = WakeCount()

        init(_ steps: [() -> [TerminalEvent]]) { self.steps = steps }

        var size: (width: Int, height: Int) { (100, 30) }
        var waker: @Sendable () -> Void { { [wakes] in wakes.add() } }

        func waitForEvents() -> [TerminalEvent] {
            waits += 1
            // A script that runs out ends the reader, as the user quitting would.
            guard !steps.isEmpty else { return [.key(.character("Q"))] }
            return steps.removeFirst()()
        }

        func draw(_ frame: CellGrid, over previous: CellGrid?) {
            frames.append(frame)
            if previous == nil { fullFrames += 1 }
        }

        func suspend() {}
    }

    final class WakeCount: Sendable {
        private let value = Mutex(0)
        func add() { value.withLock { $0 += 1 } }
        var count: Int { value.withLock { $0 } }
    }

    /// Keeps every effect; the test answers them, in any order, with the files' real contents.
    final class HeldEffects: EffectRunner, @unchecked Sendable {
        var held: [(effect: Effect, answer: @Sendable (Action) -> Void)] = []
        var framesTold = 0

        func frameDrawn() {
            framesTold += 1
        }

        func perform(_ effect: Effect, answer: @escaping @Sendable (Action) -> Void) {
            held.append((effect, answer))
        }

        func finish(_ index: Int) {
            let (effect, answer) = held.remove(at: index)
            if let action = FileEffects.answer(to: effect) { answer(action) }
        }
    }

    func library() throws -> ReaderState {
        let folder = Self.repository + "/Tests/Fixtures/Library"
        return ReaderState(width: 80, height: 24, libraryFolder: folder, library: try Library.summaries(folder: folder, index: nil))
    }

    @Test func effectsThatFinishOutOfOrderLandWhereTheyBelong() throws {
        let folder = Self.repository + "/Tests/Fixtures/Library"
        let effects = HeldEffects()
        var clockTime = 0.0
        var trace: [String] = []
        let terminal = ScriptedTerminal([
            // A's text is read; its claims are not yet. Back to the library, and B opened.
            { effects.finish(0); return [] },
            { [.key(.character("q")), .key(.character("j")), .key(.character("j")), .key(.enter)] },
            { effects.finish(1); return [] },
            // B's claims come first, then A's, for an article no longer on screen.
            { #expect(effects.held.count == 2); effects.finish(1); return [] },
            { effects.finish(0); return [.key(.tab)] },
        ])
        let outcome = ReaderLoop.run(try library(), actions: [.openArticle(path: folder + "/orphans.md", selectingClaim: nil)],
                                     terminal: terminal, effects: effects,
                                     clock: { clockTime += 0.005; return clockTime }, trace: { trace.append($0) })
        #expect(outcome.signal == nil)
        #expect(outcome.state.isFinished)
        #expect(outcome.state.screens.count == 2)
        let open = try #require(outcome.state.article)
        #expect(open.path == folder + "/scripts.md")
        #expect(open.sidecar.claims.count == 3 && !open.claimsPending)
        #expect(open.selected != nil)
        // Frames: A's text (the library under it is not flashed while A is read); the library
        // again; B's text; B's claims; the Tab. A's late claims change nothing on screen, so
        // they draw nothing.
        #expect(terminal.frames.count == 5)
        #expect(terminal.frames.first.map { $0.text.contains("A corrected article") } == true)
        #expect(trace.count == terminal.frames.count)
        #expect(effects.framesTold == terminal.frames.count)
        #expect(trace.first == "frame 1 at 5.0 ms")
        #expect(terminal.wakes.count == 4)
    }

    /// The command line's article is asked for before the terminal is made, so that it is read
    /// while curses starts; an answer in before the terminal is shown in the first frame, though
    /// no waker was there to wake the loop for it.
    @Test func theArticleIsReadWhileTheTerminalIsMade() throws {
        let folder = Self.repository + "/Tests/Fixtures/Library"
        let effects = HeldEffects()
        let terminal = ScriptedTerminal([])
        var framesAtFirstWait: Int?
        terminal.steps = [{ framesAtFirstWait = terminal.frames.count; return [] }]
        var askedBeforeTerminal = false
        _ = ReaderLoop.run(try library(), actions: [.openArticle(path: folder + "/orphans.md", selectingClaim: nil)],
                           makeTerminal: {
                               askedBeforeTerminal = !effects.held.isEmpty
                               if askedBeforeTerminal { effects.finish(0) }
                               return terminal
                           }, effects: effects, clock: { 0 })
        #expect(askedBeforeTerminal)
        #expect(framesAtFirstWait == 1)
        #expect(terminal.frames.first.map { $0.text.contains("A corrected article") } == true)
        #expect(terminal.wakes.count == 0)
    }

    /// An answer that comes from a worker after the reader has quit wakes nothing: the
    /// terminal's wake pipe is closed by then.
    @Test func anAnswerAfterTheLoopEndsDoesNotWakeTheTerminal() throws {
        let folder = Self.repository + "/Tests/Fixtures/Library"
        let effects = HeldEffects()
        // The article is read; its claims are still being read when the user quits.
        let terminal = ScriptedTerminal([{ effects.finish(0); return [] }, { [.key(.character("Q"))] }])
        let outcome = ReaderLoop.run(try library(), actions: [.openArticle(path: folder + "/orphans.md", selectingClaim: nil)],
                                     terminal: terminal, effects: effects, clock: { 0 })
        #expect(outcome.state.isFinished)
        let wakesWhileRunning = terminal.wakes.count
        #expect(wakesWhileRunning == 1)
        let claims = try #require(effects.held.firstIndex { if case .loadClaims = $0.effect { true } else { false } })
        effects.finish(claims)
        #expect(terminal.wakes.count == wakesWhileRunning)
    }

    /// Two quick requests to open: the newer wins, and one article opens.
    @Test func aNewerOpenSupersedesAnOlderOne() throws {
        let folder = Self.repository + "/Tests/Fixtures/Library"
        let effects = HeldEffects()
        let terminal = ScriptedTerminal([{ effects.finish(0); return [] }, { effects.finish(0); return [] }, { effects.finish(0); return [] }])
        let outcome = ReaderLoop.run(try library(),
                                     actions: [.openArticle(path: folder + "/orphans.md", selectingClaim: nil),
                                               .openArticle(path: folder + "/scripts.md", selectingClaim: nil)],
                                     terminal: terminal, effects: effects, clock: { 0 })
        #expect(outcome.state.screens.count == 2)
        #expect(outcome.state.article?.path == folder + "/scripts.md")
        #expect(outcome.state.article?.claimsPending == false)
    }

    @Test func aFrameIsDrawnOnlyWhenSomethingChanged() throws {
        let terminal = ScriptedTerminal([
            { [] }, { [.key(.character("k"))] }, { [.key(.character("j"))] }, { [.key(.control("l"))] },
        ])
        _ = ReaderLoop.run(try library(), actions: [], terminal: terminal, effects: HeldEffects(), clock: { 0 })
        // The first frame; k at the top changes nothing; j moves the selection; Ctrl-L draws
        // everything again though nothing changed.
        #expect(terminal.frames.count == 3)
        #expect(terminal.fullFrames == 2)
    }

    @Test func theTraceSaysWhenEachFrameWasDrawn() throws {
        let terminal = ScriptedTerminal([{ [.key(.character("j"))] }])
        var times = [0.0, 0.01246, 0.1].makeIterator()
        var lines: [String] = []
        _ = ReaderLoop.run(try library(), actions: [], terminal: terminal, effects: HeldEffects(), clock: { times.next() ?? 1 },
                           trace: { lines.append($0) })
        #expect(lines == ["frame 1 at 12.5 ms", "frame 2 at 100.0 ms"])
    }

    @Test func aTerminationSignalEndsTheLoopWithItsNumber() throws {
        let terminal = ScriptedTerminal([{ [.terminate(signal: SIGTERM)] }])
        let outcome = ReaderLoop.run(try library(), actions: [], terminal: terminal, effects: HeldEffects(), clock: { 0 })
        #expect(outcome.signal == SIGTERM)
    }

    @Test func resizeAndSuspendRedrawEverything() throws {
        let terminal = ScriptedTerminal([{ [.resize(width: 60, height: 20)] }, { [.suspend] }])
        _ = ReaderLoop.run(try library(), actions: [], terminal: terminal, effects: HeldEffects(), clock: { 0 })
        #expect(terminal.frames.map(\.width) == [100, 60, 60])
        #expect(terminal.fullFrames == 3)
    }
}
