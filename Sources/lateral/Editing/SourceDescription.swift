import ArgumentParser
import LateralCore

/// What `source add` and `source edit` say about a source. An empty value removes a field
/// (when editing); the title, when given, must say something.
struct SourceDescription: ParsableArguments {
    @Option(help: "The document's own title.") var title: String?
    @Option(help: "Where it is.") var url: String?
    @Option(help: "Who published it.") var publisher: String?
    @Option(help: "Who wrote it.") var author: String?
    @Option(help: "When it was published, ISO 8601: 2024-02-01, 2024-02, 2024.") var date: String?
    @Option(help: ArgumentHelp("primary (the document itself) or secondary (a report about it).", valueName: "kind")) var kind: String?
    @Option(help: ArgumentHelp("How the source was read, and its limits; - reads it from standard input.", valueName: "text")) var note: String?

    func validate() throws {
        _ = try parseWord(kind, as: SourceKind.self)
        if let title, title.trimmed(.spaces).isEmpty { throw ValidationError("--title is empty; a source needs its title") }
        if let date, !date.isEmpty, !Source.isISO8601Date(date) {
            throw ValidationError("--date \"\(date)\" is not an ISO 8601 date; write 2024-02-01, 2024-02 or 2024")
        }
    }

    /// The fields given, written into a source (after `validate`, which has checked them).
    func apply(to source: inout Source) {
        func given(_ value: String?, _ field: inout String?) {
            guard let value else { return }
            field = value.isEmpty ? nil : value
        }
        if let title { source.title = title }
        given(url, &source.url)
        given(publisher, &source.publisher)
        given(author, &source.author)
        given(date, &source.date)
        given(note.map(TextArgument.read), &source.note)
        if let kind = kind.flatMap(SourceKind.init(userInput:)) { source.kind = kind }
    }
}
