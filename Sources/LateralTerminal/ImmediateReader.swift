import LateralUI

/// The reader's `reduce` with the effects that read files answered at once, on this thread:
/// for the benchmark and the tests, which want the state once an action's work is done.
/// The event loop does the same work on worker threads.
public struct ImmediateReader {
    public var state: ReaderState
    /// The other effects the last action named (open a URL, copy), in order.
    public private(set) var effects: [Effect] = []
    /// When set, claims are not read when asked for but kept here until `answerHeldClaims`,
    /// as a slow claims file would arrive after the text.
    public var holdsClaims = false
    public private(set) var heldClaims: [Effect] = []

    public init(_ state: ReaderState) {
        self.state = state
    }

    public mutating func send(_ action: Action) {
        effects = []
        run([action])
    }

    /// Answers the claims held back, newest first when `reversed`, as worker threads may.
    public mutating func answerHeldClaims(reversed: Bool = false) {
        let held = reversed ? heldClaims.reversed() : heldClaims
        heldClaims = []
        effects = []
        run(held.compactMap(FileEffects.answer))
    }

    private mutating func run(_ actions: [Action]) {
        var queue = actions
        while !queue.isEmpty {
            let (next, requested) = reduce(state, queue.removeFirst())
            state = next
            for effect in requested {
                switch effect {
                case .readArticle, .saveClaims, .reloadArticle, .readLibrary, .findAuthor: queue.append(FileEffects.answer(to: effect)!)
                case .loadClaims where holdsClaims: heldClaims.append(effect)
                case .loadClaims: queue.append(FileEffects.answer(to: effect)!)
                default: effects.append(effect)
                }
            }
        }
    }
}
