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
            discussion: "Without --id, the id is made from the title's first words.")

        @OptionGroup var article: ArticleArgument
        @Option(help: "The document's own title.") var title: String
        @Option(help: "Where it is.") var url: String?
        @Option(help: "Who published it.") var publisher: String?
        @Option(help: "Who wrote it.") var author: String?
        @Option(help: "When it was published, ISO 8601: 2024-02-01, 2024-02, 2024.") var date: String?
        @Option(help: ArgumentHelp("primary (the document itself) or secondary (a report about it).", valueName: "kind")) var kind = "secondary"
        @Option(help: "The id claims link it by.") var id: String?

        func validate() throws {
            _ = try parseWord(kind, as: SourceKind.self)
            if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--title is empty; a source needs its title") }
            if let date, !Source.isISO8601Date(date) {
                throw ValidationError("--date \"\(date)\" is not an ISO 8601 date; write 2024-02-01, 2024-02 or 2024")
            }
            if let id, id.isEmpty || id.contains(where: \.isWhitespace) { throw ValidationError("--id must be one word") }
        }

        func run() throws {
            var edit = try ClaimsEdit(article)
            let kind = try parseWord(kind, as: SourceKind.self)!
            let wantedID = id
            let newID = try edit.run { (sidecar: inout Sidecar, _: Article, _: Stamp) throws(EditRefusal) in
                let source = Source(id: wantedID ?? sidecar.newSourceID(title: title), title: title, publisher: publisher, author: author,
                                    date: date, url: url, kind: kind)
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
        @Option(help: "The document's own title.") var title: String?
        @Option(help: "Where it is.") var url: String?
        @Option(help: "Who published it.") var publisher: String?
        @Option(help: "Who wrote it.") var author: String?
        @Option(help: "When it was published, ISO 8601: 2024-02-01, 2024-02, 2024.") var date: String?
        @Option(help: ArgumentHelp("primary or secondary.", valueName: "kind")) var kind: String?
        @Option(help: ArgumentHelp("How the source was read, and its limits; - reads it from standard input.", valueName: "text")) var note: String?

        func validate() throws {
            _ = try parseWord(kind, as: SourceKind.self)
            if let title, title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--title is empty; a source needs its title") }
            if let date, !date.isEmpty, !Source.isISO8601Date(date) {
                throw ValidationError("--date \"\(date)\" is not an ISO 8601 date; write 2024-02-01, 2024-02 or 2024")
            }
        }

        func run() throws {
            var edit = try ClaimsEdit(article)
            let kind = try parseWord(kind, as: SourceKind.self)
            let note = note.map(TextArgument.read)
            let change = try edit.run { (sidecar: inout Sidecar, _: Article, _: Stamp) throws(EditRefusal) in
                let id = try ClaimsEdit.sourceID(source, in: sidecar)
                return try sidecar.editSource(id: id, summary: "source \(id) corrected") { source in
                    func given(_ value: String?, _ field: inout String?) {
                        guard let value else { return }
                        field = value.isEmpty ? nil : value
                    }
                    if let title { source.title = title }
                    given(url, &source.url)
                    given(publisher, &source.publisher)
                    given(author, &source.author)
                    given(date, &source.date)
                    given(note, &source.note)
                    if let kind { source.kind = kind }
                }
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
