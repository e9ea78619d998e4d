import FoundationEssentials

/// An article as stored: Markdown with an optional metadata header between `---` lines.
/// The body (everything after the header) is what claim positions count in.
public struct Article: Sendable {
    public var path: String
    public var metadata: ArticleMetadata
    public var body: ScalarText
    /// Header lines that were not understood, and other things worth a look; the article
    /// still opens.
    public var warnings: [FileProblem]
    /// The line of the file on which the body starts, for messages about positions in it.
    public var bodyFirstLine: Int

    public var bodyString: String { String(decoding: body.bytes, as: UTF8.self) }

    /// The header's title, else the body's first line without its Markdown heading marks,
    /// else the file name. Worked out once, from the first bytes of the body only.
    public private(set) var title: String = ""

    static func title(metadata: ArticleMetadata, body: ScalarText, path: String) -> String {
        if let title = metadata.title, !title.isEmpty { return title }
        let opening = String(decoding: body.bytes.prefix(4096), as: UTF8.self)
        // Split on line ends of every kind: a CRLF is one Character, never equal to "\n".
        for line in opening.split(maxSplits: 20, omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let stripped = line.drop { $0 == "#" || $0 == " " }.trimmed()
            if !stripped.isEmpty { return stripped }
        }
        return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    public static func read(_ path: String) throws(FileProblem) -> Article {
        let bytes = try TextFile.readBytes(path)
        try TextFile.validateText(bytes, path: path)
        return parse(bytes, path: path)
    }

    public static func parse(_ bytes: [UInt8], path: String) -> Article {
        // A byte-order mark, as some Windows editors write it, is not part of the text:
        // the header after it is read, and positions count from after it.
        let text = Array(bytes.dropFirst(TextFile.byteOrderMarkLength(bytes)))
        var article: Article
        if let header = MetadataHeader.split(text) {
            var warnings: [FileProblem] = []
            let metadata = MetadataHeader.parse(header.lines, path: path, warnings: &warnings)
            article = Article(path: path, metadata: metadata, body: ScalarText(bytes: Array(text[header.bodyStart...])),
                              warnings: warnings, bodyFirstLine: header.bodyFirstLine)
        } else {
            var warnings: [FileProblem] = []
            if MetadataHeader.opensHeader(text) {
                warnings.append(FileProblem(path: path, line: 1, column: 1, severity: .warning,
                                            message: "the header opened by \"---\" is not closed by a \"---\" line within \(MetadataHeader.lineLimit) lines; the whole file is read as the body"))
            }
            article = Article(path: path, metadata: ArticleMetadata(), body: ScalarText(bytes: text), warnings: warnings, bodyFirstLine: 1)
        }
        article.title = title(metadata: article.metadata, body: article.body, path: path)
        return article
    }
}

/// What the header says about an article.
public struct ArticleMetadata: Sendable, Hashable {
    public var title: String?
    public var outlet: String?
    public var author: String?
    /// ISO 8601, as written.
    public var date: String?
    public var url: String?
    public var language: String?
    /// Other `key: value` lines, in the order written.
    public var extra: [(key: String, value: String)] = []

    public init(title: String? = nil, outlet: String? = nil, author: String? = nil, date: String? = nil,
                url: String? = nil, language: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.author = author
        self.date = date
        self.url = url
        self.language = language
    }

    public static func == (lhs: ArticleMetadata, rhs: ArticleMetadata) -> Bool {
        lhs.title == rhs.title && lhs.outlet == rhs.outlet && lhs.author == rhs.author && lhs.date == rhs.date
            && lhs.url == rhs.url && lhs.language == rhs.language
            && lhs.extra.map(\.key) == rhs.extra.map(\.key) && lhs.extra.map(\.value) == rhs.extra.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(url)
    }
}
