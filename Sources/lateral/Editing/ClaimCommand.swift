import ArgumentParser
import LateralCore

struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim",
        abstract: "Mark a new claim in an article's text, or delete one.",
        subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Mark a passage of the article as a claim; prints its id.",
            discussion: "The quote must be copied exactly from the article's text. Exit status: 1 when the quote is not in the text or is there more than once without --occurrence.")

        @OptionGroup var article: ArticleArgument
        @Option(help: "The claim's words, exactly as in the article.") var quote: String
        @Option(help: "Which occurrence of the quote, when it is in the text more than once (1 is the first).") var occurrence: Int?
        @Option(help: ArgumentHelp("A verdict to give it: \(Verdict.allowedWords).", valueName: "verdict")) var verdict: String?

        func validate() throws {
            _ = try parseWord(verdict, as: Verdict.self)
            if quote.isEmpty { throw ValidationError("--quote is empty; give the claim's words as they stand in the article") }
            if let occurrence, occurrence < 1 { throw ValidationError("--occurrence counts from 1") }
        }

        func run() throws {
            var edit = try ClaimsEdit(article)
            let verdict = try parseWord(verdict, as: Verdict.self) ?? .unverified
            let id = try edit.run { (sidecar: inout Sidecar, article: Article, stamp: Stamp) throws(EditRefusal) in
                let range = try Add.range(of: quote, occurrence: occurrence, in: article.body)
                return try sidecar.addClaim(range: range, in: article.body, verdict: verdict, stamp: stamp).id
            }
            Console.print(id)
        }

        static func range(of quote: String, occurrence: Int?, in body: ScalarText) throws(EditRefusal) -> Range<Int> {
            let starts = body.occurrences(of: Array(quote.utf8))
            guard !starts.isEmpty else {
                throw EditRefusal("the quote is not in the article's text; copy it exactly from the article's file, with its punctuation and line breaks")
            }
            let chosen: Int
            if let occurrence {
                guard occurrence <= starts.count else {
                    throw EditRefusal("the quote occurs \(Plural.count(starts.count, "time")); --occurrence \(occurrence) is past the last")
                }
                chosen = starts[occurrence - 1]
            } else {
                guard starts.count == 1 else {
                    throw EditRefusal("the quote occurs \(starts.count) times in the text; say which with --occurrence 1…\(starts.count), or quote more words")
                }
                chosen = starts[0]
            }
            let start = body.scalarOffset(ofByte: chosen)
            return start..<(start + quote.unicodeScalars.count)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Delete a claim from an article's claims file (the article's text is not touched).")

        @OptionGroup var article: ArticleArgument
        @Argument(help: "The claim's id, or its number in `lateral claims`.") var claim: String

        func run() throws {
            var edit = try ClaimsEdit(article)
            let id = try edit.run { (sidecar: inout Sidecar, _: Article, _: Stamp) throws(EditRefusal) in
                let id = try ClaimsEdit.claimID(claim, in: sidecar)
                _ = try sidecar.removeClaim(id: id)
                return id
            }
            Console.print("deleted claim \(id)")
        }
    }
}
