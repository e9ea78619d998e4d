import Glibc

/// UTF-8 text addressed by Unicode scalar offsets, as W3C position selectors count them.
/// The bytes are scanned once to record where every 256th scalar starts, so that turning an
/// offset into a byte position costs at most 256 steps, whatever the size of the text.
public struct ScalarText: Sendable {
    public let bytes: [UInt8]
    public let scalarCount: Int
    private let isASCII: Bool
    /// checkpoints[i] is the byte offset of scalar i * stride.
    private let checkpoints: [Int]
    private static let stride = 256

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// - Precondition: `bytes` is valid UTF-8.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var checkpoints: [Int] = []
        var count = 0
        var ascii = true
        bytes.withUnsafeBufferPointer { buffer in
            checkpoints.reserveCapacity(buffer.count / ScalarText.stride + 1)
            func scan(_ range: Range<Int>) {
                for offset in range where buffer[offset] & 0xC0 != 0x80 {
                    if count % ScalarText.stride == 0 { checkpoints.append(offset) }
                    count += 1
                }
            }
            // Eight bytes at a time: a scalar starts at every byte but a continuation byte
            // (10xxxxxx); a word in which a checkpoint falls is gone over byte by byte.
            var offset = 0
            if let base = buffer.baseAddress {
                while offset + 8 <= buffer.count {
                    let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                    let high = word & 0x8080_8080_8080_8080
                    let continuations = (high & ~(word << 1)).nonzeroBitCount
                    let scalars = 8 - continuations
                    if high != 0 { ascii = false }
                    let into = count % ScalarText.stride
                    if scalars > 0 && (into == 0 || into + scalars > ScalarText.stride) {
                        scan(offset..<(offset + 8))
                    } else {
                        count += scalars
                    }
                    offset += 8
                }
            }
            for byte in buffer[offset...] where byte >= 0x80 { ascii = false }
            scan(offset..<buffer.count)
        }
        self.scalarCount = count
        self.isASCII = ascii
        self.checkpoints = ascii ? [] : checkpoints
    }

    /// The byte offset where a scalar starts; `scalarCount` gives the end of the text.
    public func byteOffset(ofScalar scalar: Int) -> Int {
        let scalar = min(max(scalar, 0), scalarCount)
        if isASCII || scalar == scalarCount { return isASCII ? scalar : bytes.count }
        return bytes.withUnsafeBufferPointer { buffer in
            ScalarText.start(scalar % ScalarText.stride, after: checkpoints[scalar / ScalarText.stride], in: buffer)
        }
    }

    /// Where the `count`th scalar after the byte at `offset` starts (the end of the text if
    /// none). Eight bytes are passed at a time while the scalar is not among them: a byte
    /// continues a scalar when its top bits are 10, so the others in a word are counted at once.
    private static func start(_ count: Int, after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = offset
        var remaining = count
        while remaining > 0, offset + 9 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + offset + 1).loadUnaligned(as: UInt64.self)
            let continuing = word & ~(word << 1) & 0x8080_8080_8080_8080
            let starts = 8 - continuing.nonzeroBitCount
            guard starts < remaining else { break }
            offset += 8
            remaining -= starts
        }
        while remaining > 0 {
            offset += 1
            while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The scalar offset of the scalar that contains a byte.
    public func scalarOffset(ofByte byte: Int) -> Int {
        if isASCII { return min(max(byte, 0), bytes.count) }
        if byte >= bytes.count { return scalarCount }
        // The last checkpoint at or before the byte.
        let low = checkpoints.partitionPoint { $0 > byte } - 1
        var scalar = low * ScalarText.stride
        var offset = checkpoints[low]
        while offset < byte {
            offset += 1
            while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            if offset <= byte { scalar += 1 }
        }
        return scalar
    }

    /// The scalar offsets of byte offsets given in ascending order, in one pass over the
    /// bytes between them (for the thousands of block starts of a long article).
    public func scalarOffsets(ofAscendingBytes offsets: [Int]) -> [Int] {
        if isASCII { return offsets.map { min(max($0, 0), bytes.count) } }
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var byte = 0
        var scalar = 0
        bytes.withUnsafeBufferPointer { buffer in
            for target in offsets {
                let target = min(max(target, 0), buffer.count)
                if target < byte {
                    result.append(scalarOffset(ofByte: target))
                    continue
                }
                if let base = buffer.baseAddress {
                    while byte + 8 <= target {
                        let word = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                        scalar += 8 - (word & 0x8080_8080_8080_8080 & ~(word << 1)).nonzeroBitCount
                        byte += 8
                    }
                }
                while byte < target {
                    if buffer[byte] & 0xC0 != 0x80 { scalar += 1 }
                    byte += 1
                }
                // A byte inside a scalar belongs to the scalar it continues, counted already.
                let continues = target < buffer.count && buffer[target] & 0xC0 == 0x80
                result.append(target == buffer.count ? scalarCount : scalar - (continues ? 1 : 0))
            }
        }
        return result
    }

    public func byteRange(ofScalars range: Range<Int>) -> Range<Int> {
        byteOffset(ofScalar: range.lowerBound)..<byteOffset(ofScalar: range.upperBound)
    }

    public func string(scalars range: Range<Int>) -> String {
        String(decoding: bytes[byteRange(ofScalars: range)], as: UTF8.self)
    }

    /// Whether the text holds `pattern` at a byte offset.
    public func hasBytes(_ pattern: [UInt8], atByte offset: Int) -> Bool {
        guard offset >= 0, offset + pattern.count <= bytes.count else { return false }
        if pattern.isEmpty { return true }
        return bytes.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { needle in
                memcmp(text.baseAddress! + offset, needle.baseAddress!, needle.count) == 0
            }
        }
    }

    /// Byte offsets of every occurrence of `pattern` within `byteRange`, in order, at most `limit`.
    public func occurrences(of pattern: [UInt8], in byteRange: Range<Int>? = nil, limit: Int = .max) -> [Int] {
        guard !pattern.isEmpty, !bytes.isEmpty else { return [] }
        let range = byteRange ?? 0..<bytes.count
        var found: [Int] = []
        // memchr finds candidates for the first byte at memory speed; memcmp confirms them.
        // (memmem would do both, but Glibc's Swift module does not export it.)
        bytes.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { needle in
                let base = text.baseAddress!
                let first = Int32(needle[0])
                var start = range.lowerBound
                let lastStart = range.upperBound - needle.count
                while start <= lastStart && found.count < limit {
                    guard let hit = memchr(base + start, first, lastStart - start + 1) else { break }
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { found.append(offset) }
                    start = offset + 1
                }
            }
        }
        return found
    }

    /// The scalars of a range, for the edit-distance work that needs them one by one.
    public func scalars(_ range: Range<Int>) -> [Unicode.Scalar] {
        Array(string(scalars: range).unicodeScalars)
    }
}
