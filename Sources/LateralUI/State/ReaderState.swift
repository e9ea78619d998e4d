import LateralCore

/// One screen of the reader with its own state, so that going back restores it exactly.
public enum Screen: Sendable {
    case library
    case article(OpenArticle)
    /// Choosing among the sources of a claim that has several.
    case picker(SourcePicker)
    case source(SourcePage)
    /// A claim's whole case.
    case claim(ClaimCase)
    /// The key help, after the verdicts' legend, scrolled this many lines.
    case help(scroll: Int)
    /// The verdicts' legend alone.
    case legend

    public var kind: KeyContext {
        switch self {
        case .library: return .library
        case .article: return .article
        case .picker: return .picker
        case .source: return .source
        case .claim: return .claim
        case .help, .legend: return .help
        }
    }
}

/// A line of input in the status line.
public struct Prompt: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        case search(forward: Bool)
        case filter
        /// `:`: a claim's number or id.
        case claimNumber
    }

    public var purpose: Purpose
    public var text = ""

    public var label: String {
        switch purpose {
        case .search(let forward): return forward ? "/" : "?"
        case .filter: return "filter: "
        case .claimNumber: return "claim: "
        }
    }
}

/// Everything the reader shows, as one value: `reduce` changes it, `render` draws it.
public struct ReaderState: Sendable {
    public var width: Int
    public var height: Int
    public var libraryFolder: String
    public var library: [ArticleSummary]
    /// Whether the library is still being read (the reader started on an article shows it first).
    public var libraryPending = false
    /// Whether reading the library waits for the article being opened: a large article's
    /// claims and the library's (the same file among them, on a first run) are not read at once.
    var libraryWaits = false
    public var librarySelection = 0
    /// The back stack: every screen the user came through; the last is shown.
    public var screens: [Screen]
    public var showSidePane = true
    /// ASCII glyphs for terminals that are not UTF-8.
    public var asciiGlyphs: Bool
    /// A one-line message for the status line, cleared by the next key.
    public var message: String?
    /// What is being typed in the status line, if anything.
    public var prompt: Prompt?
    /// A menu, an editor or a question over the screen, taking every key.
    public var overlay: Overlay?
    /// Who signs the changes made in this reader (`LATERAL_AUTHOR`, git's user.name, the login).
    public var author = "unknown"
    /// The time a change is stamped with, ISO 8601. The reducer's one window on the world,
    /// given to it so that tests can fix it.
    public var clock: @Sendable () -> String = Stamp.currentTime
    /// Only library entries whose title contains this (smart case) are listed.
    public var libraryFilter = ""
    public var isFinished = false
    /// The article being read, until its answer comes; an answer to an older request is
    /// dropped, so that two quick Enters open one article.
    var pendingOpen: ArticleRequest?
    /// The id the next request to open an article gets.
    var nextRequestID = 1

    /// Whether an article is being read to be shown.
    public var isOpening: Bool { pendingOpen != nil }

    public init(width: Int, height: Int, libraryFolder: String, library: [ArticleSummary], asciiGlyphs: Bool = false) {
        self.width = width
        self.height = height
        self.libraryFolder = libraryFolder
        self.library = library
        self.asciiGlyphs = asciiGlyphs
        screens = [.library]
    }

    public var screen: Screen { screens.last ?? .library }

    public var keyContext: KeyContext {
        if let overlay { return overlay.context }
        return article?.visual != nil ? .visual : screen.kind
    }

    /// The action a key asks for: typing while a prompt is open or into the editor, a menu
    /// item's own key, else the key table's.
    public func action(for key: Key) -> Action? {
        if let overlay, prompt == nil {
            if let action = KeyMap.action(for: key, in: keyContext) { return action }
            switch (overlay, key) {
            case (.editor, .character(let character)), (.form, .character(let character)): return .edit(.insert(character))
            case (.menu(let menu), .character(let character)): return menu.item(for: character).map(Action.menuPick)
            default: return nil
            }
        }
        guard prompt != nil else { return KeyMap.action(for: key, in: keyContext) }
        switch key {
        case .character(let character): return .promptInput(character)
        case .backspace: return .promptDelete
        case .enter: return .promptSubmit
        case .escape, .control("c"), .control("g"): return .promptCancel
        default: return nil
        }
    }

    /// Indexes of the library entries the filter lets through.
    public var visibleLibrary: [Int] {
        guard !libraryFilter.isEmpty else { return Array(library.indices) }
        let search = TextSearch(term: libraryFilter, forward: true)
        let term = search.isCaseSensitive ? libraryFilter : TextSearch.fold(libraryFilter)
        return library.indices.filter {
            let title = library[$0].title
            return (search.isCaseSensitive ? title : TextSearch.fold(title)).contains(term)
        }
    }

    /// The article on screen, if the current screen is one.
    public var article: OpenArticle? {
        get {
            if case .article(let open) = screen { return open }
            return nil
        }
        set {
            guard let newValue, case .article = screen else { return }
            screens[screens.count - 1] = .article(newValue)
        }
    }

    public var panes: Panes {
        let isArticle = if case .article = screen { true } else { false }
        return Panes(width: width, height: height, showSidePane: showSidePane && isArticle)
    }

    /// Selects a claim by its id; false when the open article has no such claim.
    public mutating func selectClaim(id: String) -> Bool {
        guard var open = article, let index = open.sidecar.claims.firstIndex(where: { $0.id == id }) else { return false }
        open.selected = index
        article = open
        keepSelectionInView()
        return true
    }

    /// The titles of the screens on the back stack, for the title line.
    var path: [String] {
        screens.map { screen in
            switch screen {
            case .library: return libraryFolder
            case .article(let open): return open.sourceContext?.source.title ?? open.article.title
            case .picker: return "sources"
            case .source(let page): return page.source.title
            case .claim(let page): return "claim \(page.claim.id)"
            case .help: return "keys"
            case .legend: return "verdicts"
            }
        }
    }
}
