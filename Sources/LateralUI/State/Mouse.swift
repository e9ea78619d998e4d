/// Mouse clicks and the wheel: what they hit on screen, found with the same geometry the
/// screen was drawn with.
extension ReaderState {
    mutating func reduceClick(x: Int, y: Int, double: Bool, effects: inout [Effect]) {
        let panes = self.panes
        switch screen {
        case .library:
            let area = panes.article
            guard area.contains(x: x, y: y) else { return }
            let position = LibraryView.firstRow(self, rows: area.height) + y - area.y
            guard position < visibleLibrary.count else { return }
            librarySelection = position
            if double { reduceLibrary(.open, effects: &effects) }
        case .article(var open):
            if panes.article.contains(x: x, y: y) {
                guard let claim = claim(atColumn: x - panes.article.x - 1, row: y - panes.article.y, in: open) else { return }
                open.selected = claim
                open.sidePaneFocused = false
            } else if let side = panes.side, side.contains(x: x, y: y) {
                let geometry = SidePane.Geometry(open, ascii: asciiGlyphs, area: side)
                open.sidePaneFocused = true
                switch geometry.entry(atRow: y - side.y) {
                case .claim(let claim):
                    open.selected = claim
                    open.listSelection = nil
                case .source(let row), .use(let row):
                    open.listSelection = row
                    article = open
                    if double { openListRow(row, of: open, effects: &effects) }
                    return
                case nil:
                    return
                }
            } else {
                return
            }
            article = open
            keepSelectionInView()
            if double { jumpFromSelectedClaim(of: open, effects: &effects) }
        case .picker(let picker):
            let entry = y - PickerView.firstEntryRow(picker, area: panes.article)
            guard picker.claim.links.indices.contains(entry) else { return }
            if double {
                reducePicker(picker, .choose(entry + 1), effects: &effects)
            } else {
                var picker = picker
                picker.selection = entry
                screens[screens.count - 1] = .picker(picker)
            }
        case .source, .claim, .help, .legend:
            break
        }
    }

    /// The claim drawn at a cell of the article pane.
    func claim(atColumn column: Int, row: Int, in open: OpenArticle) -> Int? {
        var position = open.top
        for _ in 0..<row {
            guard let next = open.layout.next(position) else { return nil }
            position = next
        }
        guard let line = open.layout.line(at: position) else { return nil }
        var x = 0
        for item in line {
            let width = item.width < 0 ? Wrapping.tabWidth - x % Wrapping.tabWidth : item.width
            if column >= x && column < x + width { return item.isDecoration ? nil : item.marker ?? open.spans.claim(at: item.offset) }
            x += width
        }
        return nil
    }
}

extension Rect {
    func contains(x: Int, y: Int) -> Bool {
        x >= self.x && x < self.x + width && y >= self.y && y < self.y + height
    }
}
