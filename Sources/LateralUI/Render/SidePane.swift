import LateralCore

/// The side pane: the selected claim in full, then every claim, then every source.
enum SidePane {
    static func render(_ open: OpenArticle, state: ReaderState, into grid: inout CellGrid, area: Rect) {
        // The separator: a column left of a side pane, a row above a bottom one.
        if area.x > 0 {
            for y in area.y..<(area.y + area.height) { grid.put("│", x: area.x - 1, y: y, paint: .dim) }
        } else {
            grid.put(String(repeating: "─", count: area.width), x: 0, y: area.y - 1, paint: .dim)
        }
        let sections = content(open, ascii: state.asciiGlyphs, width: area.textWidth)
        // The selected claim keeps the top of the pane, at most half of it; below, the claims
        // and sources scroll so that the selected claim's entry stays in view.
        let detailRows = min(sections.detail.count, max(1, area.height / 2))
        let listRows = area.height - detailRows
        let list = sections.list
        var first = 0
        if let selectedLine = list.firstIndex(where: { $0.isSelectedListEntry }), selectedLine >= listRows {
            first = max(0, min(selectedLine - listRows / 2, list.count - listRows))
        }
        let shown = Array(sections.detail.prefix(detailRows)) + Array(list.dropFirst(first).prefix(listRows))
        for (row, line) in shown.enumerated() {
            if line.isSelectedListEntry { grid.fill(.selection, x: area.x, y: area.y + row, width: area.width, height: 1) }
            grid.put(line.text, x: area.x + 1, y: area.y + row, paint: line.paint, limit: area.textWidth)
        }
    }

    struct Line {
        var text: String
        var paint: Paint
        var isSelectedListEntry = false
    }

    /// The selected claim's details, and the lists of claims and sources.
    static func content(_ open: OpenArticle, ascii: Bool, width: Int) -> (detail: [Line], list: [Line]) {
        var lines: [Line] = []
        func add(_ text: String, _ paint: Paint = .plain) {
            for line in Wrapping.lines(text, width: width) { lines.append(Line(text: line, paint: paint)) }
        }
        let claims = open.sidecar.claims
        func glyph(_ verdict: Verdict) -> String { ascii ? verdict.asciiGlyph : verdict.glyph }
        if let selected = open.selected {
            let claim = claims[selected]
            add("\(glyph(claim.verdict)) \(claim.verdict.label) · claim \(claim.id)", .claim(claim.verdict))
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
        } else {
            add("Tab selects the next claim.", .dim)
        }
        lines.append(Line(text: "", paint: .plain))
        let detailCount = lines.count
        add("Claims (\(claims.count))", .heading)
        for (index, claim) in claims.enumerated() {
            let text = "\(glyph(claim.verdict)) \(index + 1). \(claim.quote.exact)"
            let clipped = Wrapping.lines(text, width: width).first ?? ""
            lines.append(Line(text: clipped, paint: .claim(claim.verdict), isSelectedListEntry: index == open.selected))
        }
        lines.append(Line(text: "", paint: .plain))
        add("Sources (\(open.sidecar.sources.count))", .heading)
        for source in open.sidecar.sources {
            var uses: [Relation: Int] = [:]
            for claim in claims where claim.links.contains(where: { $0.source == source.id }) {
                for relation in Set(claim.links.filter { $0.source == source.id }.map(\.relation)) { uses[relation, default: 0] += 1 }
            }
            let counts = Relation.allCases.compactMap { relation in uses[relation].map { "\(relation.rawValue) \($0)" } }
            add("\(source.title) (\(counts.joined(separator: ", ")))")
        }
        let safe = lines.map { Line(text: VisibleText.make($0.text, keepNewlines: false), paint: $0.paint, isSelectedListEntry: $0.isSelectedListEntry) }
        return (Array(safe[..<detailCount]), Array(safe[detailCount...]))
    }
}
