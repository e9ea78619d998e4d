import Dispatch
import Glibc
import LateralCore
import Synchronization

/// A command's progress through many files, on standard error when that is a terminal (a
/// script or a log gets none of it). Safe to update from several threads at once.
final class Progress: Sendable {
    private let line: Mutex<ProgressLine>?

    init(verb: String, noun: String, enabled: Bool = true) {
        line = enabled && isatty(STDERR_FILENO) != 0 ? Mutex(ProgressLine(verb: verb, noun: noun)) : nil
    }

    func update(done: Int, total: Int) {
        line?.withLock { line in
            if let text = line.update(done: done, total: total, now: Progress.now()) { Progress.write(text) }
        }
    }

    /// Clears the line before other text is printed, and when the work ends.
    func erase() {
        line?.withLock { line in
            if let text = line.erase() { Progress.write(text) }
        }
    }

    private static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    private static func write(_ text: String) {
        // Progress that cannot be shown is let go: the command's work goes on.
        _ = TextFile.writeAll(Array(text.utf8)[...], to: STDERR_FILENO)
    }
}
