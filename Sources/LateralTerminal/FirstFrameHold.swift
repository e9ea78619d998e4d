import LateralCore
import Synchronization

/// Work that an article's first screen does not show, held back until that screen is drawn:
/// the rest of a long article, its claims, the library, the author. Started beside curses and
/// the first frame, on a machine of two cores, that work made the first frame of a 10 MB
/// article 4–6 ms slower (docs/PERFORMANCE.md, 36).
final class FirstFrameHold: Sendable {
    /// The work held; nil once the first frame is drawn, or when nothing is to be held.
    private let held: Mutex<[@Sendable () -> Void]?>

    /// - Parameter holding: false where the first screen is made of that work (the library's).
    init(holding: Bool) {
        held = Mutex(holding ? [] : nil)
    }

    /// Runs `work` on a worker thread now, or once the first frame is drawn.
    func start(_ work: @escaping @Sendable () -> Void) {
        let startsNow = held.withLock { list in
            guard list != nil else { return true }
            list?.append(work)
            return false
        }
        if startsNow { WorkerThread.start(work) }
    }

    /// A frame is on screen: whatever was held starts, and nothing is held from now on.
    func frameDrawn() {
        let released = held.withLock { list in
            defer { list = nil }
            return list ?? []
        }
        released.forEach { WorkerThread.start($0) }
    }
}
