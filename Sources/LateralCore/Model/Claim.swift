/// A checkable statement in an article, anchored to its text as the W3C Web Annotation
/// model does it: a quote with its context, and a position.
public struct Claim: Sendable, Hashable, Identifiable {
    public var id: String
    public var quote: QuoteSelector
    public var position: PositionSelector
    /// Who the article says made the claim; nil when it is the article's own.
    public var claimant: String?
    public var verdict: Verdict
    public var attribution: Attribution
    public var rationale: String?
    public var links: [SourceLink]
    public var notes: [Note]
    public var created: Stamp?
    public var modified: Stamp?
    /// Every change of the verdict, oldest first: who, when, from what to what.
    public var history: [VerdictChange]
    /// Fields changed differently by two people, waiting for someone to choose.
    public var conflicts: [Conflict]
    public var extra: [String: JSONValue]

    public init(id: String, quote: QuoteSelector, position: PositionSelector, claimant: String? = nil,
                verdict: Verdict = .unverified, attribution: Attribution = .notApplicable,
                rationale: String? = nil, links: [SourceLink] = [], notes: [Note] = [],
                created: Stamp? = nil, modified: Stamp? = nil, history: [VerdictChange] = [],
                conflicts: [Conflict] = [], extra: [String: JSONValue] = [:]) {
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
