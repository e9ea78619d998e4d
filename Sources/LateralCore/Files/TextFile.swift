import Foundation

/// Reading a file a person may have broken: missing, empty, binary or not UTF-8 each get
/// their own message, with the place of the first bad byte.
enum TextFile {
    static func readBytes(_ path: String) throws(FileProblem) -> [UInt8] {
        if let problem = FileKind.of(path).problem { throw FileProblem(path: path, message: problem, isUnreadable: true) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileProblem(path: path, message: "cannot be opened: \(String(cString: strerror(errno)))", isUnreadable: true)
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw FileProblem(path: path, message: "cannot be read: \(error.localizedDescription)", isUnreadable: true)
        }
    }

    /// The length of a UTF-8 byte-order mark at the start of a text (3), or 0. Some Windows
    /// editors write one; it is not part of the text, and every reader here skips it.
    static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Checks that bytes are text Lateral can show: UTF-8, with no NUL.
    static func validateText(_ bytes: [UInt8], path: String) throws(FileProblem) {
        if let nul = bytes.firstIndex(of: 0) {
            throw FileProblem(path: path, at: TextLocation(byteOffset: nul, in: bytes),
                              message: "looks like a binary file (NUL byte); expected UTF-8 text")
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            throw FileProblem(path: path, at: TextLocation(byteOffset: bad, in: bytes),
                              message: String(format: "invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[bad], bad))
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
