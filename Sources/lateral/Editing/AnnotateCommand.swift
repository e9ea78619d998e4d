import ArgumentParser
import LateralCore

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Set a claim's verdict, attribution, rationale or claimant.",
        discussion: "A verdict change is kept in the claim's history with who made it and when (LATERAL_AUTHOR, else git's user.name, else the login name).")

    @OptionGroup var article: ArticleArgument
    @Argument(help: "The claim's id, or its number in `lateral claims`.") var claim: String
    @Option(help: ArgumentHelp("Is it true: \(Verdict.allowedWords).", valueName: "verdict")) var verdict: String?
    @Option(help: ArgumentHelp("Did the claimant say it: \(Attribution.allowedWords).", valueName: "attribution")) var attribution: String?
    @Option(help: ArgumentHelp("Why the verdict; - reads it from standard input; empty removes it.", valueName: "text")) var rationale: String?
    @Option(help: ArgumentHelp("Who the article says made the claim; empty for the article itself.", valueName: "text")) var claimant: String?

    func validate() throws {
        _ = try parseWord(verdict, as: Verdict.self)
        _ = try parseWord(attribution, as: Attribution.self)
        if verdict == nil && attribution == nil && rationale == nil && claimant == nil {
            throw ValidationError("nothing to set; give --verdict, --attribution, --rationale or --claimant")
        }
    }

    func run() throws {
        let verdict = try parseWord(verdict, as: Verdict.self)
        let attribution = try parseWord(attribution, as: Attribution.self)
        let rationale = rationale.map(TextArgument.read)
        let (id, changed) = try ClaimsEdit.updateClaim(article, named: claim) { claim, stamp in
            if let verdict { claim.setVerdict(verdict, stamp: stamp) }
            if let attribution { claim.attribution = attribution }
            if let rationale { claim.rationale = rationale.isEmpty ? nil : rationale }
            if let claimant { claim.claimant = claimant.isEmpty ? nil : claimant }
        }
        Console.print(changed ? "claim \(id) annotated" : "claim \(id) already says so; nothing changed")
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a note to a claim, signed with your name and the time.")

    @OptionGroup var article: ArticleArgument
    @Argument(help: "The claim's id, or its number in `lateral claims`.") var claim: String
    @Argument(help: "The note; - reads it from standard input.") var text: String

    func run() throws {
        let text = TextArgument.read(text)
        guard !text.trimmed().isEmpty else {
            Console.error("the note is empty; nothing added")
            throw ExitStatus.usageOrUnreadable.code
        }
        let (id, _) = try ClaimsEdit.updateClaim(article, named: claim) { claim, stamp in claim.addNote(text, stamp: stamp) }
        Console.print("note added to claim \(id)")
    }
}
