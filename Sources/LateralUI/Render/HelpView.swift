/// The help screen, generated from the key table.
enum HelpView {
    static func render(scroll: Int, into grid: inout CellGrid, area: Rect) {
        for (row, line) in lines().dropFirst(scroll).prefix(area.height).enumerated() {
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
        case .source: return "Source"
        case .help: return "Help"
        }
    }
}
