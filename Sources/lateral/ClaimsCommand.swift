import Foundation
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
            try Console.printJSON(listings)
            return
        }
        for listing in listings {
            let number = String(listing.number).leftPadded(to: 3)
            let label = listing.verdict.padding(toLength: 12, withPad: " ", startingAt: 0)
            let glyph = Verdict(rawValue: listing.verdict)?.glyph ?? " "
            let method = listing.anchor == AnchorMethod.exact.rawValue ? "" : " " + listing.anchor
            let place = (listing.start.map { "\($0)–\(listing.end!)" } ?? "") + method
            let id = Console.column(VisibleText.make(listing.id, keepNewlines: false), 5)
            let where_ = Console.column(place.trimmingCharacters(in: .whitespaces), 17)
            Console.print("\(number) \(glyph) \(label) \(id) \(where_) “\(Console.clipped(listing.quote, to: 60))”")
        }
    }
}

/// One claim in `claims --json`: where it was anchored now, not where the file says.
struct ClaimListing: Encodable {
    var number: Int
    var id: String
    var verdict: String
    var attribution: String
    var claimant: String?
    var quote: String
    var anchor: String
    var start: Int?
    var end: Int?
    var rationale: String?
    var links: [SourceLink]

    init(number: Int, claim: Claim, anchor: AnchorResult) {
        self.number = number
        id = claim.id
        verdict = claim.verdict.rawValue
        attribution = claim.attribution.rawValue
        claimant = claim.claimant
        quote = claim.quote.exact
        self.anchor = anchor.method.rawValue
        start = anchor.range?.lowerBound
        end = anchor.range?.upperBound
        rationale = claim.rationale
        links = claim.links
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
