import CNcursesw
import Foundation
import LateralCore

/// A program the user names in the environment ($BROWSER, $VISUAL, $EDITOR): a command and
/// its words ("code --wait"), never run through a shell, given the terminal while it runs.
enum UserProgram {
    enum Outcome: Equatable {
        case notFound(program: String)
        case failed(program: String, reason: String)
        case exited(program: String, status: Int32)
    }

    /// Runs the command with more arguments, curses suspended meanwhile.
    static func run(_ command: String, with arguments: [String]) -> Outcome {
        let words = command.split(separator: " ").map(String.init)
        // Found before curses lets go of the screen, so that a missing program is said in the
        // status line and nothing is printed into the user's shell.
        guard let program = words.first,
              let executable = executablePath(program, path: Environment.process("PATH") ?? "/usr/bin:/bin") else {
            return .notFound(program: words.first ?? command)
        }
        endwin()
        defer { wrefresh(lateral_stdscr()) }
        switch runInForeground(executable, [executable] + Array(words.dropFirst()) + arguments) {
        case .failure(let failure): return .failed(program: program, reason: failure.reason)
        case .success(let status): return .exited(program: program, status: status)
        }
    }

    /// Runs a program in the reader's own process group, so that a text browser or an editor
    /// is in the terminal's foreground and may read keys. (Foundation's `Process` starts it in
    /// a group of its own, where its first read of the terminal stops it, and the reader
    /// waits for ever.)
    static func runInForeground(_ executable: String, _ arguments: [String]) -> Result<Int32, SpawnFailure> {
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let spawned = posix_spawn(&pid, executable, nil, nil, &argv, environ)
        guard spawned == 0 else { return .failure(SpawnFailure(reason: String(cString: strerror(spawned)))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .failure(SpawnFailure(reason: String(cString: strerror(errno)))) }
        }
        // Exited: its status; killed: 128 + the signal, as a shell says it.
        let signal = status & 0x7F
        return .success(signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
    }

    struct SpawnFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// A program's file: itself when it has a slash, else the first in PATH that can run.
    static func executablePath(_ program: String, path: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
