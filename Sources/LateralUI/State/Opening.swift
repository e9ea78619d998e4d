import LateralCore

/// Opening an article in two steps, both effects: its text is read and shown at once, then
/// its claims are read and anchored apart from it, so that a large article shows as fast as
/// a pager shows it. Each answer finds the request it belongs to by its id.
extension ReaderState {
    /// Whether an article is being opened: its text or its claims are still being read.
    var isReadingArticle: Bool {
        pendingOpen != nil || screens.contains { if case .article(let open) = $0 { open.textPending || open.claimsPending } else { false } }
    }

    /// Asks for an article to be read; it opens when the answer comes.
    mutating func requestArticle(path: String, purpose: ArticleRequest.Purpose, effects: inout [Effect]) {
        let request = ArticleRequest(id: nextRequestID, path: path, purpose: purpose)
        nextRequestID += 1
        pendingOpen = request
        effects.append(.readArticle(request))
    }

    /// The beginning of a long article: shown at once, as a pager shows its first screen; its
    /// claims are asked for once the whole text is in.
    mutating func receiveBeginning(_ answer: ArticleAnswer) {
        guard answer.request == pendingOpen, case .success(let beginning) = answer.result,
              case .article = answer.request.purpose else { return }
        pendingOpen = nil
        let width = Panes(width: width, height: height, showSidePane: showSidePane).article.textWidth
        var open = OpenArticle(id: answer.request.id, path: answer.request.path, article: beginning, claims: .none,
                               width: width, asciiGlyphs: asciiGlyphs)
        open.textPending = true
        open.claimsPending = true
        screens.append(.article(open))
    }

    /// An article's text has been read: it is shown, and its claims are asked for.
    mutating func receive(_ answer: ArticleAnswer, effects: inout [Effect]) {
        if let index = screens.lastIndex(where: { if case .article(let open) = $0 { open.id == answer.request.id && open.textPending } else { false } }) {
            completeText(answer, at: index, effects: &effects)
            return
        }
        guard answer.request == pendingOpen else { return }
        pendingOpen = nil
        let article: Article
        switch answer.result {
        case .success(let read): article = read
        case .failure(let problem):
            message = problem.description
            return
        }
        let width = Panes(width: width, height: height, showSidePane: showSidePane).article.textWidth
        var open = OpenArticle(id: answer.request.id, path: answer.request.path, article: article, claims: .none,
                               width: width, asciiGlyphs: asciiGlyphs)
        switch answer.request.purpose {
        case .article(let claim):
            open.claimToSelect = claim
            open.claimsPending = true
            effects.append(.loadClaims(ClaimsRequest(articleID: open.id, path: open.path, body: article.body)))
        case .localCopy(let context):
            // A local copy is a source, not an article: its claims are its source's.
            open.sourceContext = context
            if let passage = context.passage, !open.highlight(passage.exact) {
                message = "the quoted passage is not in the local copy \(answer.request.path)"
            }
        }
        screens.append(.article(open))
        if open.highlighted != nil { scrollHighlightIntoView() }
    }

    /// The whole text of an article whose beginning is shown: it takes the beginning's place,
    /// the view kept, and its claims are asked for.
    private mutating func completeText(_ answer: ArticleAnswer, at index: Int, effects: inout [Effect]) {
        guard case .article(var open) = screens[index] else { return }
        open.textPending = false
        switch answer.result {
        case .success(let article):
            // The beginning is the start of the whole text: a selection or a search made on it
            // stands in the whole text at the same places.
            let (visual, search, lastMatch) = (open.visual, open.search, open.lastMatch)
            open = open.reloaded(article: article, claims: .none, disk: open.disk, asciiGlyphs: asciiGlyphs)
            (open.visual, open.search, open.lastMatch) = (visual, search, lastMatch)
            open.claimsPending = true
            if case .article(let claim) = answer.request.purpose { open.claimToSelect = claim }
            effects.append(.loadClaims(ClaimsRequest(articleID: open.id, path: open.path, body: article.body)))
        case .failure(let problem):
            // Only the beginning could be read: it stays, without claims (none would anchor in
            // a part of the text), and nothing is written over its claims file.
            open.claimsPending = false
            open.claimsProblem = "the rest of the article cannot be read: \(problem.description)"
            message = problem.description
        }
        screens[index] = .article(open)
        if index == screens.count - 1 { relayoutArticle() }
    }

    /// Claims read for an article land in every screen that shows that opening of it.
    mutating func receive(_ answer: ClaimsAnswer) {
        var loaded = LoadedClaims.none
        var problem: String?
        switch answer.result {
        case .success(let claims): loaded = claims
        case .failure(let failure):
            problem = failure.description
            message = failure.description
        }
        for index in screens.indices {
            guard case .article(var open) = screens[index], open.id == answer.request.articleID, open.claimsPending else { continue }
            open.install(loaded, asciiGlyphs: asciiGlyphs)
            open.disk = DiskVersion(sidecar: loaded.sidecar, digest: loaded.diskDigest, claimPlaces: loaded.claimPlaces)
            open.claimsProblem = problem
            // The view stays where the user put it, unless a claim was asked for (`--claim`).
            var jumps = false
            if let id = open.claimToSelect {
                open.claimToSelect = nil
                if let claim = open.sidecar.claims.firstIndex(where: { $0.id == id }) {
                    open.selected = claim
                    jumps = true
                } else {
                    message = "no claim with the id \"\(id)\" in \(open.path)"
                }
            }
            screens[index] = .article(open)
            if jumps && index == screens.count - 1 { keepSelectionInView() }
        }
        if message == nil, let notice = article?.anchoringNotice, article?.id == answer.request.articleID {
            message = notice
        }
    }
}

extension ReaderState {
    /// The library read: listed, with the article open (if one is) selected in it.
    mutating func receive(_ answer: LibraryAnswer) {
        libraryPending = false
        switch answer.result {
        case .success(let entries):
            library = entries
            let open = screens.lazy.compactMap { screen -> String? in if case .article(let open) = screen { open.path } else { nil } }.first
            librarySelection = open.flatMap { path in entries.firstIndex { $0.articlePath == path } } ?? 0
        case .failure(let problem):
            message = problem.description
        }
    }
}
