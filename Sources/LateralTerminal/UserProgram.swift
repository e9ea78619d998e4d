import CNcursesw
import FoundationEssentials
import Glibc
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
        // In the reader's own process group (see ChildProcess), so that a text browser or an
        // editor is in the terminal's foreground and may read keys.
        do {
            let finished = try ChildProcess.run(executable, [executable] + Array(words.dropFirst()) + arguments, capturing: false)
            return .exited(program: program, status: finished.status)
        } catch {
            return .failed(program: program, reason: error.reason)
        }
    }

    /// A program's file: itself when it has a slash, else the first in PATH that can run.
    static func executablePath(_ program: String, path: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
