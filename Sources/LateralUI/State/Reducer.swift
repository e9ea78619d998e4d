import LateralCore

/// The reader's one state transition, as bubbletea's Update: the next state, and what the
/// world beyond the screen should do (read a file, open a browser), which the terminal layer
/// performs and answers with another action.
public func reduce(_ state: ReaderState, _ action: Action) -> (state: ReaderState, effects: [Effect]) {
    var state = state
    var effects: [Effect] = []
    switch action {
    // Answers arrive whenever their work is done, even while the user types a search; they
    // leave the message of the last key alone unless they have one of their own.
    case .articleRead(let answer):
        state.receive(answer, effects: &effects)
    case .articleBeginning(let answer):
        state.receiveBeginning(answer)
    case .claimsLoaded(let answer):
        state.receive(answer)
    case .effectFailed(let message):
        state.message = message
    case .claimsSaved(let answer):
        state.receive(answer)
    case .textEdited(let answer):
        state.receive(answer, effects: &effects)
    case .filesChanged(let paths):
        state.filesChanged(paths, effects: &effects)
    case .articleReloaded(let answer):
        state.receive(answer, effects: &effects)
    case .articleEdited(let answer):
        state.receive(answer, effects: &effects)
    case .start:
        state.libraryPending = true
        state.libraryWaits = true
        effects.append(.findAuthor)
    case .libraryRead(let answer):
        state.receive(answer)
    case .authorFound(let author):
        state.author = author
    default:
        state.message = nil
        if state.prompt != nil {
            state.reducePrompt(action, effects: &effects)
        } else if state.overlay != nil {
            state.reduceOverlay(action, effects: &effects)
        } else {
            state.reduceKey(action, effects: &effects)
        }
    }
    let libraryShown = state.pendingOpen == nil && state.screens.last.map { if case .library = $0 { true } else { false } } == true
    if state.libraryWaits && (!state.isReadingArticle || libraryShown) {
        state.libraryWaits = false
        effects.append(.readLibrary(LibraryRequest(folder: state.libraryFolder)))
    }
    return (state, effects)
}

extension ReaderState {
    /// Rows of article text on screen.
    var articleRows: Int { max(1, panes.article.height) }

    mutating func reduceKey(_ action: Action, effects: inout [Effect]) {
        switch action {
        case .resize(let width, let height):
            self.width = width
            self.height = height
            relayoutArticle()
        case .quit:
            if !asksBeforeLeavingUnsaved() { isFinished = true }
        case .redraw:
            effects.append(.redraw)
        case .backOrQuit:
            if !asksBeforeLeavingUnsaved() { goBack() }
        case .back:
            // Backspace is easily hit by a reader of the library: only q quits.
            guard screens.count > 1 else {
                message = "this is the library: q quits"
                return
            }
            if !asksBeforeLeavingUnsaved() { goBack() }
        case .help:
            if keyContext != .help { screens.append(.help(scroll: 0)) }
        case .legend:
            if case .legend = screen {} else { screens.append(.legend) }
        case .toggleSidePane:
            showSidePane.toggle()
            relayoutArticle()
        case .click(let x, let y, let double):
            reduceClick(x: x, y: y, double: double, effects: &effects)
        case .startSearch(let forward):
            switch keyContext {
            case .article, .visual: prompt = Prompt(purpose: .search(forward: forward))
            case .library: prompt = Prompt(purpose: .filter, text: libraryFilter)
            default: break
            }
        case .openArticle(let path, let claim):
            requestArticle(path: path, purpose: .article(selectingClaim: claim), effects: &effects)
        default:
            switch screen {
            case .library: reduceLibrary(action, effects: &effects)
            case .article: reduceArticle(action, effects: &effects)
            case .picker(let picker): reducePicker(picker, action, effects: &effects)
            case .source(let page): reduceSource(page, action, effects: &effects)
            case .claim(let page): reduceClaimCase(page, action, effects: &effects)
            case .help(let scroll): reduceHelp(scroll: scroll, action)
            case .legend: break
            }
        }
    }

    /// Leaving an article whose changes could not be written loses them: asked first.
    mutating func asksBeforeLeavingUnsaved() -> Bool {
        guard let open = article, let problem = open.unsavedProblem else { return false }
        overlay = .confirm(Confirmation(purpose: .leaveUnsaved,
                                        question: "your last changes are not saved (\(problem)); leave and lose them?"))
        return true
    }

    /// Back to the screen before, exactly as it was left; quits from the library.
    mutating func goBack() {
        // An article still being read was asked for from the screen left: it is not wanted now.
        pendingOpen = nil
        screens.removeLast()
        if screens.isEmpty { isFinished = true }
        // Laid out again only if the window changed meanwhile.
        relayoutArticle()
    }

    mutating func relayoutArticle() {
        guard var open = article else { return }
        open.relayout(width: panes.article.textWidth, asciiGlyphs: asciiGlyphs)
        open.top = clampedTop(open.top, in: open.layout)
        article = open
    }

    mutating func reducePrompt(_ action: Action, effects: inout [Effect]) {
        guard var prompt else { return }
        switch action {
        case .promptInput(let character):
            prompt.text.append(character)
        case .promptDelete:
            if prompt.text.isEmpty {
                self.prompt = nil
                return
            }
            prompt.text.removeLast()
        case .promptCancel:
            if prompt.purpose == .filter {
                libraryFilter = ""
                librarySelection = 0
            }
            self.prompt = nil
            return
        case .promptSubmit:
            self.prompt = nil
            switch prompt.purpose {
            case .search(let forward):
                // An empty search repeats the last one, as in less.
                let term = prompt.text.isEmpty ? (article?.search?.term ?? "") : prompt.text
                guard !term.isEmpty else { return }
                runSearch(TextSearch(term: term, forward: forward), forward: forward, fresh: !prompt.text.isEmpty)
            case .claimNumber:
                goToClaim(prompt.text)
            case .filter:
                break
            }
            return
        case .resize:
            reduceKey(action, effects: &effects)
        default:
            return
        }
        self.prompt = prompt
        if prompt.purpose == .filter {
            libraryFilter = prompt.text
            librarySelection = 0
        }
    }

    /// How far a key moves the selection of a list: by lines and pages of half the screen,
    /// or nil for keys that do not (g and G scroll the article under the side pane's list).
    func listStep(_ action: Action) -> Int? {
        action == .top || action == .bottom ? nil : scrollStep(action, rows: height / 2 + 1)
    }

    /// How far a key scrolls a page of `rows` rows, or nil for keys that do not scroll.
    func scrollStep(_ action: Action, rows: Int) -> Int? {
        switch action {
        case .lineDown: return 1
        case .lineUp: return -1
        case .wheel(let lines): return lines
        case .pageDown: return max(1, rows - 1)
        case .pageUp: return -max(1, rows - 1)
        case .halfPageDown: return max(1, rows / 2)
        case .halfPageUp: return -max(1, rows / 2)
        case .top: return Int.min / 2
        case .bottom: return Int.max / 2
        default: return nil
        }
    }
}
