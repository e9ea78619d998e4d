import Foundation

/// A real terminal for the reader: a detached tmux session on its own server, driven with
/// send-keys and read with capture-pane, as a person would see it.
final class TmuxSession {
    let socket = "lateral-test-\(UUID().uuidString.prefix(8))"

    /// Starts `command` in a shell in a window of the given size.
    init(width: Int, height: Int, command: String) throws {
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", LateralProcess.repository,
                  "env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 \(command); echo \"exited with $?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -E -- '-?(icanon|echo)' | sed 's/^/tty: /'; sleep 60"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pane's title, which an escape sequence reaching the terminal could change.
    var title: String {
        ((try? tmux(["display-message", "-p", "#{pane_title}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var screen: String {
        (try? tmux(["capture-pane", "-p"])) ?? ""
    }

    /// Waits until the screen shows `text`, up to a few seconds; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = screen
            if current.contains(text) { return current }
            Thread.sleep(forTimeInterval: 0.05)
        }
        print("tmux: \"\(text)\" did not appear within \(timeout) s")
        return screen
    }

    /// Closes every descriptor above 2, then runs its arguments. A tmux server that inherits
    /// the test runner's other descriptors stops answering its clients.
    private static let withoutInheritedDescriptors =
        "for fd in /proc/$$/fd/*; do n=${fd##*/}; if [ \"$n\" -gt 2 ]; then eval \"exec $n>&-\"; fi; done; exec \"$@\""

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        if arguments.first == "new-session" {
            // The server outlives the call: it gets none of our pipes, or reading them never ends.
            try LateralProcess.run(["-c", Self.withoutInheritedDescriptors, "tmux", "/usr/bin/tmux", "-L", socket] + arguments,
                                   executable: "/bin/bash", detached: true)
            return ""
        }
        return try LateralProcess.run(["-L", socket] + arguments, executable: "/usr/bin/tmux").stdout
    }
}
