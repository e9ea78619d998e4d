import LateralCore

/// The side pane: the selected claim in full, then every claim, then every source. Only
/// the rows on screen are built, so that a long list costs nothing per key press.
enum SidePane {
    static func render(_ open: OpenArticle, state: ReaderState, into grid: inout CellGrid, area: Rect) {
        // The separator: a column left of a side pane, a row above a bottom one.
        // The separator shows which pane has the focus.
        let separator: Paint = open.sidePaneFocused ? .bar : .dim
        if area.x > 0 {
            for y in area.y..<(area.y + area.height) { grid.put("│", x: area.x - 1, y: y, paint: separator) }
        } else {
            grid.put(String(repeating: "─", count: area.width), x: 0, y: area.y - 1, paint: separator)
        }
        let geometry = Geometry(open, ascii: state.asciiGlyphs, area: area)
        let list = geometry.list
        let shown = Array(geometry.detail.prefix(geometry.detailRows))
            + (geometry.firstListRow..<min(list.count, geometry.firstListRow + geometry.listRows)).map(list.line)
        for (row, line) in shown.enumerated() {
            if line.isSelectedListEntry { grid.fill(.selection, x: area.x, y: area.y + row, width: area.width, height: 1) }
            grid.put(line.text, x: area.x + 1, y: area.y + row, paint: line.paint, limit: area.textWidth)
        }
    }

    /// How the pane is filled: the selected claim keeps the top, at most half of it; below,
    /// the claims and sources scroll so that the selected claim's entry stays in view.
    struct Geometry {
        let detail: [Line]
        let detailRows: Int
        let list: ListRows
        let listRows: Int
        let firstListRow: Int

        init(_ open: OpenArticle, ascii: Bool, area: Rect) {
            detail = SidePane.details(open, ascii: ascii, width: area.textWidth)
            detailRows = min(detail.count, max(1, area.height / 2))
            list = ListRows(open: open, ascii: ascii, width: area.textWidth)
            listRows = area.height - detailRows
            var first = 0
            if let selected = open.selected, list.row(ofClaim: selected) >= listRows {
                first = max(0, min(list.row(ofClaim: selected) - listRows / 2, list.count - listRows))
            }
            firstListRow = first
        }

        /// The claim whose list entry is at a row of the pane, if any.
        func claim(atRow row: Int) -> Int? {
            guard row >= detailRows else { return nil }
            let listRow = firstListRow + row - detailRows
            return listRow >= 1 && listRow <= list.claimCount ? list.open.listOrder[listRow - 1] : nil
        }
    }

    struct Line {
        var text: String
        var paint: Paint
        var isSelectedListEntry = false
    }

    /// The selected claim in full: verdict, quote, claimant, attribution, rationale, sources
    /// with their passages, notes.
    static func details(_ open: OpenArticle, ascii: Bool, width: Int) -> [Line] {
        var lines: [Line] = []
        func add(_ text: String, _ paint: Paint = .plain) {
            for line in Wrapping.lines(VisibleText.make(text), width: width) { lines.append(Line(text: line, paint: paint)) }
        }
        guard let selected = open.selected else {
            add("Tab selects the next claim.", .dim)
            lines.append(Line(text: "", paint: .plain))
            return lines
        }
        let claim = open.sidecar.claims[selected]
        add("\(glyph(claim.verdict, ascii)) \(claim.verdict.label) · claim \(claim.id)", .claim(claim.verdict))
        add("“\(claim.quote.exact)”")
        if let claimant = claim.claimant { add("Claimed by: " + claimant, .dim) }
        add("Attribution: " + claim.attribution.label, .dim)
        if let rationale = claim.rationale { add(rationale) }
        for link in claim.links {
            let source = open.sidecar.source(id: link.source)
            add("\(link.relation.rawValue): \(source?.title ?? "missing source " + link.source)", .heading)
            if let passageID = link.passage, let passage = source?.passage(id: passageID) { add("  “\(passage.exact)”") }
        }
        for note in claim.notes { add("Note by \(note.author), \(note.time): \(note.text)", .dim) }
        lines.append(Line(text: "", paint: .plain))
        return lines
    }

    static func glyph(_ verdict: Verdict, _ ascii: Bool) -> String { ascii ? verdict.asciiGlyph : verdict.glyph }

    /// The list below the details, row by row: a heading, a row per claim (in text order,
    /// orphans last), a blank row, a heading, a row per source.
    struct ListRows {
        let open: OpenArticle
        let ascii: Bool
        let width: Int

        var claimCount: Int { open.sidecar.claims.count }
        var count: Int { claimCount + open.sidecar.sources.count + 3 }

        func row(ofClaim claim: Int) -> Int { open.placeInList[claim] + 1 }

        func line(_ row: Int) -> Line {
            if row == 0 { return Line(text: "Claims (\(claimCount))", paint: .heading) }
            if row <= claimCount {
                // Numbered in text order, as the status line counts; orphans last, marked.
                let index = open.listOrder[row - 1]
                let claim = open.sidecar.claims[index]
                let label = open.placeInOrder[index] >= 0 ? "\(row)." : "orphan:"
                return Line(text: clipped("\(glyph(claim.verdict, ascii)) \(label) \(claim.quote.exact)"),
                            paint: .claim(claim.verdict), isSelectedListEntry: index == open.selected)
            }
            if row == claimCount + 1 { return Line(text: "", paint: .plain) }
            if row == claimCount + 2 { return Line(text: "Sources (\(open.sidecar.sources.count))", paint: .heading) }
            let source = open.sidecar.sources[row - claimCount - 3]
            let uses = open.sourceUses[source.id] ?? [:]
            let counts = Relation.allCases.compactMap { relation in uses[relation].map { "\(relation.rawValue) \($0)" } }
            return Line(text: clipped("\(source.title) (\(counts.joined(separator: ", ")))"), paint: .plain)
        }

        private func clipped(_ text: String) -> String {
            Wrapping.firstLine(text, width: width)
        }
    }
}
