import Foundation

/// Where each value of a JSON text stands, by its path (`claims/3/verdict`), and the first
/// syntax error if there is one. Foundation's decoder says neither, so every message about a
/// sidecar gets its line and column here. It is built only when something must be reported.
public struct JSONSourceMap: Sendable {
    public struct SyntaxError: Error, Sendable {
        public var location: TextLocation
        public var message: String
    }

    public private(set) var syntaxError: SyntaxError?
    private var byteOffsets: [String: Int] = [:]
    private let bytes: [UInt8]
    /// Where each line starts, so that a location costs a binary search and one line's scan,
    /// however many findings a large file has.
    private let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
        var scanner = Scanner(bytes: bytes)
        do {
            scanner.skipSpace()
            try scanner.value(path: "")
            scanner.skipSpace()
            if scanner.offset < bytes.count {
                throw scanner.failure("expected end of file after the top-level value")
            }
        } catch let failure as Scanner.Failure {
            syntaxError = SyntaxError(location: TextLocation(byteOffset: failure.offset, in: bytes),
                                      message: failure.message)
        } catch {}
        byteOffsets = scanner.offsets
    }

    /// The location of the value at a path of object keys and array indexes.
    public func location(of path: [PathComponent]) -> TextLocation? {
        // Fall back to the nearest enclosing value that exists: a missing key is reported
        // at the object that lacks it.
        var path = path
        while true {
            if let offset = byteOffsets[JSONSourceMap.key(path)] {
                return location(ofByte: offset)
            }
            if path.isEmpty { return nil }
            path.removeLast()
        }
    }

    func location(ofByte offset: Int) -> TextLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return TextLocation(line: low + 1, column: column)
    }

    public enum PathComponent: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    static func key(_ path: [PathComponent]) -> String {
        path.map { component in
            switch component {
            case .key(let name): return name
            case .index(let index): return String(index)
            }
        }.joined(separator: "/")
    }
}

private struct Scanner {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    let bytes: [UInt8]
    var offset = 0
    var offsets: [String: Int] = [:]
    private var depth = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func failure(_ message: String) -> Failure { Failure(offset: offset, message: message) }

    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            offset += 1
        }
    }

    static func child(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : path + "/" + name
    }

    mutating func value(path: String) throws {
        offsets[path] = offset
        guard let byte = current else { throw failure("unexpected end of file; expected a value") }
        switch byte {
        case UInt8(ascii: "{"): try object(path: path)
        case UInt8(ascii: "["): try array(path: path)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw failure("unexpected \(describe(byte)); expected a value")
        }
    }

    /// An object or an array: the opening byte, elements separated by commas, the closing byte.
    mutating func container(closing: UInt8, element: (inout Scanner, Int) throws -> Void) throws {
        depth += 1
        if depth > 512 { throw failure("values nested more than 512 deep") }
        offset += 1
        skipSpace()
        var index = 0
        if current != closing {
            while true {
                skipSpace()
                try element(&self, index)
                index += 1
                skipSpace()
                guard current == UInt8(ascii: ",") else { break }
                offset += 1
            }
        }
        guard current == closing else { throw expected("',' or '\(Character(Unicode.Scalar(closing)))'") }
        offset += 1
        depth -= 1
    }

    mutating func object(path: String) throws {
        try container(closing: UInt8(ascii: "}")) { scanner, _ in
            guard scanner.current == UInt8(ascii: "\"") else { throw scanner.expected("a key in quotes") }
            let name = try scanner.string()
            scanner.skipSpace()
            guard scanner.current == UInt8(ascii: ":") else { throw scanner.expected("':' after the key \"\(name)\"") }
            scanner.offset += 1
            scanner.skipSpace()
            try scanner.value(path: Scanner.child(path, name))
        }
    }

    mutating func array(path: String) throws {
        try container(closing: UInt8(ascii: "]")) { scanner, index in
            try scanner.value(path: Scanner.child(path, String(index)))
        }
    }

    func expected(_ what: String) -> Failure {
        guard let byte = current else { return failure("unexpected end of file; expected \(what)") }
        return failure("unexpected \(describe(byte)); expected \(what)")
    }

    mutating func string() throws -> String {
        let start = offset
        offset += 1
        var hasEscape = false
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                var content = Array(bytes[(start + 1)..<(offset - 1)])
                if hasEscape { content.removeAll { $0 == UInt8(ascii: "\\") } }
                return String(decoding: content, as: UTF8.self)
            case UInt8(ascii: "\\"):
                hasEscape = true
                offset += 1
                guard let escaped = current else { break }
                if !"\"\\/bfnrtu".utf8.contains(escaped) { throw failure("invalid escape \\\(describe(escaped)) in a string") }
                offset += 1
            case 0x00..<0x20:
                throw failure("control character \(describe(byte)) inside a string; write it as an escape")
            default:
                offset += 1
            }
        }
        offset = start
        throw failure("string is not closed before the end of the file")
    }

    mutating func number() throws {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        let digitsStart = offset
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
        if offset == digitsStart { throw expected("a digit") }
        if current == UInt8(ascii: ".") {
            offset += 1
            let fraction = offset
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
            if offset == fraction { throw expected("a digit after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            let exponent = offset
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
            if offset == exponent { throw expected("a digit in the exponent") }
        }
        _ = start
    }

    mutating func literal(_ word: String) throws {
        for expectedByte in word.utf8 {
            guard current == expectedByte else { throw expected("'\(word)'") }
            offset += 1
        }
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return String(format: "byte 0x%02X", byte)
    }
}
