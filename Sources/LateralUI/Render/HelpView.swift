/// The help screen, generated from the key table.
enum HelpView {
    static func render(into grid: inout CellGrid, area: Rect) {
        var y = area.y
        for context in KeyContext.allCases {
            let bindings = KeyMap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty, y < area.y + area.height else { continue }
            grid.put(" " + heading(context), x: area.x, y: y, paint: .heading)
            y += 1
            for binding in bindings where y < area.y + area.height {
                let keys = binding.action == .choose(1) ? "1…9" : binding.keys.map(\.description).joined(separator: " ")
                grid.put("   " + keys, x: area.x, y: y, limit: 28)
                grid.put(binding.help, x: area.x + 30, y: y)
                y += 1
            }
            y += 1
        }
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
