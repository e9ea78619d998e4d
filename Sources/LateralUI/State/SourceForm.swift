import LateralCore

/// A link being made from a claim to a source, step by step: which source (perhaps a new one
/// from the form), in which relation, with which passage.
public struct LinkDraft: Sendable, Hashable {
    public var claimID: String
    public var sourceID: String
    /// A source entered in the form: added with the link, as one change.
    public var newSource: Source?
    public var relation: Relation = .cites

    public init(claimID: String, sourceID: String, newSource: Source? = nil) {
        self.claimID = claimID
        self.sourceID = sourceID
        self.newSource = newSource
    }
}

/// The form of a source's description: one line each for its title, URL, publisher, author,
/// date and kind, each edited as the editor edits a line.
public struct SourceForm: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// A new source, linked to this claim once the form is done.
        case new(claimID: String)
        case edit(sourceID: String)
    }

    public enum Field: String, Sendable, CaseIterable {
        case title, url = "URL", publisher, author, date, kind
    }

    public var purpose: Purpose
    public private(set) var editors: [TextEditor]
    public var focus = 0
    /// What each field held when the form opened: only fields changed here are written, so
    /// that a change another program made to the others meanwhile stays.
    private let initial: [String]

    public init(purpose: Purpose, source: Source? = nil) {
        self.purpose = purpose
        let values: [Field: String?] = [.title: source?.title, .url: source?.url, .publisher: source?.publisher, .author: source?.author,
                                        .date: source?.date, .kind: (source?.kind ?? .secondary).rawValue]
        editors = Field.allCases.map { TextEditor(purpose: .field($0.rawValue), text: (values[$0] ?? nil) ?? "") }
        initial = editors.map(\.text)
    }

    public var title: String {
        switch purpose {
        case .new(let claimID): return "new source for claim \(claimID)"
        case .edit(let sourceID): return "source \(sourceID)"
        }
    }

    public var focusedField: Field { Field.allCases[focus] }

    /// A key typed or a command for the field with the focus; a line break pasted into a
    /// one-line field becomes a space.
    public mutating func apply(_ command: EditorCommand) {
        switch command {
        case .insert(let character) where character.isNewline: editors[focus].apply(.insert(" "))
        case .newline, .up, .down: break
        default: editors[focus].apply(command)
        }
    }

    public mutating func moveFocus(by step: Int) {
        focus = (focus + step + editors.count) % editors.count
    }

    func value(_ field: Field) -> String? {
        let text = editors[Field.allCases.firstIndex(of: field)!].text.trimmed(.spaces)
        return text.isEmpty ? nil : text
    }

    func changed(_ field: Field) -> Bool {
        let index = Field.allCases.firstIndex(of: field)!
        return editors[index].text != initial[index]
    }

    /// The form's values written into a source (its passages, notes and the rest kept), or
    /// what is wrong, with the focus put on the field to correct.
    public mutating func fill(_ source: inout Source) throws(EditRefusal) {
        func refuse(_ field: Field, _ message: String) -> EditRefusal {
            focus = Field.allCases.firstIndex(of: field)!
            return EditRefusal(message)
        }
        guard let title = value(.title) else { throw refuse(.title, "a source needs its title") }
        let date = value(.date)
        if changed(.date), let date, !Source.isISO8601Date(date) {
            throw refuse(.date, "\"\(date)\" is not an ISO 8601 date: write 2024-02-01, 2024-02 or 2024")
        }
        let kindWord = value(.kind) ?? SourceKind.secondary.rawValue
        guard let kind = SourceKind(rawValue: kindWord.lowercased()) else {
            throw refuse(.kind, "the kind is primary (the document itself) or secondary (a report about it)")
        }
        if changed(.title) || source.title.isEmpty { source.title = title }
        if changed(.url) { source.url = value(.url) }
        if changed(.publisher) { source.publisher = value(.publisher) }
        if changed(.author) { source.author = value(.author) }
        if changed(.date) { source.date = date }
        if changed(.kind) { source.kind = kind }
    }
}
