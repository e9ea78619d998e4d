/// The claims file beside an article: its sources and claims.
public struct Sidecar: Codable, Sendable, Hashable {
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

    enum CodingKeys: String, CodingKey, CaseIterable { case version, sources, claims }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        guard (1...Sidecar.currentVersion).contains(version) else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: c,
                debugDescription: "format version \(version) is not one this Lateral reads (1...\(Sidecar.currentVersion))")
        }
        sources = try c.decodeIfPresent([Source].self, forKey: .sources) ?? []
        claims = try c.decodeIfPresent([Claim].self, forKey: .claims) ?? []
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(sources, forKey: .sources)
        try c.encode(claims, forKey: .claims)
        try encoder.encodeUnknownFields(extra)
    }
}
