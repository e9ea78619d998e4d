import FoundationEssentials
import Glibc
import LateralCore
import LateralUI

/// The answers to the effects that read files, worked out where they may block: on the
/// reader's worker threads, in the tests and the benchmark directly.
public enum FileEffects {
    /// The answer to an effect that reads files; nil for any other effect.
    public static func answer(to effect: Effect) -> Action? {
        switch effect {
        case .readArticle(let request):
            let result = Result { () throws(FileProblem) in try Article.read(request.path) }
            return .articleRead(ArticleAnswer(request: request, result: result))
        case .loadClaims(let request):
            return .claimsLoaded(ClaimsAnswer(request: request, result: LoadedClaims.load(articlePath: request.path, body: request.body)))
        case .saveClaims(let request):
            let result = Result { () throws(FileProblem) in
                try SidecarFile.save(request.sidecar, to: request.claimsPath, base: request.base, baseDigest: request.baseDigest,
                                     basePlaces: request.basePlaces)
            }
            return .claimsSaved(SaveAnswer(request: request, result: result))
        case .reloadArticle(let request):
            let result = Result { () throws(FileProblem) in try reload(request) }
            return .articleReloaded(ReloadAnswer(request: request, result: result))
        case .readLibrary(let request):
            let result = Result { () throws(FileProblem) in try Library.summaries(folder: request.folder) }
            return .libraryRead(LibraryAnswer(request: request, result: result))
        case .findAuthor:
            return .authorFound(Author.current())
        case .openURL, .copy, .redraw, .editExternally, .editArticle:
            return nil
        }
    }
}

extension FileEffects {
    /// Articles longer than this are shown from their beginning while the rest is read.
    public static let beginningBytes = 65_536

    /// The beginning of a long article (to its last whole line within `beginningBytes`), or
    /// nil for a short one or one whose beginning cannot be read apart.
    public static func beginning(of request: ArticleRequest) -> ArticleAnswer? {
        guard let prefix = TextFile.readPrefix(request.path, bytes: beginningBytes),
              let lastLine = prefix.lastIndex(of: UInt8(ascii: "\n")) else { return nil }
        let bytes = Array(prefix[...lastLine])
        guard (try? TextFile.validateText(bytes, path: request.path)) != nil else { return nil }
        // A metadata header longer than the beginning would make a body that starts inside it.
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if text.starts(with: Array("---".utf8)), text.dropFirst(3).firstRange(of: Array("\n---".utf8)) == nil { return nil }
        return ArticleAnswer(request: request, result: .success(Article.parse(bytes, path: request.path)))
    }

    /// The article and its claims read again, the claims anchored anew, unless neither file
    /// changed (as when the change seen was the reader's own save).
    static func reload(_ request: ReloadRequest) throws(FileProblem) -> Reloaded {
        let article = try Article.read(request.path)
        let textChanged = article.body.bytes != request.body.bytes || article.metadata != request.metadata
        if !textChanged && !request.force {
            let path = SidecarFile.path(forArticle: request.path)
            if ContentDigest.ofFile(path) == request.claimsDigest { return Reloaded(article: nil, claims: nil) }
        }
        return Reloaded(article: textChanged ? article : nil, claims: LoadedClaims.load(articlePath: request.path, body: article.body))
    }
}

/// What the reader does outside its screen: read files on worker threads, open a browser,
/// set the clipboard.
struct TerminalEffects: EffectRunner {
    let hold: FirstFrameHold

    /// - Parameter holdingUntilFirstFrame: whether the reader starts on an article, whose first
    ///   screen is drawn before anything else is read.
    init(holdingUntilFirstFrame: Bool) {
        hold = FirstFrameHold(holding: holdingUntilFirstFrame)
    }

    /// Lowers the calling thread's priority ten steps below the loop's, which started it, so
    /// that on a machine with fewer cores than busy threads the first frame and the keys'
    /// frames are drawn first. Linux keeps a nice value per thread, and `setpriority` on the
    /// calling process sets the calling thread's; elsewhere it would lower the whole process,
    /// so it is left alone.
    static func giveWayToTheLoop() {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        _ = setpriority(which, 0, min(19, getpriority(which, 0) + 10))
        #endif
    }

    func perform(_ effect: Effect, answer: @escaping @Sendable (Action) -> Void) {
        switch effect {
        case .readArticle(let request):
            WorkerThread.start { [hold] in
                // A long article's beginning first, as a pager shows its first screen; the
                // rest is read once that screen is drawn, and gives way to the keys' frames.
                if let beginning = FileEffects.beginning(of: request) {
                    answer(.articleBeginning(beginning))
                    hold.start {
                        Self.giveWayToTheLoop()
                        if let action = FileEffects.answer(to: effect) { answer(action) }
                    }
                } else if let action = FileEffects.answer(to: effect) {
                    answer(action)
                }
            }
        case .loadClaims, .reloadArticle, .readLibrary, .findAuthor:
            // Off the loop: the user reads and scrolls meanwhile.
            hold.start {
                Self.giveWayToTheLoop()
                if let action = FileEffects.answer(to: effect) { answer(action) }
            }
        case .saveClaims:
            // On the loop: the change is on disk before the next key is read.
            if let action = FileEffects.answer(to: effect) { answer(action) }
        case .editExternally(let request):
            answer(.textEdited(ExternalEditAnswer(request: request, result: ExternalEditor.edit(request.editor.text))))
        case .editArticle(let request):
            answer(.articleEdited(ArticleEditAnswer(request: request, failure: ExternalEditor.open(request.path, line: request.line))))
        case .openURL(let url):
            if let problem = Browser.open(url) { answer(.effectFailed(problem)) }
        case .copy(let text):
            Clipboard.copy(text)
        case .redraw:
            break
        }
    }

    func frameDrawn() {
        hold.frameDrawn()
    }
}

enum Browser {
    /// Runs $BROWSER (or xdg-open) with the URL as its one argument, with curses suspended so
    /// that a text browser gets the terminal.
    /// - Returns: what went wrong, for the status line.
    static func open(_ url: String) -> String? {
        // Only web addresses: a claims file could hold "--some-browser-option" or a file: URL.
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else {
            return "not opened: only http and https addresses are handed to a browser"
        }
        // $BROWSER may list several commands separated by colons; the first is used.
        let browser = Environment.process("BROWSER").flatMap { $0.split(separator: ":").first.map(String.init) }
        switch UserProgram.run(browser ?? "xdg-open", with: [url]) {
        case .notFound(let program):
            return browser == nil ? "no browser: set BROWSER (xdg-open is not installed)" : "no browser: \(program) is not found (BROWSER)"
        case .failed(let program, let reason): return "cannot run \(program): \(reason)"
        case .exited(let program, let status): return status == 0 ? nil : "\(program) exited with status \(status)"
        }
    }
}

enum Clipboard {
    /// OSC 52: the terminal (or tmux, or ssh's far end) puts the text on the clipboard.
    static func copy(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        _ = TextFile.writeAll(Array(sequence.utf8)[...], to: STDOUT_FILENO)
    }
}
