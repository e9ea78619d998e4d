import ArgumentParser
import LateralCore

struct SourceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source",
        abstract: "Add a source to an article's claims file, correct one, or delete one.",
        subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a source; prints its id.",
            discussion: "--title is required. The kind is secondary unless --kind says primary. Without --id, the id is made from the title's first words.")

        @OptionGroup var article: ArticleArgument
        @OptionGroup var description: SourceDescription
        @Option(help: "The id claims link it by.") var id: String?

        func validate() throws {
            if description.title == nil { throw ValidationError("--title is required: a source needs its title") }
            if let id, id.isEmpty || id.contains(where: \.isWhitespace) { throw ValidationError("--id must be one word") }
        }

        func run() throws {
            var edit = try ClaimsEdit(article)
            var source = Source(id: id ?? "", title: "", kind: .secondary)
            description.apply(to: &source)
            let described = source
            let newID = try edit.run { (sidecar: inout Sidecar, _: Article, _: Stamp) throws(EditRefusal) in
                var source = described
                if source.id.isEmpty { source.id = sidecar.newSourceID(title: source.title) }
                _ = try sidecar.addSource(source)
                return source.id
            }
            Console.print(newID)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a source's description; what is not given stays as it is.",
            discussion: "An empty value (--url \"\") removes that field; the title cannot be removed.")

        @OptionGroup var article: ArticleArgument
        @Argument(help: "The source's id.") var source: String
        @OptionGroup var description: SourceDescription

        func run() throws {
            var edit = try ClaimsEdit(article)
            let change = try edit.run { (sidecar: inout Sidecar, _: Article, _: Stamp) throws(EditRefusal) in
                let id = try ClaimsEdit.sourceID(source, in: sidecar)
                return try sidecar.editSource(id: id, summary: "source \(id) corrected") { description.apply(to: &$0) }
            }
            Console.print(change == nil ? "source \(source) already says that; nothing changed" : "corrected source \(source)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Delete a source and every claim's links to it.")

        @OptionGroup var article: ArticleArgument
        @Argument(help: "The source's id.") var source: String

        func run() throws {
            var edit = try ClaimsEdit(article)
            let change = try edit.run { (sidecar: inout Sidecar, _: Article, stamp: Stamp) throws(EditRefusal) in
                try sidecar.removeSource(id: try ClaimsEdit.sourceID(source, in: sidecar), stamp: stamp)
            }
            let unlinked = change.claims.count
            Console.print("deleted source \(source)" + (unlinked == 0 ? "" : " and its links from \(Plural.count(unlinked, "claim"))"))
        }
    }
}

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link a claim to a source, with how the source bears on it.",
        discussion: Relation.allCases.map(\.meaning).joined(separator: "; ") + ". --passage quotes the words of the source that matter, exactly.")

    @OptionGroup var article: ArticleArgument
    @Argument(help: "The claim's id, or its number in `lateral claims`.") var claim: String
    @Argument(help: "The source's id.") var source: String
    @Option(help: ArgumentHelp("\(Relation.allowedWords).", valueName: "relation")) var relation: String
    @Option(help: ArgumentHelp("The source's own words that matter, copied exactly; - reads them from standard input.", valueName: "text")) var passage: String?

    func validate() throws {
        _ = try parseWord(relation, as: Relation.self)
    }

    func run() throws {
        var edit = try ClaimsEdit(article)
        let relation = try parseWord(relation, as: Relation.self)!
        let passage = passage.map(TextArgument.read)
        let id = try edit.run { (sidecar: inout Sidecar, _: Article, stamp: Stamp) throws(EditRefusal) in
            let id = try ClaimsEdit.claimID(claim, in: sidecar)
            let sourceID = try ClaimsEdit.sourceID(source, in: sidecar)
            _ = try sidecar.linkClaim(id, to: sourceID, relation: relation, passage: passage, stamp: stamp)
            return id
        }
        Console.print("claim \(id) \(relation.rawValue) \(source)")
    }
}

struct UnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlink",
        abstract: "Remove a claim's links to a source.")

    @OptionGroup var article: ArticleArgument
    @Argument(help: "The claim's id, or its number in `lateral claims`.") var claim: String
    @Argument(help: "The source's id.") var source: String
    @Option(help: ArgumentHelp("Only the link in this relation: \(Relation.allowedWords).", valueName: "relation")) var relation: String?

    func validate() throws {
        _ = try parseWord(relation, as: Relation.self)
    }

    func run() throws {
        var edit = try ClaimsEdit(article)
        let relation = try parseWord(relation, as: Relation.self)
        let id = try edit.run { (sidecar: inout Sidecar, _: Article, stamp: Stamp) throws(EditRefusal) in
            let id = try ClaimsEdit.claimID(claim, in: sidecar)
            _ = try sidecar.editClaim(id: id, stamp: stamp, summary: "claim \(id) unlinked") { (claim: inout Claim) throws(EditRefusal) in
                try claim.unlink(source: source, relation: relation)
            }
            return id
        }
        Console.print("claim \(id) no longer linked to \(source)")
    }
}
