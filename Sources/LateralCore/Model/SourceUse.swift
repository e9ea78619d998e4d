/// A claim that uses a source, and how. The claim is kept by its place in `Sidecar.claims`,
/// not copied: a source of a long article is used by a thousand claims.
public struct SourceUse: Sendable, Equatable {
    public var claimIndex: Int
    public var relation: Relation

    public init(claimIndex: Int, relation: Relation) {
        self.claimIndex = claimIndex
        self.relation = relation
    }

    /// The claims that use a source, in claim order, once per relation (a link written twice
    /// counts once).
    public static func all(of sourceID: String, in sidecar: Sidecar) -> [SourceUse] {
        var uses: [SourceUse] = []
        for index in sidecar.claims.indices {
            add(sidecar.claims[index], at: index, only: sourceID) { uses.append($1) }
        }
        return uses
    }

    /// The uses of every source, as `all(of:in:)` finds each: made once for an open article, so
    /// that Enter on a claim does not look through every claim (each in its own place in
    /// memory: 3 ms among 50,000 claims), and for `lateral sources`.
    public static func bySource(in sidecar: Sidecar) -> [String: [SourceUse]] {
        var uses: [String: [SourceUse]] = [:]
        for index in sidecar.claims.indices {
            add(sidecar.claims[index], at: index, only: nil) { uses[$0, default: []].append($1) }
        }
        return uses
    }

    /// A claim's uses of sources (of one source, when given), relation by relation.
    private static func add(_ claim: Claim, at index: Int, only sourceID: String?, to uses: (String, SourceUse) -> Void) {
        for relation in Relation.allCases {
            var seen: [String] = []
            for link in claim.links where link.relation == relation && (sourceID == nil || link.source == sourceID) && !seen.contains(link.source) {
                seen.append(link.source)
                uses(link.source, SourceUse(claimIndex: index, relation: relation))
            }
        }
    }
}
