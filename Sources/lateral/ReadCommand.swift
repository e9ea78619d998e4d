import ArgumentParser
import FoundationEssentials
import LateralCore
import LateralTerminal
import LateralUI

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on the library, a folder of articles, or an article (the default command).",
        discussion: """
            Without a terminal (standard input or output redirected, TERM unset or dumb), an article \
            is printed as `lateral show` prints it, and the library screen exits with status 2. \
            Press h in the reader for its keys.
            """)

    @OptionGroup var options: LibraryOptions
    @Argument(help: "A folder of articles, an article's path, or a unique prefix of its name (default: the library).")
    var path: String?
    @Option(help: ArgumentHelp("Open the article at the claim with this id.", valueName: "id")) var claim: String?

    func run() throws {
        try Self.open(path, claim: claim, library: options.folder)
    }

    /// `lateral ARTICLE` as users type it most: one word that is neither an option nor a
    /// command. It is opened without ArgumentParser, whose reflection over every command's
    /// options costs 2 ms of a first frame that `less` draws in 6.
    static func lonePath(in arguments: [String]) -> String? {
        guard arguments.count == 1, let word = arguments.first, !word.isEmpty, !word.hasPrefix("-"),
              !Lateral.isCommandName(word) else { return nil }
        return word
    }

    /// The reader on `path` (a folder, an article's path or a prefix of its name), else on the
    /// library folder.
    static func open(_ path: String?, claim: String?, library: String) throws {
        let isUTF8 = DisplayWidth.prepareLocale()
        var folder = library
        var articlePath: String?
        if let path {
            if FileKind.of(path) == .folder {
                folder = path
            } else {
                let resolved = try LibraryOptions.resolveArticle(path, folder: library)
                articlePath = resolved
                folder = Path.folder(of: resolved)
                if folder.isEmpty { folder = "." }
            }
        }
        if claim != nil && articlePath == nil {
            throw ValidationError("--claim needs an ARTICLE")
        }
        guard TerminalSession.isInteractive() else {
            if let articlePath {
                try ShowCommand.printPlain(articlePath, library: library)
                return
            }
            Console.report(FileProblem(path: folder, message: "the library screen needs a terminal; `lateral list` prints the library"))
            throw ExitStatus.usageOrUnreadable.code
        }
        // A folder that cannot be listed is said before the screen starts. An article's folder is
        // only opened to know (listing a large one took 0.6 ms of the first frame); the listing
        // then says what is wrong.
        if articlePath == nil || !Library.canList(folder) {
            do {
                _ = try Library.articlePaths(in: folder)
            } catch {
                Console.report(error)
                throw ExitStatus.usageOrUnreadable.code
            }
        }
        // Nothing stands between the command and an article's first frame: the library and the
        // author are found on worker threads meanwhile (`.start`).
        let state = ReaderState(width: 80, height: 24, libraryFolder: folder, library: [], asciiGlyphs: !isUTF8)
        var actions: [Action] = []
        if let articlePath { actions.append(.openArticle(path: articlePath, selectingClaim: claim)) }
        actions.append(.start)
        let signal: Int32?
        do {
            signal = try TerminalSession.run(state, actions: actions, launched: launched)
        } catch {
            Console.report(FileProblem(path: "lateral", message: "\(error)"))
            throw ExitStatus.usageOrUnreadable.code
        }
        // As shells expect of a program ended by a signal.
        if let signal { throw ExitCode(128 + signal) }
    }
}
