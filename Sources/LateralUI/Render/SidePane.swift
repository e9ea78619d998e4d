import LateralCore

/// The side pane: the selected claim's case, then every claim, then every source; for a
/// source's local copy, what is known of the source and the claims that use it. Only the
/// rows on screen are built, so that a long list costs nothing per key press.
enum SidePane {
    static func render(_ open: OpenArticle, state: ReaderState, into grid: inout CellGrid, area: Rect) {
        // The separator: a column left of a side pane, a row above a bottom one. It shows
        // which pane has the focus.
        let separator: Paint = open.sidePaneFocused ? .bar : .dim
        if area.x > 0 {
            for y in area.y..<(area.y + area.height) { grid.put("│", x: area.x - 1, y: y, paint: separator) }
        } else {
            grid.put(String(repeating: "─", count: area.width), x: 0, y: area.y - 1, paint: separator)
        }
        let geometry = Geometry(open, ascii: state.asciiGlyphs, area: area)
        let list = geometry.list
        let shown = geometry.detail + (geometry.firstListRow..<min(list.count, geometry.firstListRow + geometry.listRows)).map(list.line)
        for (row, line) in shown.prefix(area.height).enumerated() {
            if line.isSelected {
                // The selected row is inverted across the pane's whole width.
                grid.fill(line.paint.selected, x: area.x, y: area.y + row, width: area.width, height: 1)
                grid.put(line.text, x: area.x + 1, y: area.y + row, paint: line.paint.selected, limit: area.textWidth)
            } else {
                grid.put(line.text, x: area.x + 1, y: area.y + row, paint: line.paint, limit: area.textWidth)
            }
        }
    }

    struct Line {
        var text: String
        var paint: Paint
        var isSelected = false
    }

    /// How the pane is filled: the details keep the top, at most half of it; below, the
    /// list scrolls so that its selected row stays in view.
    struct Geometry {
        let detail: [Line]
        let list: ListRows
        let listRows: Int
        let firstListRow: Int

        init(_ open: OpenArticle, ascii: Bool, area: Rect) {
            let most = max(1, area.height / 2)
            var detail = SidePane.details(open, ascii: ascii, width: area.textWidth, limit: most + 1)
            if detail.count > most {
                // More than fits: its last row says where the rest is.
                detail = Array(detail.prefix(most - 1)) + [Line(text: "… i shows the whole case", paint: .dim)]
            } else {
                detail.append(Line(text: "", paint: .plain))
            }
            self.detail = Array(detail.prefix(area.height))
            list = ListRows(open: open, ascii: ascii, width: area.textWidth)
            listRows = max(0, area.height - self.detail.count)
            var first = 0
            if let row = list.selectedRow, row >= listRows {
                first = max(0, min(row - listRows / 2, list.count - listRows))
            }
            firstListRow = first
        }

        /// What the list shows at a row of the pane, if anything.
        func entry(atRow row: Int) -> ListRows.Entry? {
            guard row >= detail.count else { return nil }
            return list.entry(atRow: firstListRow + row - detail.count)
        }
    }

    /// The top of the pane: the selected claim's case, or the source of a local copy.
    static func details(_ open: OpenArticle, ascii: Bool, width: Int, limit: Int) -> [Line] {
        if let context = open.sourceContext {
            return SourceFacts.lines(context.source, width: width, limit: limit).map { Line(text: $0.text, paint: $0.paint) }
        }
        guard let selected = open.selected else {
            let text = open.claimsPending ? "Reading the claims…"
                : open.sidecar.claims.isEmpty ? "This article has no claims yet." : "Tab selects the next claim."
            return [Line(text: text, paint: .dim)]
        }
        return ClaimDetails.lines(open.sidecar.claims[selected], anchor: open.anchors[selected], sidecar: open.sidecar,
                                  ascii: ascii, width: width, limit: limit).map { Line(text: $0.text, paint: $0.paint) }
    }

    static func glyph(_ verdict: Verdict, _ ascii: Bool) -> String { ascii ? verdict.asciiGlyph : verdict.glyph }

    /// The list below the details, row by row. For an article: a heading, a row per claim in
    /// text order, a heading and a row per orphan (claims that lost their place), a blank row,
    /// a heading, a row per source. For a local copy: a heading and a row per claim that uses
    /// its source.
    struct ListRows {
        enum Entry: Equatable {
            case claim(Int)
            case source(Int)
            /// A claim that uses the source of a local copy, by its place in `uses`.
            case use(Int)
        }

        let open: OpenArticle
        let ascii: Bool
        let width: Int
        let uses: [SourceUse]

        init(open: OpenArticle, ascii: Bool, width: Int) {
            self.open = open
            self.ascii = ascii
            self.width = width
            uses = open.sourceContext?.uses ?? []
        }

        var claimCount: Int { open.sidecar.claims.count }
        var placedCount: Int { open.order.count }
        /// The orphans' heading takes a row when there are orphans.
        var orphanHeading: Int { claimCount > placedCount ? 1 : 0 }
        /// The first source's row.
        var firstSourceRow: Int { claimCount + orphanHeading + 3 }

        var count: Int {
            open.sourceContext == nil ? firstSourceRow + open.sidecar.sources.count : uses.count + 1
        }

        func entry(atRow row: Int) -> Entry? {
            if open.sourceContext != nil { return row >= 1 && row <= uses.count ? .use(row - 1) : nil }
            if row >= 1 && row <= placedCount { return .claim(open.listOrder[row - 1]) }
            if row > placedCount + orphanHeading && row <= claimCount + orphanHeading { return .claim(open.listOrder[row - 1 - orphanHeading]) }
            let source = row - firstSourceRow
            return open.sidecar.sources.indices.contains(source) ? .source(source) : nil
        }

        /// The row of a claim's place in the list.
        func row(ofPlace place: Int) -> Int { place + 1 + (place >= placedCount ? orphanHeading : 0) }

        var selectedRow: Int? {
            if open.sourceContext != nil { return open.listSelection.map { $0 + 1 } }
            if let source = open.listSelection { return firstSourceRow + source }
            return open.selected.map { row(ofPlace: open.placeInList[$0]) }
        }

        func line(_ row: Int) -> Line {
            let selected = row == selectedRow
            if let context = open.sourceContext {
                if row == 0 { return Line(text: "Claims that use it (\(uses.count))", paint: .heading) }
                let use = uses[row - 1]
                let claim = context.claim(use)
                return Line(text: clipped("\(glyph(claim.verdict, ascii)) \(use.relation.rawValue): \(claim.quote.exact)"),
                            paint: .claim(claim.verdict), isSelected: selected)
            }
            if row == 0 { return Line(text: "Claims (\(placedCount))", paint: .heading) }
            if orphanHeading == 1 && row == placedCount + 1 {
                return Line(text: clipped("Orphans (\(claimCount - placedCount)) · v re-attaches"), paint: .heading)
            }
            if case .claim(let index) = entry(atRow: row) {
                // Numbered in text order, as the status line counts; orphans last, under their heading.
                let claim = open.sidecar.claims[index]
                let label = open.placeInOrder[index] >= 0 ? "\(row)." : "orphan:"
                let changed = open.anchors[index].method == .moved || open.anchors[index].method == .fuzzy ? " (moved)" : ""
                return Line(text: clipped("\(glyph(claim.verdict, ascii)) \(label)\(changed) \(claim.quote.exact)"),
                            paint: .claim(claim.verdict), isSelected: selected && open.listSelection == nil)
            }
            if row == firstSourceRow - 2 { return Line(text: "", paint: .plain) }
            if row == firstSourceRow - 1 { return Line(text: "Sources (\(open.sidecar.sources.count))", paint: .heading) }
            let source = open.sidecar.sources[row - firstSourceRow]
            let uses = open.sourceUses[source.id] ?? [:]
            let counts = Relation.allCases.compactMap { relation in uses[relation].map { "\(relation.rawValue) \($0)" } }
            let usage = counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))"
            return Line(text: clipped(source.title + usage), paint: .plain, isSelected: selected)
        }

        private func clipped(_ text: String) -> String {
            Wrapping.firstLine(text, width: width)
        }
    }
}

extension Paint {
    /// The paint of a selected row: inverted, in its verdict's colour when it has one.
    var selected: Paint {
        switch self {
        case .claim(let verdict), .selectedClaim(let verdict): return .selectedClaim(verdict)
        default: return .selection
        }
    }
}
