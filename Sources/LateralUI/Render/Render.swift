import LateralCore

/// The reader's screen as a pure function of its state, as bubbletea's View.
public func render(_ state: ReaderState) -> CellGrid {
    var grid = CellGrid(width: state.width, height: state.height, asciiOnly: state.asciiGlyphs)
    let panes = state.panes
    if panes.isTooSmall {
        grid.put("Window too small for Lateral (\(state.width)×\(state.height)); make it at least \(Panes.minimumWidth)×\(Panes.minimumHeight).",
                 x: 0, y: 0)
        return grid
    }
    switch state.screen {
    case .library: LibraryView.render(state, into: &grid, area: panes.article)
    case .article(let open):
        ArticleView.render(open, into: &grid, area: panes.article)
        if let side = panes.side { SidePane.render(open, state: state, into: &grid, area: side) }
    case .picker(let picker): PickerView.render(picker, into: &grid, area: panes.article)
    case .source(let page): SourcePageView.render(page, ascii: state.asciiGlyphs, into: &grid, area: panes.article)
    case .claim(let page): ClaimCaseView.render(page, ascii: state.asciiGlyphs, into: &grid, area: panes.article)
    case .help(let scroll): HelpView.render(scroll: scroll, ascii: state.asciiGlyphs, into: &grid, area: panes.article)
    case .legend: LegendView.render(ascii: state.asciiGlyphs, into: &grid, area: panes.article)
    }
    if let overlay = state.overlay { OverlayView.render(overlay, state: state, into: &grid) }
    renderBars(state, into: &grid)
    return grid
}

private func renderBars(_ state: ReaderState, into grid: inout CellGrid) {
    // The title line shows the way back: every screen on the back stack, the newest last,
    // each read only as far as the line can show.
    grid.fill(.bar, x: 0, y: 0, width: state.width, height: 1)
    var crumbs = state.path.map { Wrapping.firstLine($0, width: state.width) }
    var title = " Lateral · " + crumbs.joined(separator: " › ")
    while DisplayWidth.of(title) > state.width && crumbs.count > 1 {
        crumbs.removeFirst()
        title = " Lateral · … › " + crumbs.joined(separator: " › ")
    }
    grid.put(title, x: 0, y: 0, paint: .bar, limit: state.width)

    let bottom = state.height - 1
    grid.fill(.bar, x: 0, y: bottom, width: state.width, height: 1)
    if let prompt = state.prompt {
        // The prompt takes the whole line, with a block for the cursor; a long entry shows its end.
        let text = prompt.label + prompt.text + "█"
        let overflow = max(0, DisplayWidth.of(text) + 1 - state.width)
        grid.put(" " + String(text.dropFirst(overflow)), x: 0, y: bottom, paint: .bar, limit: state.width)
        return
    }
    var position = positionText(state)
    var positionWidth = DisplayWidth.of(position)
    // On a narrow window the message or hints come first; the position goes if it would crowd them.
    if positionWidth + 2 > state.width / 2 {
        position = ""
        positionWidth = 0
    }
    let room = max(0, state.width - positionWidth - 2)
    let left: String
    if let message = state.message {
        // A message too long for the line ends in an ellipsis, not mid-word unseen.
        left = DisplayWidth.of(message) + 1 <= room ? " " + message : " " + Wrapping.firstLine(message, width: max(0, room - 2)) + "…"
    } else {
        // As many whole hints as fit.
        var hints = ""
        for part in KeyMap.hintParts(for: state.keyContext) {
            let next = hints.isEmpty ? part : hints + " · " + part
            guard DisplayWidth.of(next) + 1 <= room else { break }
            hints = next
        }
        left = " " + hints
    }
    grid.put(left, x: 0, y: bottom, paint: .bar, limit: room)
    grid.put(position, x: state.width - positionWidth - 1, y: bottom, paint: .bar)
}

/// The right of the status line: claims still loading, the verdict filter, the match and
/// the claim shown, and how far through the text the screen is.
private func positionText(_ state: ReaderState) -> String {
    switch state.screen {
    case .article(let article):
        let claim = article.selected.map { article.placeInOrder[$0] }.flatMap { $0 >= 0 ? "claim \($0 + 1)/\(article.order.count)" : nil }
        // As less shows it: how far through the text the bottom line of the screen is.
        let bottomLine = article.layout.move(article.top, by: state.articleRows - 1)
        let total = article.article.body.scalarCount
        let shownEnd = article.layout.next(bottomLine).map(article.layout.startOffset(at:)) ?? total
        let percent = total == 0 ? 100 : shownEnd * 100 / total
        let only = article.verdictFilter.map { "only \($0.glyph) \($0.label)" }
        let pending = article.textPending ? "reading…" : article.claimsPending ? "reading claims…"
            : article.visual != nil ? "-- VISUAL --" : nil
        let match = article.currentMatchPlace.map { "match \($0.current)/\($0.total)" }
        // Of a text still being read, how far through it the screen is cannot be said yet.
        let through = article.textPending ? nil : "\(percent)%"
        return [pending, only, match, claim, through].compactMap { $0 }.joined(separator: "  ")
    case .library where !state.visibleLibrary.isEmpty:
        return "\(state.librarySelection + 1)/\(state.visibleLibrary.count)"
    default:
        return ""
    }
}
