import LateralCore

/// The help screen: the verdicts' legend, then the keys, generated from the key table.
enum HelpView {
    static func render(scroll: Int, ascii: Bool, into grid: inout CellGrid, area: Rect) {
        let legend = LegendView.lines(ascii: ascii)
        let legendRows = legend.count + 1
        let keys = lines()
        for row in 0..<area.height {
            let index = scroll + row
            if index < legend.count {
                LegendView.draw(legend[index], into: &grid, x: area.x, y: area.y + row, width: area.width)
                continue
            }
            guard index >= legendRows, index - legendRows < keys.count else { continue }
            let line = keys[index - legendRows]
            if line.isHeading {
                grid.put(" " + line.keys, x: area.x, y: area.y + row, paint: .heading)
            } else {
                grid.put("   " + line.keys, x: area.x, y: area.y + row, limit: 28)
                grid.put(line.help, x: area.x + 30, y: area.y + row, limit: max(0, area.width - 30))
            }
        }
    }

    struct Line {
        var keys: String
        var help: String
        var isHeading: Bool
    }

    /// Rows the help scrolls through: the legend, a blank row, the keys.
    static func rowCount(ascii: Bool) -> Int { LegendView.lines(ascii: ascii).count + 1 + lines().count }

    /// Every binding, grouped by where it applies.
    static func lines() -> [Line] {
        var lines: [Line] = []
        for context in KeyContext.allCases {
            let bindings = KeyMap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", help: "", isHeading: false)) }
            lines.append(Line(keys: heading(context), help: "", isHeading: true))
            for binding in bindings {
                let keys = binding.keyLabels.joined(separator: " ")
                lines.append(Line(keys: keys, help: binding.help, isHeading: false))
            }
        }
        return lines
    }
    static func heading(_ context: KeyContext) -> String {
        switch context {
        case .everywhere: return "Everywhere"
        case .library: return "Library"
        case .article: return "Article"
        case .picker: return "Sources of a claim"
        case .claim: return "A claim's case"
        case .source: return "Source"
        case .help: return "Help"
        case .menu: return "A menu (verdict, attribution)"
        case .editor: return "Writing a rationale or a note"
        case .confirm: return "A question"
        case .visual: return "Selecting words for a claim (v)"
        case .form: return "A source's form"
        }
    }
}

/// What each verdict's glyph and colour mean, with its ClaimReview rating and FEVER label,
/// as DESIGN.md maps them.
enum LegendView {
    struct Line {
        var verdict: Verdict?
        var text: String
    }

    static func lines(ascii: Bool) -> [Line] {
        [Line(verdict: nil, text: "Verdicts")] + Verdict.allCases.map { verdict in
            let glyph = ascii ? verdict.asciiGlyph : verdict.glyph
            let rating = verdict.claimReviewRating.map { "ClaimReview \($0)" } ?? ""
            let fever = verdict.feverLabel.map { "FEVER \($0)" } ?? ""
            let mapping = [rating, fever].filter { !$0.isEmpty }.joined(separator: ", ")
            return Line(verdict: verdict, text: "\(glyph) \(verdict.label)" + (mapping.isEmpty ? "" : "  (\(mapping))"))
        }
    }

    static func draw(_ line: Line, into grid: inout CellGrid, x: Int, y: Int, width: Int) {
        guard let verdict = line.verdict else {
            grid.put(" " + line.text, x: x, y: y, paint: .heading, limit: width)
            return
        }
        // The words in the verdict's own colour and emphasis, as claims are shown in the text.
        grid.put("   " + line.text, x: x, y: y, paint: .claim(verdict), limit: width)
    }

    static func render(ascii: Bool, into grid: inout CellGrid, area: Rect) {
        for (row, line) in lines(ascii: ascii).prefix(area.height).enumerated() {
            draw(line, into: &grid, x: area.x, y: area.y + row, width: area.width)
        }
    }
}
