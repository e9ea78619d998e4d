/// What the library screen and `lateral list` show of an article: its title, outlet, date
/// and address, its claims counted by verdict, and what is wrong with its files. Small enough
/// to keep in the library's index, so that a library is listed without reading its files.
public struct ArticleSummary: Sendable, Hashable {
    public var articlePath: String
    public var title: String
    public var outlet: String?
    public var date: String?
    public var url: String?
    public var claimCount: Int
    public var verdicts: [Verdict: Int]
    public var problems: [FileProblem]

    public init(_ entry: LibraryEntry) {
        self.init(articlePath: entry.articlePath, article: entry.article, verdicts: entry.verdictCounts(), problems: entry.problems)
    }

    init(articlePath: String, article: Article?, verdicts: [Verdict: Int], problems: [FileProblem]) {
        self.articlePath = articlePath
        title = article?.title ?? articlePath
        outlet = article?.metadata.outlet
        date = article?.metadata.date
        url = article?.metadata.url
        claimCount = verdicts.values.reduce(0, +)
        self.verdicts = verdicts
        self.problems = problems
    }

    /// An article's summary read from its files; its claims are counted as they are read,
    /// none of them kept, when the claims file reads cleanly (else it is read whole, which
    /// says what is wrong with it).
    public static func read(articlePath: String) -> ArticleSummary {
        guard let verdicts = StreamedClaimsFile.count(SidecarFile.path(forArticle: articlePath)) else {
            return ArticleSummary(LibraryEntry.load(articlePath: articlePath))
        }
        do {
            let article = try Article.read(articlePath)
            return ArticleSummary(articlePath: articlePath, article: article, verdicts: verdicts, problems: article.warnings)
        } catch {
            return ArticleSummary(articlePath: articlePath, article: nil, verdicts: verdicts, problems: [error])
        }
    }
}

extension ArticleSummary {
    /// As the index keeps it (and `list --json` prints it, with the problems as text).
    /// Paths that name the article or its claims file are kept as `@article` and `@claims`,
    /// so that a library reached by another spelling of its folder shows its own paths.
    var indexJSON: JSONValue {
        let claimsPath = SidecarFile.path(forArticle: articlePath)
        func place(_ path: String) -> String { path == articlePath ? "@article" : path == claimsPath ? "@claims" : path }
        return .object([
            "title": .string(title == articlePath ? "@article" : title), "outlet": .string(outlet), "date": .string(date),
            "url": .string(url),
            "claims": .number(claimCount),
            "verdicts": .object(Dictionary(uniqueKeysWithValues: verdicts.map { ($0.key.rawValue, JSONValue.number($0.value)) })),
            "problems": .array(problems.map { problem in
                .object([
                    "path": .string(place(problem.path)), "line": problem.line.map(JSONValue.number), "column": problem.column.map(JSONValue.number),
                    "severity": .string(problem.severity.rawValue), "message": .string(problem.message),
                    "unreadable": .bool(problem.isUnreadable),
                ])
            }),
        ])
    }

    /// A summary as the index kept it; nil if it does not read as one (then it is made again).
    init?(articlePath: String, indexJSON json: JSONValue) {
        guard case .object(let fields) = json, case .string(let title)? = fields["title"], let claims = fields["claims"]?.intValue,
              case .object(let verdicts)? = fields["verdicts"], case .array(let problems)? = fields["problems"] else { return nil }
        func text(_ value: JSONValue?) -> String? { if case .string(let text)? = value { text } else { nil } }
        self.articlePath = articlePath
        self.title = title
        outlet = text(fields["outlet"])
        date = text(fields["date"])
        url = text(fields["url"])
        claimCount = claims
        var counts: [Verdict: Int] = [:]
        for (word, count) in verdicts {
            guard let verdict = Verdict(rawValue: word), let count = count.intValue else { return nil }
            counts[verdict] = count
        }
        self.verdicts = counts
        var read: [FileProblem] = []
        for problem in problems {
            guard case .object(let fields) = problem, let path = text(fields["path"]), let message = text(fields["message"]),
                  let severity = text(fields["severity"]).flatMap(FileProblem.Severity.init(rawValue:)) else { return nil }
            read.append(FileProblem(path: path, line: fields["line"]?.intValue, column: fields["column"]?.intValue, severity: severity,
                                    message: message, isUnreadable: fields["unreadable"] == .bool(true)))
        }
        self.problems = read
        place(at: articlePath)
    }

    /// The summary of the same file reached by another path: the paths it names follow.
    mutating func place(at path: String) {
        let claimsPath = SidecarFile.path(forArticle: path)
        func placed(_ stored: String) -> String {
            switch stored {
            case "@article", articlePath: return path
            case "@claims", SidecarFile.path(forArticle: articlePath): return claimsPath
            default: return stored
            }
        }
        if title == "@article" || title == articlePath { title = path }
        problems = problems.map { problem in
            var problem = problem
            problem.path = placed(problem.path)
            return problem
        }
        articlePath = path
    }
}
