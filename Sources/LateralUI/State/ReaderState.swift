import LateralCore

public enum Screen: Sendable, Hashable {
    case library
    case article
    case help
}

/// Everything the reader shows, as one value: `reduce` changes it, `render` draws it.
public struct ReaderState: Sendable {
    public var width: Int
    public var height: Int
    public var libraryFolder: String
    public var library: [LibraryEntry]
    public var librarySelection = 0
    /// Screens the user came through; the last is shown.
    public var screens: [Screen]
    public var article: OpenArticle?
    public var showSidePane = true
    /// ASCII glyphs for terminals that are not UTF-8.
    public var asciiGlyphs: Bool
    /// A one-line message for the status line, cleared by the next key.
    public var message: String?
    public var isFinished = false

    public init(width: Int, height: Int, libraryFolder: String, library: [LibraryEntry], asciiGlyphs: Bool = false) {
        self.width = width
        self.height = height
        self.libraryFolder = libraryFolder
        self.library = library
        self.asciiGlyphs = asciiGlyphs
        screens = [.library]
    }

    public var screen: Screen { screens.last ?? .library }

    public var keyContext: KeyContext {
        switch screen {
        case .library: return .library
        case .article: return .article
        case .help: return .everywhere
        }
    }

    public var panes: Panes { Panes(width: width, height: height, showSidePane: showSidePane && screen == .article) }

    /// Selects a claim by its id; false when the open article has no such claim.
    public mutating func selectClaim(id: String) -> Bool {
        guard var open = article, let index = open.sidecar.claims.firstIndex(where: { $0.id == id }) else { return false }
        open.selected = index
        article = open
        keepSelectionInView()
        return true
    }

    /// Opens an article of the library, or says why it cannot be opened.
    public mutating func openArticle(path: String) {
        let entry = LibraryEntry.load(articlePath: path)
        guard let article = entry.article, let sidecar = entry.sidecar else {
            message = entry.problems.first.map { VisibleText.make($0.description, keepNewlines: false) } ?? "cannot open \(path)"
            return
        }
        screens.append(.article)
        self.article = OpenArticle(path: path, article: article, sidecar: sidecar.sidecar,
                                   width: panes.article.textWidth, asciiGlyphs: asciiGlyphs)
    }
}
