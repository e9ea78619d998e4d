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
        let nul = bytes.withUnsafeBytes { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - base
        }
        if let nul {
            throw FileProblem(path: path, at: TextLocation(byteOffset: nul, in: bytes),
                              message: "looks like a binary file (NUL byte); expected UTF-8 text")
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            throw FileProblem(path: path, at: TextLocation(byteOffset: bad, in: bytes),
                              message: String(format: "invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[bad], bad))
        }
    }

    /// Where the first byte that does not begin a well-formed UTF-8 scalar is (no overlong
    /// forms, no surrogates, nothing past U+10FFFF), or nil. Runs of ASCII, most of any text,
    /// are passed over eight bytes at a time.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { return nil }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                let secondRange: ClosedRange<UInt8> = switch lead {
                case 0xE0: 0xA0...0xBF
                case 0xED: 0x80...0x9F
                case 0xF0: 0x90...0xBF
                case 0xF4: 0x80...0x8F
                default: 0x80...0xBF
                }
                guard secondRange.contains(second) else { return index }
                for next in stride(from: index + 2, to: index + length, by: 1) where buffer[next] & 0xC0 != 0x80 { return index }
                index += length
            }
            return nil
        }
    }
}
