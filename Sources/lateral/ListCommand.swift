import ArgumentParser
import LateralCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles, newest first, with their claims counted by verdict.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON for scripts.") var json = false

    func run() throws {
        let library: [ArticleSummary]
        do {
            let progress = Progress(verb: "reading", noun: "article")
            defer { progress.erase() }
            library = try Library.summaries(folder: options.folder, progress: progress.update)
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
        for entry in library { entry.problems.filter { $0.severity == .error }.forEach(Console.report) }
        if json {
            Console.printJSON(.array(library.map(\.listJSON)))
            return
        }
        if library.isEmpty {
            Console.print("No articles in \(options.folder).")
            return
        }
        for entry in library {
            let date = Console.column(VisibleText.make(entry.date.map { String($0.prefix(10)) } ?? "", keepNewlines: false), 10)
            let outlet = Console.column(Console.clipped(entry.outlet ?? "", to: 16), 16)
            let file = Path.lastComponent(of: entry.articlePath)
            Console.print("\(date)  \(outlet)  \(Console.clipped(entry.title, to: 70))")
            Console.print("            \(file): \(verdictSummary(entry))")
        }
    }

    private func verdictSummary(_ entry: ArticleSummary) -> String {
        // Said here as well as on standard error, which a script may have sent elsewhere.
        if let problem = entry.problems.first(where: { $0.severity == .error }) {
            var place = Path.lastComponent(of: problem.path)
            if let line = problem.line { place += ":\(line)" + (problem.column.map { ":\($0)" } ?? "") }
            return "cannot be read: \(place): \(problem.message)"
        }
        guard entry.claimCount > 0 else { return "no claims" }
        let parts = Verdict.allCases.compactMap { verdict in entry.verdicts[verdict].map { "\(verdict.glyph) \($0) \(verdict.label)" } }
        return Plural.count(entry.claimCount, "claim") + ": " + parts.joined(separator: ", ")
    }
}

extension ArticleSummary {
    /// One article in `list --json`.
    var listJSON: JSONValue {
        .object([
            "path": .string(articlePath), "title": .string(title), "outlet": .string(outlet), "date": .string(date),
            "url": .string(url), "claims": .number(claimCount),
            "verdicts": .object(Dictionary(uniqueKeysWithValues: verdicts.map { ($0.key.rawValue, JSONValue.number($0.value)) })),
            "problems": .array(problems.map { .string($0.description) }),
        ])
    }
}
