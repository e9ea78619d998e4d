
/// Where each value of a JSON text stands, by its path (`claims/3/verdict`), and the first
/// syntax error if there is one, so that every message about a claims file gets its line and
/// column. It is built only when something must be reported.
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
        // A byte-order mark is skipped, as reading the file skips it; offsets count it.
        let skipped = TextFile.byteOrderMarkLength(bytes)
        let parsed = JSONParser.parseRecordingOffsets(Array(bytes.dropFirst(skipped)))
        byteOffsets = skipped == 0 ? parsed.offsets : parsed.offsets.mapValues { $0 + skipped }
        if let failure = parsed.failure {
            syntaxError = SyntaxError(location: TextLocation(byteOffset: failure.offset + skipped, in: bytes), message: failure.message)
        }
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
        let low = lineStarts.partitionPoint { $0 > offset } - 1
        let lineStart = lineStarts[low]
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return TextLocation(line: low + 1, column: column)
    }

    public enum PathComponent: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    static func key(_ path: [PathComponent]) -> String {
        path.reduce("") { parent, component in
            switch component {
            case .key(let name): return JSONParser.pathKey(parent, name)
            case .index(let index): return JSONParser.pathKey(parent, String(index))
            }
        }
    }
}
