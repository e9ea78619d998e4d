import Dispatch

/// Reads JSON as people write and break it: every error has its byte offset, a key written
/// twice in one object is an error (not "the first wins"), a lone surrogate escape is an
/// error at its place, and numbers keep the characters they were written with.
///
/// One scanner serves both reading a claims file and finding where a value stands
/// (`JSONSourceMap`), so that the two always agree on what the file says.
struct JSONParser {
    struct Failure: Error, Sendable {
        var offset: Int
        var message: String
    }

    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var depth = 0
    /// The byte offset of each value by its path (`claims/3/verdict`), when asked for.
    private(set) var offsets: [String: Int]?
    /// Arrays of the top-level object whose elements are handed over one by one as they are
    /// read instead of kept (see `parse(_:streaming:element:)`).
    private var streamed: Set<String> = []
    private var onElement: ((String, Int, JSONValue) -> Void)?
    /// Arrays of the top-level object whose elements are checked and located, not read.
    private var locating: Set<String> = []
    private var located: [String: [LocatedElement]] = [:]
    /// Parts of the located arrays being found on other threads, by where they start.
    private var ahead: [LocatedAhead] = []
    /// Where skipped escapes are decoded, to check them, and forgotten.
    private var scratch: [UInt8] = []

    /// An element of a top-level array that was located instead of read: its bytes, and the
    /// string its `"id"` key holds when it is an object that has one.
    struct LocatedElement: Sendable, Equatable {
        var range: Range<Int>
        var id: String?
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, recordingOffsets: Bool) {
        self.bytes = bytes
        offsets = recordingOffsets ? [:] : nil
    }

    /// Parses a whole JSON text.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        let result: Result<JSONValue, Failure> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, recordingOffsets: false)
            return Result { () throws(Failure) in try parser.document() }
        }
        return try result.get()
    }

    /// Parses a whole JSON text whose elements of the top-level arrays named in `streamed` are
    /// handed to `element` (the array's key, the element's index, the element) as they are
    /// read, and left out of the value returned (the arrays come back empty), so that a large
    /// claims file never stands in memory as one tree.
    static func parse(_ bytes: [UInt8], streaming streamed: Set<String>,
                      element: (String, Int, JSONValue) -> Void) throws(Failure) -> JSONValue {
        let result: Result<JSONValue, Failure> = withoutActuallyEscaping(element) { element in
            bytes.withUnsafeBufferPointer { buffer in
                var parser = JSONParser(bytes: buffer, recordingOffsets: false)
                parser.streamed = streamed
                parser.onElement = element
                return Result { () throws(Failure) in try parser.document() }
            }
        }
        return try result.get()
    }

    /// Parses a whole JSON text whose top-level arrays named in `locating` are checked against
    /// JSON's grammar but not read: they come back empty, and each element's byte range (and
    /// id) is returned instead, so that one claim of a large file can be read or replaced alone.
    /// A key written twice inside a located element is not noticed.
    ///
    /// `partStarts`, offsets that are likely the starts of a located array's elements (in
    /// increasing order), are where parsers on other threads begin locating meanwhile; a parser
    /// that meets one of them as the start of an element takes over what was found from there
    /// on. A guess that is not such a start costs only the other thread's work: the result and
    /// any error are the same as one parser's.
    static func parse(_ bytes: [UInt8], locating: Set<String>, partStarts: [Int] = []) throws(Failure) -> (JSONValue, [String: [LocatedElement]]) {
        let result: Result<(JSONValue, [String: [LocatedElement]]), Failure> = bytes.withUnsafeBufferPointer { buffer in
            let parts = partStarts.map { LocatedAhead(bytes: buffer, start: $0) }
            // Each part reads the buffer, which must outlive them all.
            defer { parts.forEach { $0.finished.wait() } }
            // The last first, so that a part that waits for a later one never waits for one not started.
            for (index, part) in parts.enumerated().reversed() {
                let later = Array(parts[(index + 1)...])
                WorkerThread.start { part.locate(handingOverTo: later) }
            }
            var parser = JSONParser(bytes: buffer, recordingOffsets: false)
            parser.locating = locating
            parser.ahead = parts
            return Result { () throws(Failure) in
                let value = try parser.document()
                return (value, parser.located)
            }
        }
        return try result.get()
    }

    /// The elements of a located array from `start` on, to the array's end, found on a thread
    /// of their own; `finished` is done once they are (or once an error stopped them).
    private final class LocatedAhead: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let start: Int
        let finished = DispatchGroup()
        /// Written before `finished` is done, read only after.
        private(set) var found: (elements: [LocatedElement], end: Int)?

        init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
            self.bytes = bytes
            self.start = start
            finished.enter()
        }

        func locate(handingOverTo later: [LocatedAhead]) {
            var parser = JSONParser(bytes: bytes, recordingOffsets: false)
            parser.offset = start
            parser.depth = JSONParser.locatedElementDepth
            parser.ahead = later
            found = try? (parser.locateElements(), parser.offset)
            finished.leave()
        }
    }

    /// The depth of a located array's elements: inside the top-level object, inside the array.
    private static let locatedElementDepth = 2

    /// Parses a whole JSON text and notes where each value starts; the offsets found before
    /// a syntax error are kept.
    static func parseRecordingOffsets(_ bytes: [UInt8]) -> (offsets: [String: Int], failure: Failure?) {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, recordingOffsets: true)
            do throws(Failure) {
                _ = try parser.document()
                return (parser.offsets ?? [:], nil)
            } catch {
                return (parser.offsets ?? [:], error)
            }
        }
    }

    /// A path's key in `offsets`: keys joined by "/", with "~" and "/" inside a key written
    /// as JSON Pointer writes them ("~0", "~1"), so that no two paths share a key.
    static func pathKey(_ parent: String, _ name: String) -> String {
        let escaped = name.contains(where: { $0 == "/" || $0 == "~" })
            ? name.replacingEvery("~", with: "~0").replacingEvery("/", with: "~1") : name
        return parent.isEmpty ? escaped : parent + "/" + escaped
    }

    private mutating func document() throws(Failure) -> JSONValue {
        skipSpace()
        let value = try value(path: "")
        skipSpace()
        if offset < bytes.count { throw failure("expected end of file after the top-level value") }
        return value
    }

    private func failure(_ message: String) -> Failure { Failure(offset: offset, message: message) }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipSpace() {
        offset = JSONScan.spaceEnd(in: bytes, from: offset)
    }

    private mutating func value(path: String) throws(Failure) -> JSONValue {
        offsets?[path] = offset
        guard let byte = current else { throw failure("unexpected end of file; expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try object(path: path)
        case UInt8(ascii: "["): return try array(path: path)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(literal: try number())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: throw failure("unexpected \(describe(byte)); expected a value")
        }
    }

    /// Steps into an object or array; the caller steps out with `depth -= 1`.
    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw failure("values nested more than \(JSONParser.maximumDepth) deep") }
        offset += 1
        skipSpace()
    }

    /// After an element: true when a comma announces another, false at the closing byte.
    private mutating func another(closing: UInt8) throws(Failure) -> Bool {
        skipSpace()
        if current == UInt8(ascii: ",") {
            offset += 1
            skipSpace()
            return true
        }
        guard current == closing else { throw expected("',' or '\(Character(Unicode.Scalar(closing)))'") }
        offset += 1
        depth -= 1
        return false
    }

    private mutating func object(path: String) throws(Failure) -> JSONValue {
        try enter()
        var fields: [String: JSONValue] = [:]
        // Room for a claim's fields at once: growing a table rehashes everything in it.
        fields.reserveCapacity(12)
        if current == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return .object(fields)
        }
        repeat {
            guard current == UInt8(ascii: "\"") else { throw expected("a key in quotes") }
            let keyOffset = offset
            let name = try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw expected("':' after the key \"\(name)\"") }
            offset += 1
            skipSpace()
            let value: JSONValue
            if depth == 1, let onElement, streamed.contains(name), current == UInt8(ascii: "[") {
                value = try streamArray(name, to: onElement)
            } else if depth == 1, locating.contains(name), current == UInt8(ascii: "[") {
                located[name] = try locateArray()
                value = .array([])
            } else {
                value = try self.value(path: offsets == nil ? "" : JSONParser.pathKey(path, name))
            }
            if fields.updateValue(value, forKey: name) != nil {
                // Whichever copy a reader kept, the other would be lost on the next save.
                throw Failure(offset: keyOffset, message: "the key \"\(name)\" appears twice in this object; keep one")
            }
        } while try another(closing: UInt8(ascii: "}"))
        return .object(fields)
    }

    private mutating func array(path: String) throws(Failure) -> JSONValue {
        try enter()
        var elements: [JSONValue] = []
        if current == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return .array(elements)
        }
        repeat {
            elements.append(try value(path: offsets == nil ? "" : JSONParser.pathKey(path, String(elements.count))))
        } while try another(closing: UInt8(ascii: "]"))
        return .array(elements)
    }

    /// An array whose elements go to `element` one by one; it stands in the tree as empty.
    private mutating func streamArray(_ key: String, to element: (String, Int, JSONValue) -> Void) throws(Failure) -> JSONValue {
        try enter()
        if current == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return .array([])
        }
        var index = 0
        repeat {
            element(key, index, try value(path: ""))
            index += 1
        } while try another(closing: UInt8(ascii: "]"))
        return .array([])
    }

    private mutating func locateArray() throws(Failure) -> [LocatedElement] {
        try enter()
        if current == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return []
        }
        return try locateElements()
    }

    /// The elements of a located array from the one at `offset` to the array's end, past which
    /// it steps.
    private mutating func locateElements() throws(Failure) -> [LocatedElement] {
        var elements: [LocatedElement] = []
        repeat {
            let start = offset
            while let next = ahead.first, next.start < start { ahead.removeFirst() }
            if let next = ahead.first, next.start == start, depth == JSONParser.locatedElementDepth {
                ahead.removeFirst()
                next.finished.wait()
                // A part that met an error is read again here, to meet the error where it is.
                if let found = next.found {
                    offset = found.end
                    depth -= 1
                    return elements + found.elements
                }
            }
            let id = try skipValue()
            elements.append(LocatedElement(range: start..<offset, id: id))
        } while try another(closing: UInt8(ascii: "]"))
        return elements
    }

    /// Steps over a value, checking it as `value` would without building it; for an object,
    /// returns the string its own `"id"` key holds.
    private mutating func skipValue() throws(Failure) -> String? {
        guard let byte = current else { throw failure("unexpected end of file; expected a value") }
        switch byte {
        case UInt8(ascii: "{"):
            try enter()
            var id: String?
            if current == UInt8(ascii: "}") {
                offset += 1
                depth -= 1
                return nil
            }
            repeat {
                guard current == UInt8(ascii: "\"") else { throw expected("a key in quotes") }
                let isID = offset + 4 <= bytes.count && bytes[offset + 1] == UInt8(ascii: "i") && bytes[offset + 2] == UInt8(ascii: "d")
                    && bytes[offset + 3] == UInt8(ascii: "\"")
                try skipString()
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw expected("':' after a key") }
                offset += 1
                skipSpace()
                if isID && current == UInt8(ascii: "\"") {
                    id = try string()
                } else {
                    _ = try skipValue()
                }
            } while try another(closing: UInt8(ascii: "}"))
            return id
        case UInt8(ascii: "["):
            try enter()
            if current == UInt8(ascii: "]") {
                offset += 1
                depth -= 1
                return nil
            }
            repeat { _ = try skipValue() } while try another(closing: UInt8(ascii: "]"))
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw failure("unexpected \(describe(byte)); expected a value")
        }
        return nil
    }

    private func plainRunEnd(from start: Int) -> Int {
        JSONScan.plainRunEnd(in: bytes, from: start)
    }

    /// Steps over a string, checking its escapes and characters as `string` does.
    private mutating func skipString() throws(Failure) {
        let start = offset
        offset += 1
        while offset < bytes.count {
            offset = plainRunEnd(from: offset)
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                var decoded = scratch
                scratch = []
                defer {
                    decoded.removeAll(keepingCapacity: true)
                    scratch = decoded
                }
                try escape(into: &decoded)
            } else if byte < 0x20 {
                throw failure("control character \(describe(byte)) inside a string; write it as an escape")
            } else {
                offset += 1
            }
        }
        offset = start
        throw failure("string is not closed before the end of the file")
    }

    private func expected(_ what: String) -> Failure {
        guard let byte = current else { return failure("unexpected end of file; expected \(what)") }
        return failure("unexpected \(describe(byte)); expected \(what)")
    }

    /// A string; escapes are decoded, and a run without them is taken as it stands.
    private mutating func string() throws(Failure) -> String {
        let start = offset
        offset += 1
        var runStart = offset
        // Filled only once an escape is met, and appended to in place.
        var decoded: [UInt8] = []
        var hasEscape = false
        while offset < bytes.count {
            offset = plainRunEnd(from: offset)
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<offset])
                offset += 1
                guard hasEscape else { return String(decoding: run, as: UTF8.self) }
                decoded.append(contentsOf: run)
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                try escape(into: &decoded)
                runStart = offset
            } else if byte < 0x20 {
                throw failure("control character \(describe(byte)) inside a string; write it as an escape")
            } else {
                offset += 1
            }
        }
        offset = start
        throw failure("string is not closed before the end of the file")
    }

    /// Decodes the escape at `offset` (its backslash) and steps past it.
    private mutating func escape(into text: inout [UInt8]) throws(Failure) {
        let backslash = offset
        offset += 1
        guard let escaped = current else { return }
        let simple: UInt8?
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = escaped
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw failure("invalid escape \\\(describe(escaped)) in a string")
        }
        if let simple {
            text.append(simple)
            offset += 1
            return
        }
        offset += 1
        let first = try hexQuad()
        var scalarValue = UInt32(first)
        switch first {
        case 0xD800...0xDBFF:
            // A high surrogate must be followed by the low one of its pair.
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw Failure(offset: backslash, message: "lone surrogate \\u\(hex(first)) in a string: its pair is missing")
            }
            offset += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw Failure(offset: backslash, message: "lone surrogate \\u\(hex(first)) in a string: its pair is missing")
            }
            scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
        case 0xDC00...0xDFFF:
            throw Failure(offset: backslash, message: "lone surrogate \\u\(hex(first)) in a string: its pair is missing")
        default:
            break
        }
        text.append(contentsOf: String(Unicode.Scalar(scalarValue)!).utf8)
    }

    private mutating func hexQuad() throws(Failure) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = JSONParser.hexDigit(byte) else {
                throw expected("four hexadecimal digits after \\u")
            }
            value = value << 4 | UInt16(digit)
            offset += 1
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// A number by JSON's grammar, returned as written.
    private mutating func number() throws(Failure) -> String {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        if current == UInt8(ascii: "0") {
            offset += 1
            if let byte = current, isDigit(byte) { throw failure("a number cannot have a 0 before its other digits") }
        } else {
            try digits("a digit")
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            try digits("a digit after '.'")
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            try digits("a digit in the exponent")
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func digits(_ what: String) throws(Failure) {
        let start = offset
        while let byte = current, isDigit(byte) { offset += 1 }
        if offset == start { throw expected(what) }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let text = word.description
        for expectedByte in text.utf8 {
            guard current == expectedByte else { throw expected("'\(text)'") }
            offset += 1
        }
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let digits = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (digits.count == 1 ? "0" : "") + digits
    }
}
