import Glibc

/// A thread of its own for work beside the caller's (reading an article, its claims and the
/// library off the reader's loop; a part of a large claims file's scan), started with pthreads:
/// Foundation's `Thread` would bring CoreFoundation into the program, a millisecond of every
/// start. Unlike Dispatch's pool, a thread of its own may wait for another without stalling it.
public enum WorkerThread {
    private final class Work {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// Runs `body` on a new detached thread; where no thread can be made, on this one, so
    /// that the work is done late rather than never.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let created = pthread_create(&thread, &attributes, { raw in
            Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, work)
        if created != 0 {
            Unmanaged<Work>.fromOpaque(work).release()
            body()
        }
    }
}
