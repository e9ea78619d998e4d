#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Another program run to its end: `git` asked for the author's name, `lateral-fetch` for a
/// page, an editor or a browser given the terminal. Started with `posix_spawn` in the
/// caller's process group, so that a program given the terminal may read keys (Foundation's
/// `Process` starts it in a group of its own, where its first read of the terminal stops it).
public enum ChildProcess {
    public struct Finished: Sendable {
        /// The exit status, or 128 + the signal that killed it, as a shell says it.
        public var status: Int32
        /// What it wrote, when asked to keep it; else empty.
        public var output: [UInt8]
        public var errors: [UInt8]
    }

    /// Why a program did not run: the system's words.
    public struct SpawnFailure: Error, CustomStringConvertible, Sendable {
        public var reason: String
        public var description: String { reason }
    }

    /// Runs `executable` (a path) with `arguments` (its own name first) and waits for it.
    /// With `capturing`, its input is /dev/null and its output and errors are kept; without,
    /// it shares this process's terminal.
    public static func run(_ executable: String, _ arguments: [String], capturing: Bool) throws(SpawnFailure) -> Finished {
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        defer { for fd in outputPipe + errorPipe where fd >= 0 { close(fd) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if capturing {
            guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else { throw failure(errno) }
            // Only the child's copies (made by dup2) stay open in the program started.
            for fd in outputPipe + errorPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        }
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let spawned = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
        guard spawned == 0 else { throw failure(spawned) }
        var finished = Finished(status: 0, output: [], errors: [])
        if capturing {
            close(outputPipe[1]); outputPipe[1] = -1
            close(errorPipe[1]); errorPipe[1] = -1
            (finished.output, finished.errors) = readBoth(outputPipe[0], errorPipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw failure(errno) }
        }
        let signal = status & 0x7F
        finished.status = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return finished
    }

    /// Both pipes read to their ends at once: a program that fills one while the other is
    /// being waited on would otherwise wait for ever.
    private static func readBoth(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
        var kept: [[UInt8]] = [[], []]
        var watched = [pollfd(fd: first, events: Int16(POLLIN), revents: 0), pollfd(fd: second, events: Int16(POLLIN), revents: 0)]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while watched.contains(where: { $0.fd >= 0 }) {
            guard poll(&watched, nfds_t(watched.count), -1) >= 0 else {
                if errno == EINTR { continue }
                break
            }
            for place in watched.indices where watched[place].fd >= 0 && watched[place].revents != 0 {
                let got = chunk.withUnsafeMutableBytes { read(watched[place].fd, $0.baseAddress, $0.count) }
                if got > 0 {
                    kept[place] += chunk[..<got]
                } else if got == 0 || errno != EINTR {
                    watched[place].fd = -1
                }
            }
        }
        return (kept[0], kept[1])
    }

    private static func failure(_ code: Int32) -> SpawnFailure {
        SpawnFailure(reason: String(cString: strerror(code)))
    }
}
