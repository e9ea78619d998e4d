import ArgumentParser
import LateralCore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List an article's sources and how its claims use them.")

    @OptionGroup var article: ArticleArgument
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        let loaded = try article.loadAnchored()
        let uses = SourceUse.bySource(in: loaded.sidecar)
        let listings = loaded.sidecar.sources.map { SourceListing(source: $0, uses: uses[$0.id] ?? [], claims: loaded.sidecar.claims) }
        if json {
            Console.printJSON(.array(listings.map(\.json)))
            return
        }
        for listing in listings {
            let source = listing.source
            let byline = [source.publisher, source.date, source.kind.rawValue].compactMap { $0 }.joined(separator: " · ")
            Console.print("\(source.id): \(Console.clipped(source.title, to: 90))")
            Console.print("    \(Console.clipped(byline, to: 90))")
            if let url = source.url { Console.print("    \(Console.clipped(url, to: 200))") }
            let uses = Relation.allCases.compactMap { relation in
                listing.claims[relation.rawValue].map { "\(relation.rawValue) \($0.joined(separator: " "))" }
            }
            Console.print("    " + (uses.isEmpty ? "no claims" : uses.joined(separator: "; ")))
        }
    }
}

/// One source in `sources --json`, with the ids of the claims that use it, by relation.
struct SourceListing {
    var source: Source
    var claims: [String: [String]]

    var json: JSONValue {
        .object(["source": source.storedJSON, "claims": .object(claims.mapValues { .array($0.map(JSONValue.string)) })])
    }

    /// - Parameter claims: the claims the uses' places are in.
    init(source: Source, uses: [SourceUse], claims: [Claim]) {
        self.source = source
        self.claims = [:]
        for use in uses { self.claims[use.relation.rawValue, default: []].append(claims[use.claimIndex].id) }
    }
}
