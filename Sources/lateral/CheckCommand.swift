import ArgumentParser
import Dispatch
import FoundationEssentials
import Glibc
import LateralCore
import Synchronization

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate articles and their claims; report orphans, moved claims, verdicts without a source and dangling links.",
        discussion: """
            PATH is an article, a claims file, or a folder of articles (default: the library). \
            Exit status: 0 when clean, 1 with findings, 2 when a file cannot be read or the usage is wrong.
            """)

    @OptionGroup var options: LibraryOptions
    @Argument(help: "Articles, claims files or folders.") var paths: [String] = []
    @Flag(help: "Write the new places of moved claims back to their claims files, safely.") var fix = false
    @Flag(name: .shortAndLong, help: "Only the findings, no summary line.") var quiet = false

    func run() throws {
        var unreadableCount = 0
        var articlePaths: [String] = []
        for path in paths.isEmpty ? [options.folder] : paths {
            do {
                articlePaths += try CheckCommand.articles(at: path, library: options.folder)
            } catch {
                Console.report(error)
                unreadableCount += 1
            }
        }
        // An article named twice is checked (and fixed) once.
        var seen = Set<String>()
        articlePaths = articlePaths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        var findingCount = 0
        var claimCount = 0
        let progress = Progress(verb: "checking", noun: "article", enabled: !quiet)
        var checkedCount = 0
        progress.update(done: 0, total: articlePaths.count)
        for (path, checked) in CheckCommand.checks(of: articlePaths) {
            var check = checked
            checkedCount += 1
            if !check.findings.isEmpty || (fix && !check.fixableClaimIDs.isEmpty) { progress.erase() }
            if fix && !check.fixableClaimIDs.isEmpty {
                do {
                    let result = try check.fixed()
                    check = result.check
                    Console.print("\(check.entry.sidecar?.path ?? path): fixed \(Plural.count(result.count, "claim"))")
                } catch {
                    Console.report(error)
                    unreadableCount += 1
                }
            }
            claimCount += check.entry.claims.count
            for finding in check.findings { Console.print(VisibleText.make(finding.description, keepNewlines: false)) }
            if check.couldNotRead {
                unreadableCount += 1
            } else {
                findingCount += check.findings.count
            }
            progress.update(done: checkedCount, total: articlePaths.count)
        }
        progress.erase()
        if !quiet {
            var summary = "checked \(Plural.count(articlePaths.count, "article")), \(Plural.count(claimCount, "claim")): "
            summary += findingCount == 0 ? (unreadableCount == 0 ? "no findings" : "") : Plural.count(findingCount, "finding")
            if unreadableCount > 0 {
                summary += (findingCount == 0 ? "" : "; ") + "\(Plural.count(unreadableCount, "file")) could not be read"
            }
            Console.print(summary)
        }
        if unreadableCount > 0 { throw ExitStatus.usageOrUnreadable.code }
        if findingCount > 0 { throw ExitStatus.findings.code }
    }

    /// Every article checked, in order, a few at a time on every core: checking is reading and
    /// anchoring, and articles are independent. Batches keep only a few articles in memory.
    static func checks(of paths: [String]) -> some Sequence<(String, ArticleCheck)> {
        let batch = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        return stride(from: 0, to: paths.count, by: batch).lazy.flatMap { start -> [(String, ArticleCheck)] in
            let slice = Array(paths[start..<min(paths.count, start + batch)])
            let results = Mutex<[Int: ArticleCheck]>([:])
            DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                let check = ArticleCheck.run(articlePath: slice[index])
                results.withLock { $0[index] = check }
            }
            let done = results.withLock { $0 }
            return slice.indices.map { (slice[$0], done[$0]!) }
        }
    }

    /// The articles a PATH argument names: itself, the article beside a claims file, every
    /// article in a folder, or the article of the library whose name starts with it.
    static func articles(at path: String, library: String) throws(FileProblem) -> [String] {
        if FileKind.of(path) == .folder {
            return try Library.articlePaths(in: path)
        }
        if path.hasSuffix(SidecarFile.suffix) { return [String(path.dropLast(SidecarFile.suffix.count)) + ".md"] }
        if FileManager.default.fileExists(atPath: path) { return [path] }
        return [try Library.resolveArticle(path, folder: library)]
    }
}
