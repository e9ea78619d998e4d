import FoundationEssentials
import Glibc

/// Reading a file a person may have broken: missing, empty, binary or not UTF-8 each get
/// their own message, with the place of the first bad byte.
public enum TextFile {
    /// Whether the file at `path` holds exactly `expected` (nil: it is not a plain file one can
    /// read), read a megabyte at a time: no copy of a large file is made to tell that it did
    /// not change.
    public static func holds(_ path: String, exactly expected: [UInt8]?) -> Bool {
        guard let expected else {
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            defer { if fd >= 0 { close(fd) } }
            var info = stat()
            return !(fd >= 0 && fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
        }
        var offset = 0
        let read = expected.withUnsafeBytes { wanted in
            readChunks(path, expectedSize: wanted.count) { chunk -> Bool in
                guard offset + chunk.count <= wanted.count,
                      memcmp(chunk.baseAddress!, wanted.baseAddress! + offset, chunk.count) == 0 else { return false }
                offset += chunk.count
                return true
            }
        }
        // All of it read, and nothing more (a file that grew is not the same).
        return read && offset == expected.count
    }

    /// Hands a plain file's bytes to `body` a megabyte at a time, through one buffer, until the
    /// end or until `body` says stop; false when the file is not a plain file one can read, its
    /// size is not `expectedSize` (when given), reading fails or `body` stopped.
    public static func readChunks(_ path: String, expectedSize: Int? = nil, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, expectedSize.map({ $0 == Int(info.st_size) }) ?? true else {
            return false
        }
        let chunkSize = 1 << 20
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let got = read(fd, chunk, chunkSize)
            if got < 0 {
                if errno == EINTR { continue }
                return false
            }
            if got == 0 { return true }
            guard body(UnsafeRawBufferPointer(start: chunk, count: got)) else { return false }
        }
    }

    /// A file's bytes, or nil when it is missing, cannot be read, or is not a plain file.
    public static func bytesIfReadable(_ path: String) -> [UInt8]? {
        FileKind.of(path) == .file ? try? readBytes(path) : nil
    }

    /// Everything a descriptor gives until its end (standard input, a pipe); nil on an error.
    public static func readAll(from fd: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { return bytes }
            bytes += chunk[..<got]
        }
    }

    /// The most bytes given to one `write`. A 45 MB claims file written in one call took
    /// 91–167 ms on the development machine, in calls of 1 MB 10–13 ms: given 2 MB at once, the
    /// kernel can cache the file in 2 MB blocks of memory, and a virtual machine that hands its
    /// free 2 MB blocks back to the host waits for the host at the first touch of each
    /// (docs/PERFORMANCE.md, 41).
    static let largestWrite = 1 << 20

    /// Writes every byte to a file descriptor, as many calls as it takes; false on an error.
    public static func writeAll(_ bytes: ArraySlice<UInt8>, to fd: Int32) -> Bool {
        var written = 0
        return bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = write(fd, buffer.baseAddress! + written, min(buffer.count - written, largestWrite))
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
    }

    public static func readBytes(_ path: String) throws(FileProblem) -> [UInt8] {
        if let problem = FileKind.of(path).problem { throw FileProblem(path: path, message: problem, isUnreadable: true) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw FileProblem(path: path, message: "cannot be opened: \(String(cString: strerror(errno)))", isUnreadable: true)
        }
        defer { close(fd) }
        // Straight into the array, sized by the file and never zeroed first (no copy through
        // Data); a file that grows meanwhile is read to its end all the same.
        var info = stat()
        var capacity = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) + 1 : 65_536
        var bytes: [UInt8] = []
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                while count < buffer.count {
                    let got = read(fd, buffer.baseAddress! + count, buffer.count - count)
                    if got > 0 {
                        count += got
                    } else if got == 0 {
                        return
                    } else if errno != EINTR {
                        failure = errno
                        return
                    }
                }
            }
            if failure != 0 {
                throw FileProblem(path: path, message: "cannot be read: \(String(cString: strerror(failure)))", isUnreadable: true)
            }
            if bytes.isEmpty { bytes = chunk } else { bytes.append(contentsOf: chunk) }
            // A chunk not filled is the end of the file.
            if chunk.count < capacity { return bytes }
            capacity = max(65_536, bytes.count)
        }
    }

    /// The first bytes of a file longer than `bytes`, or nil (a short or unreadable file is
    /// read whole by `readBytes`).
    public static func readPrefix(_ path: String, bytes count: Int) -> [UInt8]? {
        // Non-blocking, so that a named pipe does not hang the reader here (it is refused below).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > count else { return nil }
        var prefix = [UInt8](repeating: 0, count: count)
        let got = prefix.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
        return got == count ? prefix : nil
    }

    /// The length of a UTF-8 byte-order mark at the start of a text (3), or 0. Some Windows
    /// editors write one; it is not part of the text, and every reader here skips it.
    static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Checks that bytes are text Lateral can show: UTF-8, with no NUL.
    public static func validateText(_ bytes: [UInt8], path: String) throws(FileProblem) {
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
                              message: "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true).leftPadded(to: 2, with: "0")) at offset \(bad)); save the file as UTF-8")
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
