import LateralCore

/// The library screen: one article a line, newest first, with its verdicts counted.
enum LibraryView {
    static func render(_ state: ReaderState, into grid: inout CellGrid, area: Rect) {
        let visible = state.visibleLibrary
        guard !visible.isEmpty else {
            let why = state.libraryPending ? "Reading the library…"
                : state.library.isEmpty ? "No articles in \(state.libraryFolder)." : "No title matches \"\(state.libraryFilter)\"."
            grid.put(" " + VisibleText.make(why, keepNewlines: false), x: area.x, y: area.y)
            return
        }
        let first = firstRow(state, rows: area.height)
        for (row, position) in (first..<min(visible.count, first + area.height)).enumerated() {
            let entry = state.library[visible[position]]
            let y = area.y + row
            let selected = position == state.librarySelection
            let paint: Paint = selected ? .selection : .plain
            if selected { grid.fill(.selection, x: area.x, y: y, width: area.width, height: 1) }
            let date = String((entry.date ?? "").prefix(10))
            var x = grid.put(" " + date, x: area.x, y: y, paint: selected ? .selection : .dim)
            x = max(x, area.x + 12)
            let bar = verdictBar(entry, ascii: state.asciiGlyphs)
            let barWidth = bar.reduce(0) { $0 + DisplayWidth.of($1.text) }
            let titleLimit = max(0, area.width - (x - area.x) - barWidth - 2)
            let outlet = entry.outlet.map { VisibleText.make($0, keepNewlines: false) + " · " } ?? ""
            grid.put(outlet, x: x, y: y, paint: selected ? .selection : .dim, limit: titleLimit)
            let outletEnd = min(x + DisplayWidth.of(outlet), x + titleLimit)
            grid.put(VisibleText.make(entry.title, keepNewlines: false), x: outletEnd, y: y, paint: paint,
                     limit: max(0, titleLimit - (outletEnd - x)))
            var barX = area.x + area.width - barWidth - 1
            for part in bar {
                barX = grid.put(part.text, x: barX, y: y, paint: selected ? .selection : part.paint)
            }
        }
    }

    /// The first entry on screen: the list scrolls to keep the selection in the middle.
    static func firstRow(_ state: ReaderState, rows: Int) -> Int {
        max(0, min(state.librarySelection - rows / 2, state.visibleLibrary.count - rows))
    }

    /// "✘2 ⚠1 ✓11", in the verdicts' paints; "unreadable" for a file that did not load.
    static func verdictBar(_ entry: ArticleSummary, ascii: Bool) -> [(text: String, paint: Paint)] {
        if entry.problems.contains(where: { $0.severity == .error }) { return [("unreadable", .dim)] }
        let counts = entry.verdicts
        if counts.isEmpty { return [("no claims", .dim)] }
        return Verdict.allCases.reversed().compactMap { verdict in
            counts[verdict].map { ((ascii ? verdict.asciiGlyph : verdict.glyph) + "\($0) ", Paint.claim(verdict)) }
        }
    }
}
