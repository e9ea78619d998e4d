import LateralCore

/// The numbered sources of a claim.
enum PickerView {
    static func render(_ picker: SourcePicker, into grid: inout CellGrid, area: Rect) {
        let claim = picker.claim
        var y = area.y
        let heading = headingLines(picker, width: area.textWidth)
        for line in heading {
            grid.put(line, x: area.x + 1, y: y, paint: .claim(claim.verdict))
            y += 1
        }
        y += 1
        grid.put("Its sources (a number or Enter goes there):", x: area.x + 1, y: y, paint: .heading)
        y += 1
        for (index, link) in claim.links.enumerated() where y < area.y + area.height {
            let source = picker.sidecar.source(id: link.source)
            let title = source?.title ?? "missing source \(link.source)"
            let passage = link.passage.flatMap { source?.passage(id: $0) }.map { " — “\($0.exact)”" } ?? ""
            let text = Wrapping.firstLine("\(index + 1). \(link.relation.rawValue): \(title)\(passage)", width: area.textWidth)
            let selected = index == picker.selection
            if selected { grid.fill(.selection, x: area.x, y: y, width: area.width, height: 1) }
            grid.put(text, x: area.x + 1, y: y, paint: selected ? .selection : .plain, limit: area.textWidth)
            y += 1
        }
    }
}

extension PickerView {
    /// The claim above the list, at most three lines: clicks find the entries below it.
    static func headingLines(_ picker: SourcePicker, width: Int) -> [String] {
        let claim = picker.claim
        return Wrapping.lines("\(claim.verdict.glyph) \(claim.id) “\(claim.quote.exact)”", width: width, limit: 3)
    }

    /// The row of the first source entry, below the claim, a blank line and the heading.
    static func firstEntryRow(_ picker: SourcePicker, area: Rect) -> Int {
        area.y + headingLines(picker, width: area.textWidth).count + 2
    }
}

/// A source without a local copy: what is known of it, and the claims that use it.
enum SourcePageView {
    static func render(_ page: SourcePage, ascii: Bool, into grid: inout CellGrid, area: Rect) {
        let lines = page.lines(width: area.textWidth, ascii: ascii, limit: page.scroll + area.height)
        for (row, line) in lines.dropFirst(page.scroll).enumerated() {
            let y = area.y + row
            if let use = line.use, use == page.selection {
                grid.fill(line.paint.selected, x: area.x, y: y, width: area.width, height: 1)
                grid.put(line.text, x: area.x + 1, y: y, paint: line.paint.selected, limit: area.textWidth)
            } else {
                grid.put(line.text, x: area.x + 1, y: y, paint: line.paint, limit: area.textWidth)
            }
        }
    }
}

/// A claim's whole case, scrolled like a page.
enum ClaimCaseView {
    static func render(_ page: ClaimCase, ascii: Bool, into grid: inout CellGrid, area: Rect) {
        for (row, line) in page.lines(width: area.textWidth, ascii: ascii, limit: page.scroll + area.height).dropFirst(page.scroll).enumerated() {
            grid.put(line.text, x: area.x + 1, y: area.y + row, paint: line.paint, limit: area.textWidth)
        }
    }
}
