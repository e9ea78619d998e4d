import ArgumentParser
import LateralCore

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List an article's claims with their verdicts and where they stand in the text.")

    @OptionGroup var article: ArticleArgument
    @Flag(help: "Print JSON for scripts.") var json = false
    @Option(help: ArgumentHelp("Only claims with this verdict: \(Verdict.allowedWords).", valueName: "verdict"))
    var verdict: String?

    func validate() throws {
        if let verdict, Verdict(userInput: verdict) == nil {
            throw ValidationError("unknown verdict \"\(verdict)\"; expected one of: \(Verdict.allowedWords)")
        }
    }

    func run() throws {
        let loaded = try article.loadAnchored()
        let wanted = verdict.flatMap(Verdict.init(userInput:))
        let listings = loaded.sidecar.claims.enumerated()
            .filter { wanted == nil || $0.element.verdict == wanted }
            .map { ClaimListing(number: $0.offset + 1, claim: $0.element, anchor: loaded.anchors[$0.offset]) }
        if json {
            Console.printJSON(.array(listings.map(\.json)))
            return
        }
        for listing in listings {
            let claim = listing.claim
            let number = String(listing.number).leftPadded(to: 3, with: " ")
            let label = Console.column(claim.verdict.label, 12)
            let method = listing.anchor.method == .exact ? "" : " " + listing.anchor.method.rawValue
            let place = (listing.anchor.range.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "") + method
            let id = Console.column(VisibleText.make(claim.id, keepNewlines: false), 5)
            let where_ = Console.column(place.trimmed(.spaces), 17)
            Console.print("\(number) \(claim.verdict.glyph) \(label) \(id) \(where_) “\(Console.clipped(claim.quote.exact, to: 60))”")
        }
    }
}

/// One claim in `claims --json`: where it was anchored now, not where the file says.
struct ClaimListing {
    var number: Int
    var claim: Claim
    var anchor: AnchorResult

    var json: JSONValue {
        let start: JSONValue? = anchor.range.map { .number($0.lowerBound) }
        let end: JSONValue? = anchor.range.map { .number($0.upperBound) }
        let links: JSONValue = .array(claim.links.map(\.storedJSON))
        return .object([
            "number": .number(number), "id": .string(claim.id), "verdict": .string(claim.verdict.rawValue),
            "attribution": .string(claim.attribution.rawValue), "claimant": .string(claim.claimant),
            "quote": .string(claim.quote.exact), "anchor": .string(anchor.method.rawValue),
            "start": start, "end": end, "rationale": .string(claim.rationale), "links": links,
        ])
    }
}
