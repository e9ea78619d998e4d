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
        let uses = loaded.sidecar.claimsBySource()
        let listings = loaded.sidecar.sources.map { SourceListing(source: $0, uses: uses[$0.id] ?? [:]) }
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

    init(source: Source, uses: [Relation: [String]]) {
        self.source = source
        claims = Dictionary(uniqueKeysWithValues: uses.map { ($0.key.rawValue, $0.value) })
    }
}
