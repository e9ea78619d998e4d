import LateralCore

/// Finding text in an article as less does: smart case (a term in lower case matches any
/// case), forward or backward from a place, wrapping around at the ends.
public struct TextSearch: Sendable, Hashable {
    public var term: String
    public var forward: Bool

    public init(term: String, forward: Bool) {
        self.term = term
        self.forward = forward
    }

    /// Smart case: only a term with a capital letter is matched case-sensitively.
    public var isCaseSensitive: Bool { term.contains { $0.isUppercase } }

    var pattern: [UInt8] { Array((isCaseSensitive ? term : TextSearch.fold(term)).utf8) }

    /// Lower case scalar by scalar, so that offsets in the folded text are offsets in the
    /// original; a scalar whose lower case is longer than one scalar is kept as it is.
    static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { folded.append(fold(scalar)) }
        return String(folded)
    }

    /// The same fold over UTF-8 bytes, ASCII without asking Unicode, so that a 10 MB article
    /// folds in a blink instead of a second.
    static func fold(bytes: [UInt8]) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            UTF8.encode(fold(scalar)) { folded.append($0) }
        }
        return folded
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    public struct Match: Sendable, Hashable {
        public var range: Range<Int>
        public var wrapped: Bool
    }

    /// The next match after `offset` (or the previous one before it), wrapping around.
    func find(in text: ScalarText, from offset: Int, forward: Bool) -> Match? {
        let pattern = self.pattern
        guard !pattern.isEmpty else { return nil }
        let length = term.unicodeScalars.count
        let startByte = text.byteOffset(ofScalar: offset)
        func match(_ byte: Int, wrapped: Bool) -> Match {
            let start = text.scalarOffset(ofByte: byte)
            return Match(range: start..<(start + length), wrapped: wrapped)
        }
        if forward {
            if let hit = text.occurrences(of: pattern, in: min(startByte, text.bytes.count)..<text.bytes.count, limit: 1).first {
                return match(hit, wrapped: false)
            }
            return text.occurrences(of: pattern, in: 0..<min(text.bytes.count, startByte + pattern.count - 1), limit: 1).first
                .map { match($0, wrapped: true) }
        }
        if let hit = lastOccurrence(of: pattern, in: text, before: startByte) { return match(hit, wrapped: false) }
        return lastOccurrence(of: pattern, in: text, before: text.bytes.count).map { match($0, wrapped: true) }
    }

    /// The last occurrence starting before a byte, found by scanning back in growing chunks.
    private func lastOccurrence(of pattern: [UInt8], in text: ScalarText, before end: Int) -> Int? {
        var chunk = 65_536
        var upper = end
        while upper > 0 {
            let lower = max(0, upper - chunk)
            let hits = text.occurrences(of: pattern, in: lower..<min(text.bytes.count, upper + pattern.count - 1))
            if let last = hits.last(where: { $0 < upper }) { return last }
            upper = lower
            chunk *= 2
        }
        return nil
    }

    /// Every match within a range of the text, for highlighting what is on screen.
    func matches(in text: ScalarText, scalars range: Range<Int>) -> [Range<Int>] {
        let pattern = self.pattern
        guard !pattern.isEmpty else { return [] }
        let length = term.unicodeScalars.count
        let bytes = text.byteRange(ofScalars: range)
        return text.occurrences(of: pattern, in: bytes.lowerBound..<min(text.bytes.count, bytes.upperBound + pattern.count - 1))
            .map { text.scalarOffset(ofByte: $0) }.map { $0..<($0 + length) }
    }
}
