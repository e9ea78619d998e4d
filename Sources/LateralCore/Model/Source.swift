/// A document that claims rest on or are attributed to, shared by every claim that links to it.
public struct Source: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var publisher: String?
    public var author: String?
    /// Publication date as written, ISO 8601 (`2022-05-16`).
    public var date: String?
    public var url: String?
    public var archivedURL: String?
    public var kind: SourceKind
    /// A copy of the document in the library, relative to the sidecar's folder.
    public var localCopy: String?
    /// Passages of the source that claims rest on, quoted exactly.
    public var passages: [Passage]
    /// How the source was read, and its limits: a copy instead of the original, a page that
    /// could not be reached.
    public var note: String?
    public var extra: [String: JSONValue]

    public init(id: String, title: String, publisher: String? = nil, author: String? = nil,
                date: String? = nil, url: String? = nil, archivedURL: String? = nil,
                kind: SourceKind, localCopy: String? = nil, passages: [Passage] = [], note: String? = nil,
                extra: [String: JSONValue] = [:]) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.author = author
        self.date = date
        self.url = url
        self.archivedURL = archivedURL
        self.kind = kind
        self.localCopy = localCopy
        self.passages = passages
        self.note = note
        self.extra = extra
    }

    public func passage(id passageID: String) -> Passage? {
        passages.first { $0.id == passageID }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, publisher, author, date, url, archivedURL = "archivedUrl", kind, localCopy, passages, note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        author = try c.decodeIfPresent(String.self, forKey: .author)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        archivedURL = try c.decodeIfPresent(String.self, forKey: .archivedURL)
        kind = try c.decode(SourceKind.self, forKey: .kind)
        localCopy = try c.decodeIfPresent(String.self, forKey: .localCopy)
        passages = try c.decodeIfPresent([Passage].self, forKey: .passages) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note)
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(publisher, forKey: .publisher)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(archivedURL, forKey: .archivedURL)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(localCopy, forKey: .localCopy)
        try c.encode(passages, forKey: .passages)
        try c.encodeIfPresent(note, forKey: .note)
        try encoder.encodeUnknownFields(extra)
    }
}

/// A passage of a source, copied exactly, that a claim's verdict rests on.
public struct Passage: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var exact: String
    /// Where in the source it stands, for a reader without a local copy ("p. 3", "section 2").
    public var location: String?
    public var extra: [String: JSONValue]

    public init(id: String, exact: String, location: String? = nil, extra: [String: JSONValue] = [:]) {
        self.id = id
        self.exact = exact
        self.location = location
        self.extra = extra
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, exact, location }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        exact = try c.decode(String.self, forKey: .exact)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        extra = try decoder.unknownFields(besides: CodingKeys.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(exact, forKey: .exact)
        try c.encodeIfPresent(location, forKey: .location)
        try encoder.encodeUnknownFields(extra)
    }
}
