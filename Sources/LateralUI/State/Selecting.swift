import LateralCore

/// Marking claims in the text: a selection made as in vim's visual mode becomes a new claim,
/// or an orphan's new place; a search match becomes a claim in one key.
extension ReaderState {
    /// `v`: starts a selection at the last search match or the selected claim when on screen,
    /// else at the screen's first character. On an orphan, the selection is its new place.
    mutating func startSelection() {
        guard var open = article else { return }
        if let reason = editingBlocked(open) {
            message = reason
            return
        }
        let shown = open.shownRange(rows: articleRows)
        let candidates = [open.lastMatch?.lowerBound, open.selected.flatMap { open.anchors[$0].range?.lowerBound }]
        let wanted = candidates.compactMap { $0 }.first { shown.contains($0) } ?? shown.lowerBound
        guard let start = open.layout.cursor(atOffset: wanted).flatMap(open.layout.item(at:))?.offset else {
            message = "this article has no text to select"
            return
        }
        let orphan = open.selected.flatMap { open.anchors[$0].range == nil ? open.sidecar.claims[$0].id : nil }
        open.visual = VisualSelection(purpose: orphan.map { .reattach(claimID: $0) } ?? .newClaim, at: start)
        open.sidePaneFocused = false
        open.listSelection = nil
        article = open
        scrollIntoView(start)
        message = orphan.map { "re-attaching \($0): select its place (w b e 0 $ j k, / search), Enter, Esc cancels" }
            ?? "select the claim's words (w b e 0 $ j k, / search), Enter makes it a claim, Esc cancels"
    }

    mutating func reduceSelection(_ action: Action, effects: inout [Effect]) {
        guard var open = article, var visual = open.visual else { return }
        let layout = open.layout
        switch action {
        case .cancel:
            open.visual = nil
            article = open
            message = "nothing selected"
            return
        case .moveCursor(let motion):
            guard let cursor = layout.cursor(atOffset: visual.cursor) else { return }
            let goal = visual.goalColumn ?? layout.column(of: cursor)
            let moved = layout.move(cursor, motion, goalColumn: goal)
            visual.cursor = layout.item(at: moved)?.offset ?? visual.cursor
            visual.goalColumn = motion == .up || motion == .down ? goal : nil
        case .swapSelectionEnds:
            swap(&visual.anchor, &visual.cursor)
            visual.goalColumn = nil
        case .nextMatch, .previousMatch:
            repeatSearch(forward: action == .nextMatch)
            return
        case .open:
            finishSelection(visual, effects: &effects)
            return
        default:
            return
        }
        open.visual = visual
        article = open
        scrollIntoView(visual.cursor)
    }

    /// Enter: the selected words become a claim, or the orphan's place.
    private mutating func finishSelection(_ visual: VisualSelection, effects: inout [Effect]) {
        guard var open = article else { return }
        guard let range = visual.claimRange(in: open.layout) else {
            message = "only spaces are selected: select some words"
            return
        }
        open.visual = nil
        article = open
        switch visual.purpose {
        case .newClaim:
            makeClaim(range, effects: &effects)
        case .reattach(let id):
            let body = open.article.body
            editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
                try sidecar.moveClaim(id: id, to: range, in: body, stamp: stamp)
            }
        }
    }

    /// `M`: the current match of the last search becomes a claim.
    mutating func claimSearchMatch(effects: inout [Effect]) {
        guard let match = article?.lastMatch else {
            message = "no search match: / finds the words, then M makes them a claim"
            return
        }
        makeClaim(match, effects: &effects)
    }

    /// A new claim over a range of the body, selected, so that its verdict is the next key.
    private mutating func makeClaim(_ range: Range<Int>, effects: inout [Effect]) {
        guard let body = article?.article.body else { return }
        var id: String?
        editClaims(effects: &effects) { sidecar, stamp throws(EditRefusal) in
            let made = try sidecar.addClaim(range: range, in: body, stamp: stamp)
            id = made.id
            return made.change
        }
        guard let id, selectClaim(id: id) else { return }
        message = "new claim \(id): c verdict · r rationale · a note · u undo"
    }
}
