/// A checkable statement in an article, anchored to its text as the W3C Web Annotation
/// model does it: a quote with its context, and a position.
public struct Claim: Sendable, Hashable, Identifiable {
    /// The claim's fields, in a box its copies share until one of them is changed. A claims
    /// file's claims are copied whole whenever one of them changes in the reader (the reader
    /// keeps them as last saved, for a merge), then compared to find the one changed: 50,000
    /// claims of fourteen fields each took 27 ms to copy. 50,000 boxes are 50,000 references,
    /// and a claim compared with its own copy is found equal at once (docs/PERFORMANCE.md, 44).
    private final class Fields: @unchecked Sendable {
        var id: String
        var quote: QuoteSelector
        var position: PositionSelector
        var claimant: String?
        var verdict: Verdict
        var attribution: Attribution
        var rationale: String?
        var links: [SourceLink]
        var notes: [Note]
        var created: Stamp?
        var modified: Stamp?
        var history: [VerdictChange]
        var conflicts: [Conflict]
        var extra: [String: JSONValue]

        init(id: String, quote: QuoteSelector, position: PositionSelector, claimant: String?, verdict: Verdict,
             attribution: Attribution, rationale: String?, links: [SourceLink], notes: [Note], created: Stamp?,
             modified: Stamp?, history: [VerdictChange], conflicts: [Conflict], extra: [String: JSONValue]) {
            self.id = id
            self.quote = quote
            self.position = position
            self.claimant = claimant
            self.verdict = verdict
            self.attribution = attribution
            self.rationale = rationale
            self.links = links
            self.notes = notes
            self.created = created
            self.modified = modified
            self.history = history
            self.conflicts = conflicts
            self.extra = extra
        }

        func copy() -> Fields {
            Fields(id: id, quote: quote, position: position, claimant: claimant, verdict: verdict, attribution: attribution,
                   rationale: rationale, links: links, notes: notes, created: created, modified: modified, history: history,
                   conflicts: conflicts, extra: extra)
        }
    }

    private var fields: Fields

    /// The box, copied first if another claim shares it.
    private var ownFields: Fields {
        mutating get {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            return fields
        }
    }

    public var id: String {
        get { fields.id }
        set { ownFields.id = newValue }
    }
    public var quote: QuoteSelector {
        get { fields.quote }
        set { ownFields.quote = newValue }
    }
    public var position: PositionSelector {
        get { fields.position }
        set { ownFields.position = newValue }
    }
    /// Who the article says made the claim; nil when it is the article's own.
    public var claimant: String? {
        get { fields.claimant }
        set { ownFields.claimant = newValue }
    }
    public var verdict: Verdict {
        get { fields.verdict }
        set { ownFields.verdict = newValue }
    }
    public var attribution: Attribution {
        get { fields.attribution }
        set { ownFields.attribution = newValue }
    }
    public var rationale: String? {
        get { fields.rationale }
        set { ownFields.rationale = newValue }
    }
    public var links: [SourceLink] {
        get { fields.links }
        set { ownFields.links = newValue }
    }
    public var notes: [Note] {
        get { fields.notes }
        set { ownFields.notes = newValue }
    }
    public var created: Stamp? {
        get { fields.created }
        set { ownFields.created = newValue }
    }
    public var modified: Stamp? {
        get { fields.modified }
        set { ownFields.modified = newValue }
    }
    /// Every change of the verdict, oldest first: who, when, from what to what.
    public var history: [VerdictChange] {
        get { fields.history }
        set { ownFields.history = newValue }
    }
    /// Fields changed differently by two people, waiting for someone to choose.
    public var conflicts: [Conflict] {
        get { fields.conflicts }
        set { ownFields.conflicts = newValue }
    }
    public var extra: [String: JSONValue] {
        get { fields.extra }
        set { ownFields.extra = newValue }
    }

    public init(id: String, quote: QuoteSelector, position: PositionSelector, claimant: String? = nil,
                verdict: Verdict = .unverified, attribution: Attribution = .notApplicable,
                rationale: String? = nil, links: [SourceLink] = [], notes: [Note] = [],
                created: Stamp? = nil, modified: Stamp? = nil, history: [VerdictChange] = [],
                conflicts: [Conflict] = [], extra: [String: JSONValue] = [:]) {
        fields = Fields(id: id, quote: quote, position: position, claimant: claimant, verdict: verdict, attribution: attribution,
                        rationale: rationale, links: links, notes: notes, created: created, modified: modified, history: history,
                        conflicts: conflicts, extra: extra)
    }

    public static func == (left: Claim, right: Claim) -> Bool {
        if left.fields === right.fields { return true }
        return left.id == right.id
            && left.quote == right.quote
            && left.position == right.position
            && left.claimant == right.claimant
            && left.verdict == right.verdict
            && left.attribution == right.attribution
            && left.rationale == right.rationale
            && left.links == right.links
            && left.notes == right.notes
            && left.created == right.created
            && left.modified == right.modified
            && left.history == right.history
            && left.conflicts == right.conflicts
            && left.extra == right.extra
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(quote)
        hasher.combine(position)
        hasher.combine(claimant)
        hasher.combine(verdict)
        hasher.combine(attribution)
        hasher.combine(rationale)
        hasher.combine(links)
        hasher.combine(notes)
        hasher.combine(created)
        hasher.combine(modified)
        hasher.combine(history)
        hasher.combine(conflicts)
        hasher.combine(extra)
    }
}

/// What tests and debuggers print of a claim: its fields, not its box.
extension Claim: CustomDebugStringConvertible {
    public var debugDescription: String {
        let fields: [(String, Any)] = [("id", id), ("quote", quote), ("position", position), ("claimant", claimant as Any),
                                       ("verdict", verdict), ("attribution", attribution), ("rationale", rationale as Any),
                                       ("links", links), ("notes", notes), ("created", created as Any), ("modified", modified as Any),
                                       ("history", history), ("conflicts", conflicts), ("extra", extra)]
        return "Claim(" + fields.map { "\($0.0): \(String(reflecting: $0.1))" }.joined(separator: ", ") + ")"
    }
}

/// W3C TextQuoteSelector: the quoted text with up to 32 scalars of context on each side.
public struct QuoteSelector: Sendable, Hashable {
    public var exact: String
    public var prefix: String
    public var suffix: String
    public var extra: [String: JSONValue]

    public init(exact: String, prefix: String = "", suffix: String = "", extra: [String: JSONValue] = [:]) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.extra = extra
    }
}

/// W3C TextPositionSelector: start and end, counted in Unicode scalars of the article body.
public struct PositionSelector: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var extra: [String: JSONValue]

    public init(start: Int, end: Int, extra: [String: JSONValue] = [:]) {
        self.start = start
        self.end = end
        self.extra = extra
    }
}

/// A claim's tie to a source.
public struct SourceLink: Sendable, Hashable {
    public var source: String
    public var relation: Relation
    /// The id of the source's passage that matters, if one does.
    public var passage: String?
    public var extra: [String: JSONValue]

    public init(source: String, relation: Relation, passage: String? = nil, extra: [String: JSONValue] = [:]) {
        self.source = source
        self.relation = relation
        self.passage = passage
        self.extra = extra
    }
}

public struct Note: Sendable, Hashable {
    public var author: String
    /// ISO 8601 date and time.
    public var time: String
    public var text: String
    public var extra: [String: JSONValue]

    public init(author: String, time: String, text: String, extra: [String: JSONValue] = [:]) {
        self.author = author
        self.time = time
        self.text = text
        self.extra = extra
    }
}

/// Who changed something, and when (ISO 8601).
public struct Stamp: Sendable, Hashable {
    public var author: String
    public var time: String
    public var extra: [String: JSONValue]

    public init(author: String, time: String, extra: [String: JSONValue] = [:]) {
        self.author = author
        self.time = time
        self.extra = extra
    }
}

/// One change of a claim's verdict, kept in the claim so that a report can say who changed
/// what, and when.
public struct VerdictChange: Sendable, Hashable {
    public var author: String
    public var time: String
    public var from: Verdict
    public var to: Verdict
    public var extra: [String: JSONValue]

    public init(author: String, time: String, from: Verdict, to: Verdict, extra: [String: JSONValue] = [:]) {
        self.author = author
        self.time = time
        self.from = from
        self.to = to
        self.extra = extra
    }
}
