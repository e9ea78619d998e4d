import CNcursesw
import Foundation
import LateralUI

/// The user's own editor for a rationale or a note: the text in a temporary file, the
/// editor run with the terminal to itself, the file read back.
enum ExternalEditor {
    static func edit(_ text: String) -> Result<String, ExternalEditFailure> {
        let environment = ProcessInfo.processInfo.environment
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        // "code --wait", "emacsclient -t": a command and its words, never run through a shell.
        let words = (chosen ?? "vi").split(separator: " ").map(String.init)
        guard let program = words.first,
              let executable = Browser.executablePath(program, path: environment["PATH"] ?? "/usr/bin:/bin") else {
            return .failure(ExternalEditFailure("no editor: \(chosen == nil ? "set VISUAL or EDITOR (vi is not installed)" : "\(words.first ?? "") is not found (VISUAL/EDITOR)")"))
        }
        var template = Array((NSTemporaryDirectory() + "lateral-XXXXXX.md").utf8CString)
        let fd = mkstemps(&template, 3)
        guard fd >= 0 else { return .failure(ExternalEditFailure("cannot make a temporary file: \(String(cString: strerror(errno)))")) }
        let path = String(cString: template)
        defer { unlink(path) }
        let bytes = Array((text.isEmpty ? "" : text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .failure(ExternalEditFailure("cannot write the temporary file \(path)")) }
        endwin()
        defer { wrefresh(lateral_stdscr()) }
        switch Browser.runInForeground(executable, [executable] + Array(words.dropFirst()) + [path]) {
        case .failure(let reason):
            return .failure(ExternalEditFailure("cannot run \(program): \(reason)"))
        case .success(let status) where status != 0:
            return .failure(ExternalEditFailure("\(program) exited with status \(status); nothing saved"))
        case .success:
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(ExternalEditFailure("the temporary file \(path) is gone; nothing saved"))
            }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }
}
