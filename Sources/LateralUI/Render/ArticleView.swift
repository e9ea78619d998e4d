import LateralCore

/// The article pane: wrapped text, each claim in its verdict's paint with its glyph before
/// it, the selected claim standing out.
enum ArticleView {
    static func render(_ open: OpenArticle, into grid: inout CellGrid, area: Rect) {
        let matches = searchMatches(open, rows: area.height)
        let selection = open.visual.map { $0.range(in: open.layout) }
        var position: LinePosition? = open.top
        for row in 0..<area.height {
            guard let current = position, let line = open.layout.line(at: current) else { break }
            var x = area.x + 1
            for item in line {
                let claim = item.isDecoration ? nil : item.marker ?? open.spans.claim(at: item.offset)
                var paint: Paint = claim.map { ArticleView.paint(for: $0, in: open) } ?? ArticleView.paint(for: item.style)
                if item.isCharacter, let selection, selection.contains(item.offset) || item.offset == open.visual?.cursor {
                    paint = .visual
                    if item.offset == open.visual?.cursor {
                        paint = .cursor
                        grid.cursor = CellGrid.Point(x: x, y: area.y + row)
                    }
                } else if item.isCharacter {
                    if open.lastMatch?.contains(item.offset) == true {
                        paint = .currentMatch
                    } else if open.highlighted?.contains(item.offset) == true || matches.contains(where: { $0.contains(item.offset) }) {
                        paint = .searchMatch
                    }
                }
                if item.isTab {
                    let stop = area.x + 1 + ((x - area.x - 1) / Wrapping.tabWidth + 1) * Wrapping.tabWidth
                    while x < min(stop, area.x + area.width - 1) { grid.put(" ", x: x, y: area.y + row, paint: paint); x += 1 }
                    continue
                }
                x = grid.put(item.shown, x: x, y: area.y + row, paint: paint, limit: area.x + area.width - 1 - x)
            }
            position = open.layout.next(current)
        }
    }

    /// The matches of the last search among the lines on screen.
    static func searchMatches(_ open: OpenArticle, rows: Int) -> [Range<Int>] {
        guard let search = open.search else { return [] }
        return search.matches(in: open.searchText(for: search), scalars: open.shownRange(rows: rows))
    }

    static func paint(for style: MarkdownStyle) -> Paint {
        switch style {
        case .plain: return .plain
        case .heading: return .heading
        case .emphasis: return .emphasis
        case .strong: return .strong
        case .code: return .code
        case .link: return .link
        case .quote: return .dim
        }
    }

    static func paint(for claim: Int, in open: OpenArticle) -> Paint {
        let verdict = open.sidecar.claims[claim].verdict
        return claim == open.selected ? .selectedClaim(verdict) : .claim(verdict)
    }
}
