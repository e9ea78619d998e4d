/// What a file held, in a few bytes: enough to tell whether it changed since, without keeping
/// its content (a claims file of 50,000 claims is 45 MB). Made with the standard library's
/// hasher, whose seed is new in every process: a digest is compared within one run, never kept.
public struct ContentDigest: Sendable, Hashable {
    let count: Int
    let hash: Int

    public init(_ bytes: [UInt8]) {
        var builder = Builder()
        bytes.withUnsafeBufferPointer { builder.add($0) }
        self = builder.digest
    }

    public init?(_ bytes: [UInt8]?) {
        guard let bytes else { return nil }
        self.init(bytes)
    }

    init(count: Int, hash: Int) {
        self.count = count
        self.hash = hash
    }

    /// A digest made piece by piece, as a file is read: the same as made from the whole.
    struct Builder {
        private var hasher = Hasher()
        private var count = 0

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            count += bytes.count
        }

        var digest: ContentDigest { ContentDigest(count: count, hash: hasher.finalize()) }
    }
}
