import ArgumentParser

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

/// Exit statuses shared by every subcommand.
enum ExitStatus: Int32 {
    case findings = 1
    case usageOrUnreadable = 2

    var code: ExitCode { ExitCode(rawValue) }
}
