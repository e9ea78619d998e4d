/// One article of the library with its claims, or the problem that kept it from loading.
public struct LibraryEntry: Sendable {
    public var articlePath: String
    public var article: Article?
    public var sidecar: SidecarFile?
    public var problems: [FileProblem]

    public var title: String { article?.title ?? articlePath }
    public var claims: [Claim] { sidecar?.sidecar.claims ?? [] }

    /// Loads an article and its sidecar; a problem with either is kept, not thrown, so that
    /// one bad file never hides the rest of a library.
    public static func load(articlePath: String) -> LibraryEntry {
        var entry = LibraryEntry(articlePath: articlePath, article: nil, sidecar: nil, problems: [])
        do {
            let article = try Article.read(articlePath)
            entry.article = article
            entry.problems += article.warnings
        } catch {
            entry.problems.append(error)
        }
        do {
            entry.sidecar = try SidecarFile.readOrEmpty(forArticle: articlePath)
        } catch {
            entry.problems.append(error)
        }
        return entry
    }

    public func verdictCounts() -> [Verdict: Int] {
        var counts: [Verdict: Int] = [:]
        for claim in claims { counts[claim.verdict, default: 0] += 1 }
        return counts
    }
}
