import LateralCore

/// What the reader asks of the world beyond its screen. `reduce` returns these, as
/// bubbletea's Update returns its commands; the terminal layer performs them and answers
/// with an action carrying the result, so that nothing in LateralUI touches the disk.
public enum Effect: Sendable, Equatable {
    /// Open a URL in the user's browser; a failure is answered with `.effectFailed`.
    case openURL(String)
    /// Put text on the clipboard (OSC 52).
    case copy(String)
    /// Read an article's file; answered with `.articleRead`.
    case readArticle(ArticleRequest)
    /// Read an article's claims file and anchor its claims, apart from the text so that the
    /// text shows first; answered with `.claimsLoaded`.
    case loadClaims(ClaimsRequest)
    /// Write an open article's claims file, merging in what another program wrote there
    /// since it was read; done before the next key is read, and answered with `.claimsSaved`.
    case saveClaims(SaveRequest)
    /// Hand a text to the user's editor ($VISUAL, $EDITOR, else vi) in a temporary file;
    /// answered with `.textEdited`.
    case editExternally(ExternalEdit)
    /// Read an open article and its claims file again, because one of them changed on disk;
    /// answered with `.articleReloaded`.
    case reloadArticle(ReloadRequest)
    /// Open the article's own file in the user's editor, at a line; answered with
    /// `.articleEdited`, after which it is read again.
    case editArticle(ArticleEdit)
    /// Read the library's articles for the library screen, apart from the first frame of an
    /// article named on the command line; answered with `.libraryRead`.
    case readLibrary(LibraryRequest)
    /// Find who signs the changes made here (LATERAL_AUTHOR, git's user.name, the login),
    /// which may run git; answered with `.authorFound`.
    case findAuthor
    /// Draw the whole screen again (Ctrl-L), as after another program wrote over it.
    case redraw

    /// Whether the loop waits for the answer before it reads the next key: a change is on
    /// disk before the next one is made, and an editor has the terminal to itself.
    public var finishesBeforeNextKey: Bool {
        switch self {
        case .saveClaims, .editExternally, .editArticle: return true
        default: return false
        }
    }
}

/// The library folder to read.
public struct LibraryRequest: Sendable, Equatable {
    public var folder: String
}

/// An open article's claims to write over its claims file.
public struct SaveRequest: Sendable, Equatable {
    /// The open article's id, and which of its saves this is.
    public var articleID: Int
    public var sequence: Int
    public var articlePath: String
    public var sidecar: Sidecar
    /// What the file held when it was last read or written: the base of a merge.
    public var base: Sidecar
    public var baseDigest: ContentDigest?
    public var basePlaces: [Range<Int>]?

    public var claimsPath: String { SidecarFile.path(forArticle: articlePath) }

    public static func == (a: SaveRequest, b: SaveRequest) -> Bool {
        a.articleID == b.articleID && a.sequence == b.sequence
    }
}

/// An open article to read again: what it showed, to tell what changed.
public struct ReloadRequest: Sendable, Equatable {
    public var articleID: Int
    /// Which of the article's reloads this is: only the newest one's answer is taken.
    public var sequence: Int
    public var path: String
    public var body: ScalarText
    /// The header as shown: a change to it alone (a corrected title) is read again too.
    public var metadata = ArticleMetadata()
    /// The claims file as last read or written (nil: there was none).
    public var claimsDigest: ContentDigest?
    /// Read the claims again even if the file holds what it held.
    public var force = false

    public static func == (a: ReloadRequest, b: ReloadRequest) -> Bool {
        a.articleID == b.articleID && a.sequence == b.sequence
    }
}

/// What reading an article again found.
public struct Reloaded: Sendable {
    /// The article as it is now, nil when its text did not change.
    public var article: Article?
    /// Its claims, read and anchored in the text as it is now; nil when neither file changed.
    public var claims: Result<LoadedClaims, FileProblem>?

    public init(article: Article?, claims: Result<LoadedClaims, FileProblem>?) {
        self.article = article
        self.claims = claims
    }
}

/// The article's own file for the user's editor, opened at a line of it.
public struct ArticleEdit: Sendable, Equatable {
    public var articleID: Int
    public var path: String
    public var line: Int
}

/// A text for the user's own editor, and what it is for.
public struct ExternalEdit: Sendable, Equatable {
    public var editor: TextEditor
}

/// An article to open, and what to do once it is read.
public struct ArticleRequest: Sendable, Equatable {
    /// Tells this request's answer from any other's; the newest request wins.
    public var id: Int
    public var path: String
    public var purpose: Purpose

    public enum Purpose: Sendable, Equatable {
        /// An article of the library, with a claim to select once the claims are in.
        case article(selectingClaim: String?)
        /// A source's local copy, opened at its quoted passage.
        case localCopy(SourceContext)
    }
}

/// The claims of an open article to read and anchor.
public struct ClaimsRequest: Sendable, Equatable {
    /// The id of the open article (its `ArticleRequest`'s), so that claims that arrive late
    /// land in the article they were read for, and nowhere else.
    public var articleID: Int
    public var path: String
    public var body: ScalarText

    public static func == (a: ClaimsRequest, b: ClaimsRequest) -> Bool {
        a.articleID == b.articleID && a.path == b.path
    }
}

/// A source as it was reached from a claim: what its page and its local copy show about it.
public struct SourceContext: Sendable, Equatable {
    public var source: Source
    /// The claims file the source is in, for the claims that use it.
    public var sidecar: Sidecar
    /// The passage the jump came for, if any.
    public var passage: Passage?
    /// The article whose claims use the source, to go back to a claim.
    public var articlePath: String
    /// The claims that use the source, found once when it is reached.
    let uses: [SourceUse]

    /// - Parameter uses: the claims of `sidecar` that use the source, when an index of them is
    ///   at hand; else they are looked for.
    init(source: Source, sidecar: Sidecar, passage: Passage?, articlePath: String, uses: [SourceUse]? = nil) {
        self.source = source
        self.sidecar = sidecar
        self.passage = passage
        self.articlePath = articlePath
        self.uses = uses ?? SourceUse.all(of: source.id, in: sidecar)
    }

    /// The claim a use is of.
    func claim(_ use: SourceUse) -> Claim { sidecar.claims[use.claimIndex] }

    public static func == (a: SourceContext, b: SourceContext) -> Bool {
        a.source == b.source && a.passage == b.passage && a.articlePath == b.articlePath
    }
}

/// The answer to an effect that reads a file: the request it answers, and what was read or
/// why it could not be. Two answers are the same when they answer the same request.
public struct Answer<Request: Sendable & Equatable, Value: Sendable>: Sendable, Equatable {
    public var request: Request
    public var result: Result<Value, FileProblem>

    public init(request: Request, result: Result<Value, FileProblem>) {
        self.request = request
        self.result = result
    }

    public static func == (a: Answer, b: Answer) -> Bool { a.request == b.request }
}

/// The answer to `Effect.readArticle`.
public typealias ArticleAnswer = Answer<ArticleRequest, Article>
/// The answer to `Effect.loadClaims`.
public typealias ClaimsAnswer = Answer<ClaimsRequest, LoadedClaims>
/// The answer to `Effect.saveClaims`.
public typealias SaveAnswer = Answer<SaveRequest, SavedClaims>
/// The answer to `Effect.readLibrary`.
public typealias LibraryAnswer = Answer<LibraryRequest, [ArticleSummary]>
/// The answer to `Effect.reloadArticle`; a failure when the article cannot be read any more.
public typealias ReloadAnswer = Answer<ReloadRequest, Reloaded>

/// The answer to `Effect.editArticle`: nothing, or why the editor could not be run.
public struct ArticleEditAnswer: Sendable, Equatable {
    public var request: ArticleEdit
    public var failure: ExternalEditFailure?

    public init(request: ArticleEdit, failure: ExternalEditFailure?) {
        self.request = request
        self.failure = failure
    }
}

/// The answer to `Effect.editExternally`: the text as the editor left it, or why it could
/// not be edited.
public struct ExternalEditAnswer: Sendable, Equatable {
    public var request: ExternalEdit
    public var result: Result<String, ExternalEditFailure>

    public init(request: ExternalEdit, result: Result<String, ExternalEditFailure>) {
        self.request = request
        self.result = result
    }
}

public struct ExternalEditFailure: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
