import FoundationEssentials
import LateralCore

/// Keys on an article: scrolling, stepping from claim to claim, search, the side pane's list.
extension ReaderState {
    mutating func reduceArticle(_ action: Action, effects: inout [Effect]) {
        guard var open = article else { return }
        if open.visual != nil {
            reduceSelection(action, effects: &effects)
            return
        }
        let layout = open.layout
        if open.sidePaneFocused {
            if let step = listStep(action) {
                moveInList(by: step)
                return
            }
            if action == .open, let row = open.listSelection {
                openListRow(row, of: open, effects: &effects)
                return
            }
        }
        switch action {
        case .chooseVerdict, .chooseAttribution, .editRationale, .addNote, .deleteClaim, .undo, .redo, .keepConflict, .takeOtherSide:
            reduceAnnotation(action, effects: &effects)
            return
        case .linkSource, .unlinkSource, .editSource:
            reduceLinking(action)
            return
        case .editArticle:
            editArticle(effects: &effects)
            return
        case .switchPane:
            guard panes.side != nil else {
                message = "the side pane is hidden (s shows it)"
                return
            }
            open.sidePaneFocused.toggle()
        case .cancel:
            // Esc undoes what is in the way, one thing at a time, as in vim.
            if open.sidePaneFocused {
                open.sidePaneFocused = false
                open.listSelection = nil
            } else if open.search != nil {
                open.search = nil
                open.lastMatch = nil
                open.matchStarts = []
            } else if open.verdictFilter != nil {
                open.verdictFilter = nil
                message = "Tab steps through all claims"
            } else {
                open.selected = nil
            }
        case .openURL, .copy:
            if let context = open.sourceContext {
                copyOrOpen(context.source.url, action, effects: &effects)
                return
            }
            guard let selected = open.selected else {
                message = "select a claim first (Tab)"
                return
            }
            claimEffect(action, open.sidecar.claims[selected], sidecar: open.sidecar, effects: &effects)
            return
        case .wheel(let lines): open.top = layout.move(open.top, by: lines)
        case .lineDown: open.top = layout.move(open.top, by: 1)
        case .lineUp: open.top = layout.move(open.top, by: -1)
        case .pageDown: open.top = layout.move(open.top, by: articleRows - 1)
        case .pageUp: open.top = layout.move(open.top, by: -(articleRows - 1))
        case .halfPageDown: open.top = layout.move(open.top, by: max(1, articleRows / 2))
        case .halfPageUp: open.top = layout.move(open.top, by: -max(1, articleRows / 2))
        case .top: open.top = layout.first
        case .bottom: open.top = layout.last
        case .nextClaim, .previousClaim:
            stepClaim(forward: action == .nextClaim)
            return
        case .goToClaim:
            guard !open.order.isEmpty || !open.sidecar.claims.isEmpty else {
                message = open.claimsPending ? "the claims are still being read" : "this article has no claims"
                return
            }
            prompt = Prompt(purpose: .claimNumber)
            return
        case .claimCase:
            guard let selected = open.selected else {
                message = "select a claim first (Tab)"
                return
            }
            screens.append(.claim(ClaimCase(claim: open.sidecar.claims[selected], anchor: open.anchors[selected],
                                             sidecar: open.sidecar, folder: open.folder, articlePath: open.path)))
            return
        case .open:
            jumpFromSelectedClaim(of: open, effects: &effects)
            return
        case .nextMatch, .previousMatch:
            repeatSearch(forward: action == .nextMatch)
            return
        case .startSelection:
            startSelection()
            return
        case .claimMatch:
            claimSearchMatch(effects: &effects)
            return
        case .cycleVerdict:
            let cycle: [Verdict?] = [nil, .false, .misleading, .mixed, .mostlyTrue, .true, .unverifiable, .opinion, .unverified]
            let index = cycle.firstIndex(of: open.verdictFilter) ?? 0
            open.verdictFilter = cycle[(index + 1) % cycle.count]
            if let verdict = open.verdictFilter {
                // Tab steps through the claims placed in the text: orphans are not counted.
                let count = open.order.filter { open.sidecar.claims[$0].verdict == verdict }.count
                message = "Tab steps through \(verdict.glyph) \(verdict.label) claims only (\(count))"
            } else {
                message = "Tab steps through all claims"
            }
        default: break
        }
        open.top = clampedTop(open.top, in: layout)
        article = open
    }

    /// `o` opens a claim's first source URL, `y` copies its quote.
    mutating func claimEffect(_ action: Action, _ claim: Claim, sidecar: Sidecar, effects: inout [Effect]) {
        if action == .copy {
            // A paste runs what a clipboard holds: its controls go as visible symbols.
            effects.append(.copy(VisibleText.make(claim.quote.exact.replacingEvery("\n", with: " "), keepNewlines: false)))
            message = "copied the quote of claim \(claim.id)"
        } else if let url = claim.links.lazy.compactMap({ sidecar.source(id: $0.source)?.url }).first {
            effects.append(.openURL(url))
        } else {
            message = "no source of claim \(claim.id) has a URL"
        }
    }

    /// `o` opens a source's URL, `y` copies it.
    mutating func copyOrOpen(_ url: String?, _ action: Action, effects: inout [Effect]) {
        guard let url else {
            message = "this source has no URL"
            return
        }
        effects.append(action == .openURL ? .openURL(url) : .copy(VisibleText.make(url, keepNewlines: false)))
        if action == .copy { message = "copied the URL" }
    }

    /// Tab and Shift-Tab: the claim after (before) the selected one, or after the top of the
    /// screen when the selected one is off it; around the end, saying so, as search does.
    mutating func stepClaim(forward: Bool) {
        guard var open = article else { return }
        guard !open.order.isEmpty else {
            message = open.claimsPending ? "the claims are still being read"
                : open.sourceContext != nil ? "a source's copy has no claims of its own; its side pane lists the claims that use it"
                : "this article has no claims"
            return
        }
        let order = open.order
        let matches = { (claim: Int) in open.verdictFilter.map { open.sidecar.claims[claim].verdict == $0 } ?? true }
        var place: Int
        if let selected = open.selected, open.placeInOrder[selected] >= 0, isOnScreen(open.anchors[selected].range!.lowerBound, in: open) {
            place = open.placeInOrder[selected] + (forward ? 1 : -1)
        } else {
            let topOffset = open.layout.startOffset(at: open.top)
            let first = order.partitionPoint { open.anchors[$0].range!.lowerBound >= topOffset }
            place = forward ? first : first - 1
        }
        var wrapped = false
        for _ in 0..<order.count {
            if !order.indices.contains(place) {
                place = forward ? 0 : order.count - 1
                wrapped = true
            }
            if matches(order[place]) { break }
            place += forward ? 1 : -1
        }
        guard order.indices.contains(place), matches(order[place]) else {
            message = "no claim is \(open.verdictFilter?.label ?? "left")"
            return
        }
        open.selected = order[place]
        open.listSelection = nil
        article = open
        keepSelectionInView()
        if wrapped { message = forward ? "wrapped around to the first claim" : "wrapped around to the last claim" }
    }

    func isOnScreen(_ offset: Int, in open: OpenArticle) -> Bool {
        let position = open.layout.position(ofOffset: offset)
        return position >= open.top && position <= open.layout.move(open.top, by: articleRows - 1)
    }

    /// `:` then a number (in text order, as the status line counts) or an id.
    mutating func goToClaim(_ text: String) {
        guard var open = article else { return }
        let wanted = text.trimmed(.spaces)
        if let number = Int(wanted), open.order.indices.contains(number - 1) {
            open.selected = open.order[number - 1]
        } else if let index = open.sidecar.claims.firstIndex(where: { $0.id == wanted }) {
            open.selected = index
        } else {
            message = "no claim \(VisibleText.make(wanted, keepNewlines: false)): claims are numbered 1 to \(open.order.count)"
            return
        }
        open.listSelection = nil
        article = open
        keepSelectionInView()
    }

    /// j and k in the side pane's list: from claim to claim, on to the sources (or, for a
    /// local copy, through the claims that use its source).
    mutating func moveInList(by step: Int) {
        guard var open = article else { return }
        if let context = open.sourceContext {
            let count = context.uses.count
            guard count > 0 else { return }
            open.listSelection = min(count - 1, max(0, (open.listSelection ?? (step > 0 ? -1 : count)) + step))
            article = open
            return
        }
        let claims = open.listOrder.count
        let count = claims + open.sidecar.sources.count
        guard count > 0 else { return }
        let current = open.listSelection.map { claims + $0 } ?? open.selected.map { open.placeInList[$0] } ?? (step > 0 ? -1 : count)
        let next = min(count - 1, max(0, current + step))
        if next < claims {
            open.selected = open.listOrder[next]
            open.listSelection = nil
            article = open
            if open.anchors[open.listOrder[next]].range != nil { keepSelectionInView() }
        } else {
            open.listSelection = next - claims
            article = open
        }
    }

    /// Enter on a row of the side pane's list that is not a claim: a source, or a claim that
    /// uses a local copy's source.
    mutating func openListRow(_ row: Int, of open: OpenArticle, effects: inout [Effect]) {
        if let context = open.sourceContext {
            let uses = context.uses
            guard uses.indices.contains(row) else { return }
            returnToClaim(context.claim(uses[row]).id, in: context.articlePath, effects: &effects)
            return
        }
        guard open.sidecar.sources.indices.contains(row) else { return }
        let source = open.sidecar.sources[row]
        jump(to: SourceLink(source: source.id, relation: .cites), sidecar: open.sidecar, uses: open.usesBySource[source.id] ?? [],
             folder: open.folder, articlePath: open.path, effects: &effects)
    }

    /// Back to a claim from a source: to the article on the back stack, which comes back as
    /// it was with the claim selected, or the article opened anew.
    mutating func returnToClaim(_ id: String, in articlePath: String, effects: inout [Effect]) {
        let index = screens.lastIndex { screen in
            if case .article(let open) = screen { return open.path == articlePath && open.sourceContext == nil }
            return false
        }
        guard let index else {
            requestArticle(path: articlePath, purpose: .article(selectingClaim: id), effects: &effects)
            return
        }
        screens.removeSubrange((index + 1)...)
        relayoutArticle()
        guard var open = article, let claim = open.sidecar.claims.firstIndex(where: { $0.id == id }) else { return }
        open.selected = claim
        open.listSelection = nil
        article = open
        keepSelectionInView()
    }

    /// `n` and `N`: the last search again, the same way or the other.
    mutating func repeatSearch(forward sameWay: Bool) {
        guard let search = article?.search else {
            message = "no search yet: / searches forward, ? backward"
            return
        }
        runSearch(search, forward: sameWay ? search.forward : !search.forward)
    }

    /// Finds the next match of a search and scrolls it into view.
    mutating func runSearch(_ search: TextSearch, forward: Bool, fresh: Bool = false) {
        guard var open = article else { return }
        let text = open.searchText(for: search)
        let shown = open.shownRange(rows: articleRows)
        // As less: n goes on from the last match while it is on screen, else from the screen;
        // while selecting, as vim: from the cursor.
        let from: Int
        if let cursor = open.visual?.cursor {
            // Past the last match too: the cursor stops before a match hidden in Markdown syntax.
            let last = fresh ? nil : open.lastMatch?.lowerBound
            from = forward ? max(cursor, last ?? cursor) + 1 : min(cursor, last ?? cursor)
        } else if let last = open.lastMatch, !fresh, shown.contains(last.lowerBound) {
            from = forward ? last.lowerBound + 1 : last.lowerBound
        } else {
            from = shown.lowerBound
        }
        if open.search != search || open.matchStarts.isEmpty {
            // Every match, found once per search, so that "match 3/12" costs a binary search.
            open.matchStarts = text.occurrences(of: search.pattern)
        }
        open.search = search
        guard let match = search.find(in: text, from: from, forward: forward) else {
            open.lastMatch = nil
            article = open
            message = "not found: \(VisibleText.make(search.term, keepNewlines: false))"
            return
        }
        open.lastMatch = match.range
        // While selecting, the cursor goes to the match, extending the selection.
        open.visual?.cursor = open.layout.cursor(atOffset: match.range.lowerBound).flatMap(open.layout.item(at:))?.offset
            ?? match.range.lowerBound
        open.visual?.goalColumn = nil
        article = open
        scrollIntoView(match.range.lowerBound)
        if match.wrapped { message = forward ? "search wrapped around to the top" : "search wrapped around to the bottom" }
    }

    /// Enter on a claim: its one source, or a picker when it has several.
    mutating func jumpFromSelectedClaim(of open: OpenArticle, effects: inout [Effect]) {
        guard let selected = open.selected else {
            message = open.sourceContext != nil ? "Ctrl-W moves to the claims that use this source" : "select a claim first (Tab)"
            return
        }
        let claim = open.sidecar.claims[selected]
        switch claim.links.count {
        case 0: message = "claim \(claim.id) has no sources"
        case 1: jump(to: claim.links[0], sidecar: open.sidecar, uses: open.usesBySource[claim.links[0].source] ?? [], folder: open.folder,
                     articlePath: open.path, effects: &effects)
        default: screens.append(.picker(SourcePicker(claim: claim, sidecar: open.sidecar, folder: open.folder, articlePath: open.path)))
        }
    }

    /// Opens a source: its local copy at the quoted passage, or its page.
    /// - Parameter uses: the claims that use the source, from the open article's index of them;
    ///   nil when `sidecar` is not the open article's (they are looked for).
    mutating func jump(to link: SourceLink, sidecar: Sidecar, uses: [SourceUse]? = nil, folder: String, articlePath: String,
                       effects: inout [Effect]) {
        guard let source = sidecar.source(id: link.source) else {
            message = "source \"\(VisibleText.make(link.source, keepNewlines: false))\" is not in the claims file"
            return
        }
        let passage = link.passage.flatMap { source.passage(id: $0) }
        let context = SourceContext(source: source, sidecar: sidecar, passage: passage, articlePath: articlePath, uses: uses)
        if let localCopy = source.localCopy {
            requestArticle(path: Path.join(folder, localCopy), purpose: .localCopy(context), effects: &effects)
        } else {
            screens.append(.source(SourcePage(context: context)))
        }
    }

    /// Scrolls so that the selected claim's first line is on screen, a third of the way down.
    mutating func keepSelectionInView() {
        guard let open = article, let selected = open.selected, let range = open.anchors[selected].range else { return }
        scrollIntoView(range.lowerBound)
    }

    mutating func scrollHighlightIntoView() {
        guard let range = article?.highlighted else { return }
        scrollIntoView(range.lowerBound)
    }

    mutating func scrollIntoView(_ offset: Int) {
        guard var open = article else { return }
        let target = open.layout.position(ofOffset: offset)
        let bottom = open.layout.move(open.top, by: articleRows - 1)
        if target < open.top || target > bottom {
            open.top = clampedTop(open.layout.move(target, by: -(articleRows / 3)), in: open.layout)
        }
        article = open
    }

    /// As in less, the last page is the furthest the text scrolls: its last line at the bottom.
    func clampedTop(_ top: LinePosition, in layout: ArticleLayout) -> LinePosition {
        let furthest = layout.move(layout.last, by: -(articleRows - 1))
        return min(top, furthest)
    }
}
