/// A checkable statement in an article, anchored to its text as the W3C Web Annotation
/// model does it: a quote with its context, and a position.
public struct Claim: Sendable, Hashable, Identifiable {
    /// The claim's fields, in a box its copies share until one of them is changed. A claims
    /// file's claims are copied whole whenever one of them changes in the reader (the reader
    /// keeps them as last saved, for a merge), then compared to find the one changed: 50,000
    /// claims of fourteen fields each took 27 ms to copy. 50,000 boxes are 50,000 references,
    /// and a claim compared with its own copy is found equal at once (docs/PERFORMANCE.md, 44).
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// What a claim holds; equal claims are claims with equal fields.
    private struct Fields: Hashable {
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
    }

    private var box: Box

    /// The box, copied first if another claim shares it.
    private var ownBox: Box {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            return box
        }
    }

    public var id: String {
        get { box.fields.id }
        set { ownBox.fields.id = newValue }
    }
    public var quote: QuoteSelector {
        get { box.fields.quote }
        set { ownBox.fields.quote = newValue }
    }
    public var position: PositionSelector {
        get { box.fields.position }
        set { ownBox.fields.position = newValue }
    }
    /// Who the article says made the claim; nil when it is the article's own.
    public var claimant: String? {
        get { box.fields.claimant }
        set { ownBox.fields.claimant = newValue }
    }
    public var verdict: Verdict {
        get { box.fields.verdict }
        set { ownBox.fields.verdict = newValue }
    }
    public var attribution: Attribution {
        get { box.fields.attribution }
        set { ownBox.fields.attribution = newValue }
    }
    public var rationale: String? {
        get { box.fields.rationale }
        set { ownBox.fields.rationale = newValue }
    }
    public var links: [SourceLink] {
        get { box.fields.links }
        set { ownBox.fields.links = newValue }
    }
    public var notes: [Note] {
        get { box.fields.notes }
        set { ownBox.fields.notes = newValue }
    }
    public var created: Stamp? {
        get { box.fields.created }
        set { ownBox.fields.created = newValue }
    }
    public var modified: Stamp? {
        get { box.fields.modified }
        set { ownBox.fields.modified = newValue }
    }
    /// Every change of the verdict, oldest first: who, when, from what to what.
    public var history: [VerdictChange] {
        get { box.fields.history }
        set { ownBox.fields.history = newValue }
    }
    /// Fields changed differently by two people, waiting for someone to choose.
    public var conflicts: [Conflict] {
        get { box.fields.conflicts }
        set { ownBox.fields.conflicts = newValue }
    }
    public var extra: [String: JSONValue] {
        get { box.fields.extra }
        set { ownBox.fields.extra = newValue }
    }

    public init(id: String, quote: QuoteSelector, position: PositionSelector, claimant: String? = nil,
                verdict: Verdict = .unverified, attribution: Attribution = .notApplicable,
                rationale: String? = nil, links: [SourceLink] = [], notes: [Note] = [],
                created: Stamp? = nil, modified: Stamp? = nil, history: [VerdictChange] = [],
                conflicts: [Conflict] = [], extra: [String: JSONValue] = [:]) {
        box = Box(Fields(id: id, quote: quote, position: position, claimant: claimant, verdict: verdict, attribution: attribution,
                         rationale: rationale, links: links, notes: notes, created: created, modified: modified, history: history,
                         conflicts: conflicts, extra: extra))
    }

    public static func == (left: Claim, right: Claim) -> Bool {
        left.box === right.box || left.box.fields == right.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }
}

/// What tests and debuggers print of a claim: its fields, not its box.
extension Claim: CustomDebugStringConvertible {
    public var debugDescription: String {
        "Claim" + String(describing: box.fields).drop { $0 != "(" }
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
