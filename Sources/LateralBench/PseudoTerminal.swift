import CPty
import Foundation

/// A program running in a pseudo-terminal of its own, as in a terminal window: what it writes
/// is read from the master side, with the time each piece arrived, and fed to a screen
/// emulator; keys are written to it as a terminal would send them.
public final class PseudoTerminal {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public let pid: pid_t
    private let master: Int32
    public private(set) var screen: ScreenEmulator
    /// When the last output arrived, on the monotonic clock.
    public private(set) var lastOutput: Double?
    public private(set) var exited = false

    /// Starts a program (found in PATH unless it has a slash) with the environment given.
    public init(_ arguments: [String], environment: [String: String], width: Int, height: Int,
                directory: String? = nil) throws {
        guard let program = arguments.first, let path = PseudoTerminal.executable(program, environment: environment) else {
            throw Failure(description: "\(arguments.first ?? "?"): not found")
        }
        func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] { strings.map { strdup($0) } + [nil] }
        let argv = cStrings(arguments)
        let envp = cStrings(environment.map { "\($0.key)=\($0.value)" })
        defer { (argv + envp).forEach { free($0) } }
        var master: Int32 = -1
        var pid: pid_t = 0
        let error = lateral_pty_spawn(path, argv, envp, directory, Int32(width), Int32(height), &master, &pid)
        guard error == 0 else { throw Failure(description: "\(program): \(String(cString: strerror(error)))") }
        self.master = master
        self.pid = pid
        screen = ScreenEmulator(width: width, height: height)
    }

    deinit {
        terminate()
        close(master)
    }

    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func executable(_ program: String, environment: [String: String]) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(master, $0.baseAddress! + written, bytes.count - written) }
            if result > 0 { written += result } else if errno != EAGAIN && errno != EINTR { return }
        }
    }

    public func resize(width: Int, height: Int) {
        _ = lateral_pty_resize(master, Int32(width), Int32(height))
    }

    /// Reads what the program writes for up to `timeout` seconds, returning as soon as
    /// something arrived; whether anything did.
    @discardableResult
    public func read(timeout: Double) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(max(0, timeout * 1000))) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var got = false
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                screen.feed(buffer[0..<count])
                lastOutput = PseudoTerminal.now()
                got = true
            } else {
                // EIO: the program closed the terminal (it exited).
                if count == 0 || errno == EIO { exited = true }
                break
            }
        }
        return got
    }

    /// Waits until the screen satisfies `complete`, and then until no output comes for
    /// `quiet` seconds (so that the next measure starts from a still screen). Returns when the
    /// output arrived with which the screen first satisfied it, or nil if it did not within
    /// `timeout` seconds.
    public func waitForFrame(quiet: Double = 0.1, timeout: Double = 60, until complete: (ScreenEmulator) -> Bool) -> Double? {
        let deadline = PseudoTerminal.now() + timeout
        var first: Double?
        while PseudoTerminal.now() < deadline && !exited {
            if first == nil, complete(screen) { first = lastOutput }
            if let first, let last = lastOutput, PseudoTerminal.now() - last >= quiet { return first }
            read(timeout: first != nil ? quiet : 0.05)
        }
        return nil
    }

    /// After a key sent at `sentAt`: waits for the output it causes and then for `quiet`
    /// seconds without more. Returns when its last output arrived, or nil when nothing came
    /// within `timeout` (a key that changes nothing on screen).
    public func waitForResponse(after sentAt: Double, quiet: Double = 0.05, timeout: Double = 2) -> Double? {
        let deadline = sentAt + timeout
        while !exited {
            if let last = lastOutput, last > sentAt {
                if PseudoTerminal.now() - last >= quiet { return last }
                read(timeout: quiet)
            } else {
                guard PseudoTerminal.now() < deadline else { return nil }
                read(timeout: min(0.05, max(0, deadline - PseudoTerminal.now())))
            }
        }
        return lastOutput.flatMap { $0 > sentAt ? $0 : nil }
    }

    /// Peak resident memory so far, from the kernel (VmHWM), in bytes.
    public var peakResidentBytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        return kilobytes * 1024
    }

    /// Ends the program (SIGTERM, then SIGKILL) and waits for it.
    public func terminate() {
        guard !exitedAndReaped else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) == pid {
                exitedAndReaped = true
                return
            }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        exitedAndReaped = true
    }

    private var exitedAndReaped = false
}
