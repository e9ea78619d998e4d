import FoundationEssentials
import Glibc
import LateralCore
import LateralUI

/// The user's own editor ($VISUAL, $EDITOR, else vi), run with the terminal to itself: for a
/// rationale or a note, in a temporary file read back after; for the article itself, on its
/// file, at the line the reader was showing.
enum ExternalEditor {
    static func edit(_ text: String) -> Result<String, ExternalEditFailure> {
        var template = Array(Path.join(FileManager.default.temporaryDirectory.path, "lateral-XXXXXX.md").utf8CString)
        let fd = mkstemps(&template, 3)
        guard fd >= 0 else { return .failure(ExternalEditFailure("cannot make a temporary file: \(String(cString: strerror(errno)))")) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        let bytes = Array((text.isEmpty ? "" : text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .failure(ExternalEditFailure("cannot write the temporary file \(path)")) }
        if let failure = run(on: path, line: nil) { return .failure(failure) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ExternalEditFailure("the temporary file \(path) is gone; nothing saved"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }

    /// Opens a file itself, at a line (for the editors known to take `+LINE`).
    static func open(_ path: String, line: Int) -> ExternalEditFailure? {
        run(on: path, line: line)
    }

    /// Editors that take `+LINE` before the file to start at that line.
    private static let takingLine: Set<String> = ["vi", "vim", "nvim", "view", "nano", "emacs", "emacsclient", "micro", "kak", "mg", "joe", "ne"]

    private static func run(on path: String, line: Int?) -> ExternalEditFailure? {
        let chosen = [Environment.process("VISUAL"), Environment.process("EDITOR")].compactMap { $0 }.first { !$0.trimmed(.spaces).isEmpty }
        let command = chosen ?? "vi"
        let program = command.split(separator: " ").first.map { String($0.split(separator: "/").last ?? $0) } ?? command
        let arguments = (line.map { takingLine.contains(program) ? ["+\($0)"] : [] } ?? []) + [path]
        switch UserProgram.run(command, with: arguments) {
        case .notFound(let program):
            return ExternalEditFailure(chosen == nil ? "no editor: set VISUAL or EDITOR (vi is not installed)" : "no editor: \(program) is not found (VISUAL/EDITOR)")
        case .failed(let program, let reason):
            return ExternalEditFailure("cannot run \(program): \(reason)")
        case .exited(let program, let status) where status != 0:
            return ExternalEditFailure("\(program) exited with status \(status); nothing saved")
        case .exited:
            return nil
        }
    }
}
