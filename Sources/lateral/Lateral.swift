import ArgumentParser
import FoundationEssentials

struct Lateral: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lateral",
        abstract: "Read the news critically: articles with every claim checked, in a terminal.",
        discussion: """
            The library is a folder of Markdown articles, each with a NAME.claims.json beside it \
            (Articles/ by default; --library PATH or LATERAL_LIBRARY choose another). An ARTICLE \
            argument is a path, or a unique prefix of an article's file name in the library.
            """,
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, ClaimsCommand.self, SourcesCommand.self, CheckCommand.self,
                      ClaimCommand.self, AnnotateCommand.self, NoteCommand.self, SourceCommand.self, LinkCommand.self, UnlinkCommand.self,
                      MergeDriverCommand.self, ImportCommand.self, ExportCommand.self, ImportAnnotationsCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}

extension Lateral {
    /// The first argument, when it is a word that names no command and more words follow it
    /// (`lateral verdict north c03 true`): read as an article, it would get a message about
    /// unexpected arguments to `read` instead of one about the command.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard arguments.count >= 2, let first = arguments.first, !first.hasPrefix("-"), !arguments[1].hasPrefix("-"),
              !isCommandName(first), !FileManager.default.fileExists(atPath: first) else { return nil }
        return first
    }

    /// Whether `word` is taken as a command rather than an article (`help` is ArgumentParser's).
    static func isCommandName(_ word: String) -> Bool {
        word == "help" || names.contains(word)
    }

    static var commandNames: String { names.joined(separator: ", ") }

    /// The names of `configuration.subcommands`, in their order (a test holds them to those of
    /// `lateral --help`): asked of ArgumentParser, they cost 0.5 ms of reflection on the way to
    /// every first frame.
    private static let names = ["read", "list", "show", "claims", "sources", "check", "claim", "annotate", "note",
                                "source", "link", "unlink", "merge-driver", "import", "export", "import-annotations"]
}

/// Exit statuses shared by every subcommand.
enum ExitStatus: Int32 {
    case findings = 1
    case usageOrUnreadable = 2

    var code: ExitCode { ExitCode(rawValue) }
}
