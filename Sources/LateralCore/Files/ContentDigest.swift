/// What a file held, in a few bytes: enough to tell whether it changed since, without keeping
/// its content (a claims file of 50,000 claims is 45 MB). A digest is compared within one run,
/// never kept: it tells this program's own writes from other programs' changes. A fast 64-bit
/// multiply-and-rotate hash serves (the standard library's SipHash took 25 ms on 45 MB, this
/// one a few); its lanes start from a seed drawn anew in every process, so that no file can be
/// made beforehand to have the digest of another.
public struct ContentDigest: Sendable, Hashable {
    let count: Int
    let hash: UInt64

    public init(_ bytes: [UInt8]) {
        self.init(pieces: [bytes[...]])
    }

    /// The digest of the bytes of pieces written one after the other.
    public init(pieces: [ArraySlice<UInt8>]) {
        var builder = Builder()
        for piece in pieces { piece.withUnsafeBufferPointer { builder.add($0) } }
        self = builder.digest
    }

    public init?(_ bytes: [UInt8]?) {
        guard let bytes else { return nil }
        self.init(bytes)
    }

    /// The digest of a plain file's bytes, read a megabyte at a time; nil when it is not a
    /// plain file one can read.
    public static func ofFile(_ path: String) -> ContentDigest? {
        var builder = Builder()
        guard TextFile.readChunks(path, { chunk in
            builder.add(chunk.assumingMemoryBound(to: UInt8.self))
            return true
        }) else { return nil }
        return builder.digest
    }

    init(count: Int, hash: UInt64) {
        self.count = count
        self.hash = hash
    }

    /// A digest made piece by piece, as a file is read or written: the same as made from the
    /// whole, wherever the pieces end. Four lanes take 32 bytes a round, so that the
    /// multiplications of one round run side by side.
    struct Builder {
        private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
        private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
        private static let blockSize = 32

        private static let seed = UInt64.random(in: .min ... .max)
        private var lanes: (UInt64, UInt64, UInt64, UInt64) = (seed &+ prime1 &+ prime2, seed &+ prime2, seed, seed &- prime1)
        /// The bytes of a block not yet whole, from the end of the last piece.
        private var pending: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private var pendingCount = 0
        private var count = 0

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard var next = bytes.baseAddress.map(UnsafeRawPointer.init) else { return }
            var left = bytes.count
            count += left
            if pendingCount > 0 {
                let taken = min(left, Self.blockSize - pendingCount)
                withUnsafeMutableBytes(of: &pending) { ($0.baseAddress! + pendingCount).copyMemory(from: next, byteCount: taken) }
                pendingCount += taken
                next += taken
                left -= taken
                guard pendingCount == Self.blockSize else { return }
                let block = pending
                withUnsafeBytes(of: block) { consume($0.baseAddress!) }
                pendingCount = 0
            }
            while left >= Self.blockSize {
                consume(next)
                next += Self.blockSize
                left -= Self.blockSize
            }
            if left > 0 {
                withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: next, byteCount: left) }
                pendingCount = left
            }
        }

        private mutating func consume(_ block: UnsafeRawPointer) {
            lanes.0 = Self.round(lanes.0, UInt64(littleEndian: block.loadUnaligned(as: UInt64.self)))
            lanes.1 = Self.round(lanes.1, UInt64(littleEndian: block.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
            lanes.2 = Self.round(lanes.2, UInt64(littleEndian: block.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
            lanes.3 = Self.round(lanes.3, UInt64(littleEndian: block.loadUnaligned(fromByteOffset: 24, as: UInt64.self)))
        }

        private static func round(_ lane: UInt64, _ input: UInt64) -> UInt64 {
            rotate(lane &+ input &* prime2, 31) &* prime1
        }

        private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
            (value << bits) | (value >> (64 - bits))
        }

        var digest: ContentDigest {
            var hash = Self.rotate(lanes.0, 1) &+ Self.rotate(lanes.1, 7) &+ Self.rotate(lanes.2, 12) &+ Self.rotate(lanes.3, 18)
            for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
                hash = (hash ^ Self.round(0, lane)) &* Self.prime1 &+ Self.prime3
            }
            hash &+= UInt64(count)
            // The last bytes, fewer than a block, a byte at a time with their place.
            withUnsafeBytes(of: pending) { tail in
                for index in 0..<pendingCount {
                    hash = Self.rotate(hash ^ (UInt64(tail[index]) &* Self.prime3), 11) &* Self.prime1
                }
            }
            hash ^= hash >> 33
            hash &*= Self.prime2
            hash ^= hash >> 29
            hash &*= Self.prime3
            hash ^= hash >> 32
            return ContentDigest(count: count, hash: hash)
        }
    }
}
