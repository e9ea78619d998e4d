import Foundation
import LateralUI

/// The user's own editor for a rationale or a note: the text in a temporary file, the
/// editor ($VISUAL, $EDITOR, else vi) run with the terminal to itself, the file read back.
enum ExternalEditor {
    static func edit(_ text: String) -> Result<String, ExternalEditFailure> {
        let environment = ProcessInfo.processInfo.environment
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var template = Array((NSTemporaryDirectory() + "lateral-XXXXXX.md").utf8CString)
        let fd = mkstemps(&template, 3)
        guard fd >= 0 else { return .failure(ExternalEditFailure("cannot make a temporary file: \(String(cString: strerror(errno)))")) }
        let path = String(cString: template)
        defer { unlink(path) }
        let bytes = Array((text.isEmpty ? "" : text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .failure(ExternalEditFailure("cannot write the temporary file \(path)")) }
        switch UserProgram.run(chosen ?? "vi", with: path) {
        case .notFound(let program):
            return .failure(ExternalEditFailure(chosen == nil ? "no editor: set VISUAL or EDITOR (vi is not installed)" : "no editor: \(program) is not found (VISUAL/EDITOR)"))
        case .failed(let program, let reason):
            return .failure(ExternalEditFailure("cannot run \(program): \(reason)"))
        case .exited(let program, let status) where status != 0:
            return .failure(ExternalEditFailure("\(program) exited with status \(status); nothing saved"))
        case .exited:
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(ExternalEditFailure("the temporary file \(path) is gone; nothing saved"))
            }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }
}
