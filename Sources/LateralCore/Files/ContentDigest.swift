/// What a file held, in a few bytes: enough to tell whether it changed since, without keeping
/// its content (a claims file of 50,000 claims is 45 MB). Made with the standard library's
/// hasher, whose seed is new in every process: a digest is compared within one run, never kept.
public struct ContentDigest: Sendable, Hashable {
    let count: Int
    let hash: Int

    public init(_ bytes: [UInt8]) {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        count = bytes.count
        hash = hasher.finalize()
    }

    public init?(_ bytes: [UInt8]?) {
        guard let bytes else { return nil }
        self.init(bytes)
    }
}
