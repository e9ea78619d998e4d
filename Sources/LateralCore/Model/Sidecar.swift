/// The claims file beside an article: its sources and claims.
public struct Sidecar: Sendable, Hashable {
    public static let currentVersion = 1

    public var version: Int
    public var sources: [Source]
    public var claims: [Claim]
    public var extra: [String: JSONValue]

    public init(version: Int = Sidecar.currentVersion, sources: [Source] = [], claims: [Claim] = [],
                extra: [String: JSONValue] = [:]) {
        self.version = version
        self.sources = sources
        self.claims = claims
        self.extra = extra
    }

    public func source(id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// For each source id, the ids of the claims that use it, by relation, in claim order; a
    /// claim that links one source twice in the same relation is listed once.
    public func claimsBySource() -> [String: [Relation: [String]]] {
        var uses: [String: [Relation: [String]]] = [:]
        for claim in claims {
            var seen = Set<String>()
            for link in claim.links where seen.insert(link.source + "\u{0}" + link.relation.rawValue).inserted {
                uses[link.source, default: [:]][link.relation, default: []].append(claim.id)
            }
        }
        return uses
    }
}
