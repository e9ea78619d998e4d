import ArgumentParser
import LateralCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article with every claim marked, and the claims with their verdicts as footnotes.",
        discussion: """
            Each claim stands between ⟦ and ⟧, followed by its number and verdict glyph; the footnotes \
            give the verdict, the attribution, the rationale and the sources. Coloured when standard \
            output is a terminal and NO_COLOR is unset. Control characters and escape sequences in the \
            article are printed as visible symbols.
            """)

    @OptionGroup var article: ArticleArgument
    @Flag(help: "No colours, whatever the terminal.") var plain = false

    func run() throws {
        let loaded = try article.loadAnchored()
        Console.print(AnnotatedArticle.render(article: loaded.article, sidecar: loaded.sidecar, anchors: loaded.anchors),
                      plain: plain)
    }

    /// What the reader prints instead when there is no terminal.
    static func printPlain(_ path: String, library: String) throws {
        let loaded = try LibraryOptions.loadAnchored(path, folder: library)
        Console.print(AnnotatedArticle.render(article: loaded.article, sidecar: loaded.sidecar, anchors: loaded.anchors),
                      plain: true)
    }
}
