/// A checkable statement in an article, anchored to its text as the W3C Web Annotation
/// model does it: a quote with its context, and a position.
public struct Claim: Codable, Sendable, Hashable, Identifiable {
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
    public var extra: [String: JSONValue]

    public init(id: String, quote: QuoteSelector, position: PositionSelector, claimant: String? = nil,
                verdict: Verdict = .unverified, attribution: Attribution = .notApplicable,
                rationale: String? = nil, links: [SourceLink] = [], notes: [Note] = [],
                created: Stamp? = nil, modified: Stamp? = nil, extra: [String: JSONValue] = [:]) {
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
        self.extra = extra
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, quote, position, claimant, verdict, attribution, rationale, links, notes, created, modified
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        quote = try c.decode(QuoteSelector.self, forKey: .quote)
        position = try c.decode(PositionSelector.self, forKey: .position)
        claimant = try c.decodeIfPresent(String.self, forKey: .claimant)
        verdict = try c.decodeIfPresent(Verdict.self, forKey: .verdict) ?? .unverified
        attribution = try c.decodeIfPresent(Attribution.self, forKey: .attribution) ?? .notApplicable
        rationale = try c.decodeIfPresent(String.self, forKey: .rationale)
        links = try c.decodeIfPresent([SourceLink].self, forKey: .links) ?? []
        notes = try c.decodeIfPresent([Note].self, forKey: .notes) ?? []
        created = try c.decodeIfPresent(Stamp.self, forKey: .created)
        modified = try c.decodeIfPresent(Stamp.self, forKey: .modified)
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(quote, forKey: .quote)
        try c.encode(position, forKey: .position)
        try c.encodeIfPresent(claimant, forKey: .claimant)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(attribution, forKey: .attribution)
        try c.encodeIfPresent(rationale, forKey: .rationale)
        try c.encode(links, forKey: .links)
        try c.encode(notes, forKey: .notes)
        try c.encodeIfPresent(created, forKey: .created)
        try c.encodeIfPresent(modified, forKey: .modified)
        try encoder.encodeUnknownFields(extra)
    }
}

/// W3C TextQuoteSelector: the quoted text with up to 32 scalars of context on each side.
public struct QuoteSelector: Codable, Sendable, Hashable {
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

    enum CodingKeys: String, CodingKey { case exact, prefix, suffix }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        exact = try c.decode(String.self, forKey: .exact)
        prefix = try c.decodeIfPresent(String.self, forKey: .prefix) ?? ""
        suffix = try c.decodeIfPresent(String.self, forKey: .suffix) ?? ""
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(exact, forKey: .exact)
        try c.encode(prefix, forKey: .prefix)
        try c.encode(suffix, forKey: .suffix)
        try encoder.encodeUnknownFields(extra)
    }
}

/// W3C TextPositionSelector: start and end, counted in Unicode scalars of the article body.
public struct PositionSelector: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var extra: [String: JSONValue]

    public init(start: Int, end: Int, extra: [String: JSONValue] = [:]) {
        self.start = start
        self.end = end
        self.extra = extra
    }

    enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try encoder.encodeUnknownFields(extra)
    }
}

/// A claim's tie to a source.
public struct SourceLink: Codable, Sendable, Hashable {
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

    enum CodingKeys: String, CodingKey, CaseIterable { case source, relation, passage }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        relation = try c.decode(Relation.self, forKey: .relation)
        passage = try c.decodeIfPresent(String.self, forKey: .passage)
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(relation, forKey: .relation)
        try c.encodeIfPresent(passage, forKey: .passage)
        try encoder.encodeUnknownFields(extra)
    }
}

public struct Note: Codable, Sendable, Hashable {
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

    enum CodingKeys: String, CodingKey { case author, time, text }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        author = try c.decode(String.self, forKey: .author)
        time = try c.decode(String.self, forKey: .time)
        text = try c.decode(String.self, forKey: .text)
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(author, forKey: .author)
        try c.encode(time, forKey: .time)
        try c.encode(text, forKey: .text)
        try encoder.encodeUnknownFields(extra)
    }
}

/// Who changed something, and when (ISO 8601).
public struct Stamp: Codable, Sendable, Hashable {
    public var author: String
    public var time: String
    public var extra: [String: JSONValue]

    public init(author: String, time: String, extra: [String: JSONValue] = [:]) {
        self.author = author
        self.time = time
        self.extra = extra
    }

    enum CodingKeys: String, CodingKey { case author, time }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        author = try c.decode(String.self, forKey: .author)
        time = try c.decode(String.self, forKey: .time)
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(author, forKey: .author)
        try c.encode(time, forKey: .time)
        try encoder.encodeUnknownFields(extra)
    }
}
