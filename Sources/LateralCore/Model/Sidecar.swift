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
}
