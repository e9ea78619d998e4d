/// A document that claims rest on or are attributed to, shared by every claim that links to it.
public struct Source: Sendable, Hashable, Identifiable {
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
    /// The copy's SHA-256 when it was stored, and the day it was retrieved, so that `check`
    /// can tell a copy that changed since.
    public var localCopySHA256: String?
    public var retrieved: String?
    /// Passages of the source that claims rest on, quoted exactly.
    public var passages: [Passage]
    /// How the source was read, and its limits: a copy instead of the original, a page that
    /// could not be reached.
    public var note: String?
    /// Fields changed differently by two people, waiting for someone to choose.
    public var conflicts: [Conflict]
    public var extra: [String: JSONValue]

    public init(id: String, title: String, publisher: String? = nil, author: String? = nil,
                date: String? = nil, url: String? = nil, archivedURL: String? = nil,
                kind: SourceKind, localCopy: String? = nil, passages: [Passage] = [], note: String? = nil,
                conflicts: [Conflict] = [], extra: [String: JSONValue] = [:]) {
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
        self.conflicts = conflicts
        self.extra = extra
    }

    /// Whether a date is ISO 8601 as the claims file keeps dates: `2024-02-01`, `2024-02`, `2024`.
    public static func isISO8601Date(_ text: String) -> Bool {
        MetadataHeader.isISO8601Date(text)
    }

    public func passage(id passageID: String) -> Passage? {
        passages.first { $0.id == passageID }
    }
}

/// A passage of a source, copied exactly, that a claim's verdict rests on.
public struct Passage: Sendable, Hashable, Identifiable {
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
}
