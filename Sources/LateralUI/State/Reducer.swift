import Foundation
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
    case .claimsLoaded(let answer):
        state.receive(answer)
    case .effectFailed(let message):
        state.message = message
    default:
        state.message = nil
        if state.prompt != nil {
            state.reducePrompt(action, effects: &effects)
        } else {
            state.reduceKey(action, effects: &effects)
        }
    }
    return (state, effects)
}

extension ReaderState {
    mutating func reduceKey(_ action: Action, effects: inout [Effect]) {
        switch action {
        case .resize(let width, let height):
            self.width = width
            self.height = height
            relayoutArticle()
        case .quit:
            isFinished = true
        case .redraw:
            effects.append(.redraw)
        case .back:
            // Backspace and q go back; from the library only q quits (Backspace is too easy to hit).
            screens.removeLast()
            if screens.isEmpty { isFinished = true }
            // The screen comes back as it was left, laid out again only if the window changed.
            relayoutArticle()
        case .help:
            if keyContext != .help { screens.append(.help(scroll: 0)) }
        case .toggleSidePane:
            showSidePane.toggle()
            relayoutArticle()
        case .click(let x, let y, let double):
            reduceClick(x: x, y: y, double: double, effects: &effects)
        case .startSearch(let forward):
            switch keyContext {
            case .article: prompt = Prompt(purpose: .search(forward: forward))
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
            case .help(let scroll): reduceHelp(scroll: scroll, action)
            }
        }
    }
}

extension ReaderState {
    /// Rows of article text on screen.
    var articleRows: Int { max(1, panes.article.height) }

    mutating func relayoutArticle() {
        guard var open = article else { return }
        open.relayout(width: panes.article.textWidth, asciiGlyphs: asciiGlyphs)
        open.top = clampedTop(open.top, in: open.layout)
        article = open
    }

    mutating func reduceLibrary(_ action: Action, effects: inout [Effect]) {
        let visible = visibleLibrary
        let count = visible.count
        guard count > 0 else { return }
        let page = max(1, height - 3)
        switch action {
        case .lineDown: librarySelection = min(count - 1, librarySelection + 1)
        case .lineUp: librarySelection = max(0, librarySelection - 1)
        case .wheel(let lines): librarySelection = min(count - 1, max(0, librarySelection + lines))
        case .pageDown: librarySelection = min(count - 1, librarySelection + page)
        case .pageUp: librarySelection = max(0, librarySelection - page)
        case .top: librarySelection = 0
        case .bottom: librarySelection = count - 1
        case .open:
            requestArticle(path: library[visible[min(librarySelection, count - 1)]].articlePath,
                           purpose: .article(selectingClaim: nil), effects: &effects)
        default: break
        }
    }

    mutating func reduceArticle(_ action: Action, effects: inout [Effect]) {
        guard var open = article else { return }
        let layout = open.layout
        if open.sidePaneFocused, let step = listStep(action) {
            // In the side pane's list, j and k move the selection from claim to claim.
            let count = open.listOrder.count
            guard count > 0 else { return }
            let current = open.selected.map { open.placeInList[$0] } ?? (step > 0 ? -1 : count)
            open.selected = open.listOrder[min(count - 1, max(0, current + step))]
            article = open
            keepSelectionInView()
            return
        }
        switch action {
        case .switchPane:
            guard panes.side != nil else {
                message = "the side pane is hidden (s shows it)"
                return
            }
            open.sidePaneFocused.toggle()
        case .openURL, .copy:
            guard let selected = open.selected else {
                message = "select a claim first (Tab)"
                return
            }
            let claim = open.sidecar.claims[selected]
            if action == .copy {
                // A paste runs what a clipboard holds: its controls go as visible symbols.
                effects.append(.copy(VisibleText.make(claim.quote.exact.replacingOccurrences(of: "\n", with: " "), keepNewlines: false)))
                message = "copied the quote of claim \(claim.id)"
            } else if let url = claim.links.lazy.compactMap({ open.sidecar.source(id: $0.source)?.url }).first {
                effects.append(.openURL(url))
            } else {
                message = "no source of claim \(claim.id) has a URL"
            }
            return
        case .wheel(let lines): open.top = layout.move(open.top, by: lines)
        case .lineDown: open.top = layout.move(open.top, by: 1)
        case .lineUp: open.top = layout.move(open.top, by: -1)
        case .pageDown: open.top = layout.move(open.top, by: articleRows - 1)
        case .pageUp: open.top = layout.move(open.top, by: -(articleRows - 1))
        case .top: open.top = layout.first
        case .bottom: open.top = layout.last
        case .nextClaim, .previousClaim:
            guard let claim = neighbourClaim(in: open, forward: action == .nextClaim) else {
                message = open.claimsPending ? "the claims are still being read" : open.order.isEmpty ? "this article has no claims" : "no more claims"
                return
            }
            open.selected = claim
            article = open
            keepSelectionInView()
            return
        case .open:
            jumpFromSelectedClaim(of: open, effects: &effects)
            return
        case .nextMatch, .previousMatch:
            guard let search = open.search else {
                message = "no search yet: / searches forward, ? backward"
                return
            }
            let forward = action == .nextMatch ? search.forward : !search.forward
            runSearch(search, forward: forward)
            return
        case .cycleVerdict:
            let cycle: [Verdict?] = [nil, .false, .misleading, .mixed, .mostlyTrue, .true, .unverifiable, .opinion, .unverified]
            let index = cycle.firstIndex(of: open.verdictFilter) ?? 0
            open.verdictFilter = cycle[(index + 1) % cycle.count]
            if let verdict = open.verdictFilter {
                let count = open.sidecar.claims.filter { $0.verdict == verdict }.count
                message = "Tab steps through \(verdict.glyph) \(verdict.label) claims only (\(count))"
            } else {
                message = "Tab steps through all claims"
            }
        default: break
        }
        open.top = clampedTop(open.top, in: layout)
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
            if case .search(let forward) = prompt.purpose {
                // An empty search repeats the last one, as in less.
                let term = prompt.text.isEmpty ? (article?.search?.term ?? "") : prompt.text
                guard !term.isEmpty else { return }
                runSearch(TextSearch(term: term, forward: forward), forward: forward, fresh: !prompt.text.isEmpty)
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

    /// Finds the next match of a search and scrolls it into view.
    mutating func runSearch(_ search: TextSearch, forward: Bool, fresh: Bool = false) {
        guard var open = article else { return }
        let text = open.searchText(for: search)
        let topOffset = open.layout.startOffset(at: open.top)
        // As less: n goes on from the last match while it is on screen, else from the screen.
        let bottom = open.layout.move(open.top, by: articleRows - 1)
        let bottomEnd = open.layout.line(at: bottom)?.last.map { $0.offset + 1 } ?? topOffset
        let from: Int
        if let last = open.lastMatch, !fresh, (topOffset..<max(topOffset, bottomEnd)).contains(last.lowerBound) {
            from = forward ? last.lowerBound + 1 : last.lowerBound
        } else {
            from = topOffset
        }
        open.search = search
        guard let match = search.find(in: text, from: from, forward: forward) else {
            open.lastMatch = nil
            article = open
            message = "not found: \(VisibleText.make(search.term, keepNewlines: false))"
            return
        }
        open.lastMatch = match.range
        article = open
        scrollIntoView(match.range.lowerBound)
        if match.wrapped { message = forward ? "search wrapped around to the top" : "search wrapped around to the bottom" }
    }

    /// Enter on a claim: its one source, or a picker when it has several.
    mutating func jumpFromSelectedClaim(of open: OpenArticle, effects: inout [Effect]) {
        guard let selected = open.selected else {
            message = "select a claim first (Tab)"
            return
        }
        let claim = open.sidecar.claims[selected]
        switch claim.links.count {
        case 0: message = "claim \(claim.id) has no sources"
        case 1: jump(to: claim.links[0], sidecar: open.sidecar, folder: open.folder, articlePath: open.path, effects: &effects)
        default: screens.append(.picker(SourcePicker(claim: claim, sidecar: open.sidecar, folder: open.folder, articlePath: open.path)))
        }
    }

    /// Opens a source: its local copy at the quoted passage, or its page.
    mutating func jump(to link: SourceLink, sidecar: Sidecar, folder: String, articlePath: String, effects: inout [Effect]) {
        guard let source = sidecar.source(id: link.source) else {
            message = "source \"\(VisibleText.make(link.source, keepNewlines: false))\" is not in the claims file"
            return
        }
        let passage = link.passage.flatMap { source.passage(id: $0) }
        let context = SourceContext(source: source, sidecar: sidecar, passage: passage, articlePath: articlePath)
        if let localCopy = source.localCopy {
            requestArticle(path: (folder as NSString).appendingPathComponent(localCopy), purpose: .localCopy(context), effects: &effects)
        } else {
            screens.append(.source(SourcePage(context: context)))
        }
    }

    mutating func reducePicker(_ picker: SourcePicker, _ action: Action, effects: inout [Effect]) {
        var picker = picker
        let count = picker.claim.links.count
        var chosen: Int?
        switch action {
        case .lineDown: picker.selection = min(count - 1, picker.selection + 1)
        case .lineUp: picker.selection = max(0, picker.selection - 1)
        case .top: picker.selection = 0
        case .bottom: picker.selection = count - 1
        case .open: chosen = picker.selection
        case .choose(let number):
            guard number <= count else {
                message = "there are \(count) sources"
                return
            }
            chosen = number - 1
        default: break
        }
        guard let chosen else {
            screens[screens.count - 1] = .picker(picker)
            return
        }
        // The picker gives way to the source: going back returns to the article.
        screens.removeLast()
        jump(to: picker.claim.links[chosen], sidecar: picker.sidecar, folder: picker.folder, articlePath: picker.articlePath, effects: &effects)
    }

    /// How far a key moves in a list: a line, a page, or nil for keys that do not move.
    func listStep(_ action: Action) -> Int? {
        switch action {
        case .lineDown: return 1
        case .lineUp: return -1
        case .pageDown: return max(1, height / 2)
        case .pageUp: return -max(1, height / 2)
        case .wheel(let lines): return lines
        default: return nil
        }
    }

    mutating func reduceSource(_ page: SourcePage, _ action: Action, effects: inout [Effect]) {
        var page = page
        switch action {
        case .openURL, .copy:
            guard let url = page.source.url else {
                message = "this source has no URL"
                return
            }
            effects.append(action == .openURL ? .openURL(url) : .copy(VisibleText.make(url, keepNewlines: false)))
            if action == .copy { message = "copied the URL" }
            return
        case .wheel(let lines):
            page.scroll += lines
        default: break
        }
        let rows = max(1, height - 2)
        let last = max(0, page.lines(width: max(1, width - 2)).count - rows)
        switch action {
        case .lineDown: page.scroll += 1
        case .lineUp: page.scroll -= 1
        case .pageDown: page.scroll += rows - 1
        case .pageUp: page.scroll -= rows - 1
        case .top: page.scroll = 0
        case .bottom: page.scroll = last
        default: break
        }
        page.scroll = min(max(0, page.scroll), last)
        screens[screens.count - 1] = .source(page)
    }

    mutating func reduceHelp(scroll: Int, _ action: Action) {
        let rows = max(1, height - 2)
        let last = max(0, HelpView.lines().count - rows)
        var scroll = scroll
        switch action {
        case .lineDown: scroll += 1
        case .lineUp: scroll -= 1
        case .wheel(let lines): scroll += lines
        case .pageDown: scroll += rows - 1
        case .pageUp: scroll -= rows - 1
        case .top: scroll = 0
        case .bottom: scroll = last
        default: break
        }
        screens[screens.count - 1] = .help(scroll: min(max(0, scroll), last))
    }

    /// The claim after (or before) the selected one; with none selected, the first one on screen.
    func neighbourClaim(in open: OpenArticle, forward: Bool) -> Int? {
        let order = open.order
        guard !order.isEmpty else { return nil }
        let matches = { (claim: Int) in open.verdictFilter.map { open.sidecar.claims[claim].verdict == $0 } ?? true }
        var place: Int
        if let selected = open.selected, open.placeInOrder[selected] >= 0 {
            place = open.placeInOrder[selected] + (forward ? 1 : -1)
        } else {
            // Nothing selected (or an orphan): start from the first claim at the top of the screen.
            let topOffset = open.layout.startOffset(at: open.top)
            let low = order.partitionPoint { open.anchors[$0].range!.lowerBound >= topOffset }
            place = forward ? min(low, order.count - 1) : low - 1
        }
        // With a verdict filter, walk on to the next claim that has it.
        while order.indices.contains(place) {
            if matches(order[place]) { return order[place] }
            place += forward ? 1 : -1
        }
        return nil
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
