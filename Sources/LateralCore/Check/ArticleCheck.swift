/// Everything `lateral check` finds in one article and its claims.
public struct ArticleCheck: Sendable {
    public var entry: LibraryEntry
    /// How each claim was anchored, in sidecar order.
    public var anchors: [AnchorResult]
    public var findings: [FileProblem]
    /// Claims whose stored anchor differs from where they were found, and so can be fixed.
    public var fixableClaimIDs: [String]

    /// Whether the article or its claims file could not be read, so nothing in it was checked.
    public var couldNotRead: Bool { entry.article == nil || entry.sidecar == nil }

    /// Validates an article and its sidecar, anchors every claim, and lists what needs a look.
    public static func run(articlePath: String) -> ArticleCheck {
        let entry = LibraryEntry.load(articlePath: articlePath)
        var check = ArticleCheck(entry: entry, anchors: [], findings: entry.problems, fixableClaimIDs: [])
        guard let article = entry.article, let sidecarFile = entry.sidecar else { return check }
        let anchorer = Anchorer(text: article.body)
        check.anchors = sidecarFile.sidecar.claims.map(anchorer.anchor)
        check.findings += ClaimFindings(sidecarFile: sidecarFile, article: article, anchors: check.anchors).all()
        check.fixableClaimIDs = zip(sidecarFile.sidecar.claims, check.anchors)
            .filter { $0.1.method == .moved || $0.1.method == .fuzzy }.map { $0.0.id }
        return check
    }

    /// Writes moved and approximately matched anchors back to the sidecar, safely, and
    /// checks again.
    /// - Returns: the check of the fixed files, and how many claims were updated.
    public func fixed() throws(FileProblem) -> (check: ArticleCheck, count: Int) {
        guard var sidecarFile = entry.sidecar, let article = entry.article, !fixableClaimIDs.isEmpty else {
            return (self, 0)
        }
        for index in sidecarFile.sidecar.claims.indices {
            guard let range = anchors[index].range, anchors[index].method != .exact else { continue }
            // Field by field, so that fields Lateral does not know stay in the file.
            let found = QuoteSelector(text: article.body, range: range)
            sidecarFile.sidecar.claims[index].position.start = range.lowerBound
            sidecarFile.sidecar.claims[index].position.end = range.upperBound
            sidecarFile.sidecar.claims[index].quote.exact = found.exact
            sidecarFile.sidecar.claims[index].quote.prefix = found.prefix
            sidecarFile.sidecar.claims[index].quote.suffix = found.suffix
        }
        try sidecarFile.save()
        return (ArticleCheck.run(articlePath: entry.articlePath), fixableClaimIDs.count)
    }
}
