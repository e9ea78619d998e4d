import ArgumentParser
import Foundation
import LateralCore

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
        var unreadable = false
        var articlePaths: [String] = []
        for path in paths.isEmpty ? [options.folder] : paths {
            do {
                articlePaths += try CheckCommand.articles(at: path)
            } catch {
                Console.report(error)
                unreadable = true
            }
        }
        var findingCount = 0
        var claimCount = 0
        for path in articlePaths {
            var check = ArticleCheck.run(articlePath: path)
            if fix && !check.fixableClaimIDs.isEmpty {
                do {
                    let result = try check.fixed()
                    check = result.check
                    Console.print("\(check.entry.sidecar?.path ?? path): fixed \(result.count) claim\(result.count == 1 ? "" : "s")")
                } catch {
                    Console.report(error)
                    unreadable = true
                }
            }
            claimCount += check.entry.claims.count
            for finding in check.findings {
                Console.print(VisibleText.make(finding.description, keepNewlines: false))
                if finding.isUnreadable { unreadable = true } else { findingCount += 1 }
            }
        }
        if !quiet {
            let articles = "\(articlePaths.count) article\(articlePaths.count == 1 ? "" : "s")"
            Console.print("checked \(articles), \(claimCount) claims: \(findingCount == 0 ? "no findings" : "\(findingCount) finding\(findingCount == 1 ? "" : "s")")")
        }
        if unreadable { throw ExitStatus.usageOrUnreadable.code }
        if findingCount > 0 { throw ExitStatus.findings.code }
    }

    /// The articles a PATH argument names: itself, the article beside a claims file, or every
    /// article in a folder.
    static func articles(at path: String) throws(FileProblem) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileProblem(path: path, message: "no such file or folder", isUnreadable: true)
        }
        if isDirectory.boolValue { return try Library.articlePaths(in: path) }
        let claimsSuffix = ".claims.json"
        if path.hasSuffix(claimsSuffix) { return [String(path.dropLast(claimsSuffix.count)) + ".md"] }
        return [path]
    }
}
