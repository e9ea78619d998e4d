import Foundation
import ArgumentParser
import LateralCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles, newest first, with their claims counted by verdict.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        let library: Library
        do {
            library = try Library.load(folder: options.folder)
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
        for entry in library.entries { entry.problems.filter { $0.severity == .error }.forEach(Console.report) }
        if json {
            Console.printJSON(.array(library.entries.map { ArticleSummary($0).json }))
            return
        }
        if library.entries.isEmpty {
            Console.print("No articles in \(library.folder).")
            return
        }
        for entry in library.entries {
            let metadata = entry.article?.metadata
            let date = Console.column(VisibleText.make(metadata?.date.map { String($0.prefix(10)) } ?? "", keepNewlines: false), 10)
            let outlet = Console.clipped(metadata?.outlet ?? "", to: 16).padding(toLength: 16, withPad: " ", startingAt: 0)
            let file = (entry.articlePath as NSString).lastPathComponent
            Console.print("\(date)  \(outlet)  \(Console.clipped(entry.title, to: 70))")
            Console.print("            \(file): \(verdictSummary(entry))")
        }
    }

    private func verdictSummary(_ entry: LibraryEntry) -> String {
        // Said here as well as on standard error, which a script may have sent elsewhere.
        if let problem = entry.problems.first(where: { $0.severity == .error }) {
            var place = (problem.path as NSString).lastPathComponent
            if let line = problem.line { place += ":\(line)" + (problem.column.map { ":\($0)" } ?? "") }
            return "cannot be read: \(place): \(problem.message)"
        }
        let counts = entry.verdictCounts()
        let total = entry.claims.count
        guard total > 0 else { return "no claims" }
        let parts = Verdict.allCases.compactMap { verdict in counts[verdict].map { "\(verdict.glyph) \($0) \(verdict.label)" } }
        return Plural.count(total, "claim") + ": " + parts.joined(separator: ", ")
    }
}

/// One article in `list --json`.
struct ArticleSummary {
    var path: String
    var title: String
    var outlet: String?
    var date: String?
    var url: String?
    var claims: Int
    var verdicts: [String: Int]
    var problems: [String]

    init(_ entry: LibraryEntry) {
        path = entry.articlePath
        title = entry.title
        outlet = entry.article?.metadata.outlet
        date = entry.article?.metadata.date
        url = entry.article?.metadata.url
        claims = entry.claims.count
        verdicts = Dictionary(uniqueKeysWithValues: entry.verdictCounts().map { ($0.key.rawValue, $0.value) })
        problems = entry.problems.map(\.description)
    }

    var json: JSONValue {
        .object([
            "path": .string(path), "title": .string(title), "outlet": .string(outlet), "date": .string(date),
            "url": .string(url), "claims": .number(claims), "verdicts": .object(verdicts.mapValues(JSONValue.number)),
            "problems": .array(problems.map(JSONValue.string)),
        ])
    }
}
