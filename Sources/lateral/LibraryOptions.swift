import ArgumentParser
import LateralCore

struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library folder (default: $LATERAL_LIBRARY, else Articles).", valueName: "path"))
    var library: String?

    var folder: String { Library.folder(option: library) }

    /// The path of an ARTICLE argument, or a clear error and exit status 2.
    func resolveArticle(_ name: String) throws -> String {
        try Self.resolveArticle(name, folder: folder)
    }

    static func resolveArticle(_ name: String, folder: String) throws -> String {
        do {
            return try Library.resolveArticle(name, folder: folder)
        } catch {
            Console.report(error)
            throw ExitStatus.usageOrUnreadable.code
        }
    }

    /// An article with its claims anchored, or a clear error and exit status 2.
    func loadAnchored(_ name: String) throws -> AnchoredArticle {
        try Self.loadAnchored(name, folder: folder)
    }

    static func loadAnchored(_ name: String, folder: String) throws -> AnchoredArticle {
        let path = try resolveArticle(name, folder: folder)
        let entry = LibraryEntry.load(articlePath: path)
        guard let article = entry.article, let sidecar = entry.sidecar?.sidecar else {
            entry.problems.forEach(Console.report)
            throw ExitStatus.usageOrUnreadable.code
        }
        let anchorer = Anchorer(text: article.body)
        return AnchoredArticle(article: article, sidecar: sidecar, anchors: sidecar.claims.map(anchorer.anchor))
    }
}

struct AnchoredArticle {
    var article: Article
    var sidecar: Sidecar
    var anchors: [AnchorResult]
}

/// The ARTICLE argument, with the library it is looked up in.
struct ArticleArgument: ParsableArguments {
    @OptionGroup var library: LibraryOptions
    @Argument(help: "A path, or a unique prefix of an article's name in the library.") var article: String

    func loadAnchored() throws -> AnchoredArticle {
        try library.loadAnchored(article)
    }
}
