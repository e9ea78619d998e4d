import Foundation

/// A real terminal for the reader: a detached tmux session on its own server, driven with
/// send-keys and read with capture-pane, as a person would see it. Every wait fails the
/// test when what it waits for does not come.
final class TmuxSession {
    let socket = "lateral-test-\(UUID().uuidString.prefix(8))"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` in a shell in a window of the given size; after it ends, the shell
    /// prints its exit status and whether the terminal's line editing and echo are back.
    init(width: Int, height: Int, command: String) throws {
        let status = try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", LateralProcess.repository,
                               "env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 XDG_CACHE_HOME='\(LateralProcess.cacheFolder)' \(command); echo \"exited with $?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -E -- '-?(icanon|echo)' | sed 's/^/tty: /'; sleep 60"]).status
        guard status == 0 else { throw Failure(description: "tmux new-session exited with \(status)") }
    }

    /// The server is killed outright. `kill-server` has the server send itself SIGTERM, which
    /// it never receives here: it inherits the test runner's signal mask, SIGTERM blocked, and
    /// every session's server (with a shell in one) was left running.
    deinit {
        let found = try? tmux(["display-message", "-p", "#{pid} #{socket_path}"])
        let fields = found?.stdout.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let fields, fields.count == 2, let pid = pid_t(fields[0]), pid > 0 else { return }
        kill(pid, SIGKILL)
        unlink(fields[1])
    }

    func send(_ keys: String...) throws {
        try check(tmux(["send-keys"] + keys), "send-keys")
    }

    func resize(width: Int, height: Int) throws {
        try check(tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"]), "resize-window")
    }

    /// The pane's title, which an escape sequence reaching the terminal could change.
    func title() throws -> String {
        try check(tmux(["display-message", "-p", "#{pane_title}"]), "display-message").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func screen() throws -> String {
        try check(tmux(["capture-pane", "-p"]), "capture-pane")
    }

    /// Waits until the screen shows `text`; the screen then, or a failure with the last screen.
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try waitUntil("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen satisfies a condition, checking every 20 ms.
    func waitUntil(_ what: String, timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var current = try screen()
        while !condition(current) {
            guard Date() < deadline else {
                throw Failure(description: "waited \(timeout) s for \(what); the screen was:\n\(current)")
            }
            Thread.sleep(forTimeInterval: 0.02)
            current = try screen()
        }
        return current
    }

    /// Quits the reader with q from its article and the library; the status it exited with.
    func quitReader() throws -> Int? {
        try send("q", "q")
        let screen = try waitFor("exited with")
        return screen.split(separator: "\n").first { $0.hasPrefix("exited with ") }.flatMap { Int($0.dropFirst("exited with ".count)) }
    }

    /// Waits until a shell's prompt is the last line again, with no command after it.
    func waitForPrompt(_ prompt: String, after command: String) throws -> String {
        try waitUntil("the shell's prompt after \(command)") { screen in
            screen.split(separator: "\n").last.map { $0.hasPrefix(prompt) && !$0.contains(command) } ?? false
        }
    }

    /// Waits until the screen shows `text` and has stopped changing: two captures alike.
    func waitForSettled(_ text: String) throws -> String {
        var previous = try waitFor(text)
        while true {
            Thread.sleep(forTimeInterval: 0.05)
            let current = try waitFor(text)
            if current == previous { return current }
            previous = current
        }
    }

    @discardableResult
    private func check(_ result: LateralProcess.Result, _ what: String) throws -> String {
        guard result.status == 0 else { throw Failure(description: "tmux \(what) exited with \(result.status): \(result.stderr)") }
        return result.stdout
    }

    /// Closes every descriptor above 2, then runs its arguments. A tmux server that inherits
    /// the test runner's other descriptors stops answering its clients.
    private static let withoutInheritedDescriptors =
        "for fd in /proc/$$/fd/*; do n=${fd##*/}; if [ \"$n\" -gt 2 ]; then eval \"exec $n>&-\"; fi; done; exec \"$@\""

    private func tmux(_ arguments: [String]) throws -> LateralProcess.Result {
        if arguments.first == "new-session" {
            // The server outlives the call: it gets none of our pipes, or reading them never ends.
            return try LateralProcess.run(["-c", Self.withoutInheritedDescriptors, "tmux", "/usr/bin/tmux", "-L", socket] + arguments,
                                          executable: "/bin/bash", detached: true)
        }
        return try LateralProcess.run(["-L", socket] + arguments, executable: "/usr/bin/tmux")
    }
}
