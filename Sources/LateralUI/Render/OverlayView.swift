import LateralCore

/// The windows drawn over the screen: a menu, the editor, a question.
enum OverlayView {
    static func render(_ overlay: Overlay, state: ReaderState, into grid: inout CellGrid) {
        let content = Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - 2))
        switch overlay {
        case .menu(let menu):
            let rows = menu.items.map { $0.glyph == " " ? "\($0.key)  \($0.label)" : "\($0.key)  \($0.glyph) \($0.label)" }
            let width = min(content.width, max(DisplayWidth.of(menu.title) + 6, (rows.map { DisplayWidth.of($0) }.max() ?? 0) + 8))
            let height = min(content.height, rows.count + 2)
            let box = Rect(x: content.x + (content.width - width) / 2, y: content.y + max(0, (content.height - height) / 2), width: width, height: height)
            drawBox(box, title: menu.title, ascii: state.asciiGlyphs, into: &grid)
            // A menu longer than the screen scrolls to keep its selection in view.
            let visible = max(1, box.height - 2)
            let first = max(0, menu.selection - visible + 1)
            for (place, row) in rows[first...].prefix(visible).enumerated() {
                let paint: Paint = first + place == menu.selection ? .selection : .plain
                grid.fill(paint, x: box.x + 1, y: box.y + 1 + place, width: box.width - 2, height: 1)
                grid.put(" " + row, x: box.x + 1, y: box.y + 1 + place, paint: paint, limit: box.width - 2)
            }
        case .editor(let editor):
            let area = state.panes.side ?? Rect(x: 0, y: content.y + content.height * 3 / 5, width: content.width, height: content.height - content.height * 3 / 5)
            drawBox(area, title: editor.title, ascii: state.asciiGlyphs, into: &grid)
            let inner = Rect(x: area.x + 1, y: area.y + 1, width: max(1, area.width - 2), height: max(1, area.height - 2))
            let (rows, cursor) = editor.wrapped(width: inner.width)
            // The cursor's row stays in view: the text scrolls under it.
            let first = max(0, cursor.row - inner.height + 1)
            for (offset, row) in rows[first...].prefix(inner.height).enumerated() {
                let shown = row.map { ShownText.of($0, ascii: state.asciiGlyphs) }.joined()
                grid.put(shown, x: inner.x, y: inner.y + offset, limit: inner.width)
            }
            let cell = CellGrid.Point(x: inner.x + min(cursor.cell, inner.width - 1), y: inner.y + cursor.row - first)
            grid.paint(.selection, x: cell.x, y: cell.y, width: 1)
            grid.cursor = cell
        case .form(let form):
            renderForm(form, state: state, content: content, into: &grid)
        case .confirm(let confirmation):
            let width = min(content.width, 60)
            let lines = Wrapping.lines(VisibleText.make(confirmation.question, keepNewlines: false), width: width - 4)
            let height = min(content.height, lines.count + 4)
            let box = Rect(x: (content.width - width) / 2, y: content.y + max(0, (content.height - height) / 2), width: width, height: height)
            drawBox(box, title: "", ascii: state.asciiGlyphs, into: &grid)
            for (index, line) in lines.prefix(box.height - 4).enumerated() {
                grid.put(line, x: box.x + 2, y: box.y + 1 + index, limit: box.width - 4)
            }
            grid.put("y yes · n no", x: box.x + 2, y: box.y + box.height - 2, paint: .heading, limit: box.width - 4)
        }
    }

    /// A source's form: a label and a line for each field; the focused field shows the line
    /// its cursor is on, with the cursor.
    static func renderForm(_ form: SourceForm, state: ReaderState, content: Rect, into grid: inout CellGrid) {
        let fields = SourceForm.Field.allCases
        let width = min(content.width, 76)
        let height = min(content.height, fields.count + 2)
        let box = Rect(x: content.x + (content.width - width) / 2, y: content.y + max(0, (content.height - height) / 2), width: width, height: height)
        drawBox(box, title: form.title, ascii: state.asciiGlyphs, into: &grid)
        let labelWidth = fields.map { DisplayWidth.of($0.rawValue) }.max()! + 3
        let valueWidth = max(1, box.width - 2 - labelWidth)
        for (index, field) in fields.enumerated().prefix(box.height - 2) {
            let y = box.y + 1 + index
            let focused = index == form.focus
            grid.put(" " + field.rawValue + ":", x: box.x + 1, y: y, paint: focused ? .heading : .dim, limit: labelWidth)
            let (rows, cursor) = form.editors[index].wrapped(width: valueWidth)
            let row = focused ? cursor.row : 0
            let shown = rows[row].map { ShownText.of($0, ascii: state.asciiGlyphs) }.joined() + (!focused && rows.count > 1 ? "…" : "")
            grid.put(shown, x: box.x + 1 + labelWidth, y: y, limit: valueWidth)
            if focused {
                let cell = CellGrid.Point(x: box.x + 1 + labelWidth + min(cursor.cell, valueWidth - 1), y: y)
                grid.paint(.selection, x: cell.x, y: cell.y, width: 1)
                grid.cursor = cell
            }
        }
    }

    /// A frame with a title in its top edge, its inside cleared.
    static func drawBox(_ box: Rect, title: String, ascii: Bool, into grid: inout CellGrid) {
        guard box.width >= 2, box.height >= 2 else { return }
        let (horizontal, vertical, corners) = ascii ? ("-", "|", ["+", "+", "+", "+"]) : ("─", "│", ["┌", "┐", "└", "┘"])
        grid.fill(.plain, x: box.x, y: box.y, width: box.width, height: box.height)
        let edge = String(repeating: horizontal, count: box.width - 2)
        grid.put(corners[0] + edge + corners[1], x: box.x, y: box.y, paint: .dim)
        grid.put(corners[2] + edge + corners[3], x: box.x, y: box.y + box.height - 1, paint: .dim)
        for row in (box.y + 1)..<(box.y + box.height - 1) {
            grid.put(vertical, x: box.x, y: row, paint: .dim)
            grid.put(vertical, x: box.x + box.width - 1, y: row, paint: .dim)
        }
        if !title.isEmpty {
            grid.put(" " + title + " ", x: box.x + 2, y: box.y, paint: .heading, limit: box.width - 4)
        }
    }
}
