import LateralCore

/// What a key does in the small editor of a rationale or a note.
public enum EditorCommand: Sendable, Equatable {
    case insert(Character)
    case newline
    case left, right, up, down
    case lineStart, lineEnd
    case deleteBackward
    /// Ctrl-W: the word before the cursor, and the spaces after it, as in a shell.
    case deleteWord
    case save
    /// Hand the text to $VISUAL or $EDITOR.
    case external
}

/// A few lines of text being written in the reader, with a cursor. Lines are kept as
/// grapheme clusters, so that the cursor steps over an accented letter or an emoji whole.
public struct TextEditor: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case rationale(claimID: String)
        case note(claimID: String)
        /// The passage of a source a claim rests on, as the last step of linking them.
        case passage(LinkDraft)
        /// A line of a form, by its label.
        case field(String)
    }

    public var purpose: Purpose
    public private(set) var lines: [[Character]]
    public private(set) var row = 0
    public private(set) var column = 0

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    public var title: String {
        switch purpose {
        case .rationale(let id): return "rationale of claim \(id)"
        case .note(let id): return "new note on claim \(id)"
        case .passage(let draft): return "passage of \(draft.sourceID) that claim \(draft.claimID) rests on (optional)"
        case .field(let label): return label
        }
    }

    public mutating func apply(_ command: EditorCommand) {
        switch command {
        case .insert(let character):
            // A pasted line break arrives as a character of its own.
            if character == "\n" || character == "\r\n" || character == "\r" {
                apply(.newline)
                return
            }
            lines[row].insert(character, at: column)
            column += 1
        case .newline:
            let rest = Array(lines[row][column...])
            lines[row].removeSubrange(column...)
            lines.insert(rest, at: row + 1)
            row += 1
            column = 0
        case .left:
            if column > 0 {
                column -= 1
            } else if row > 0 {
                row -= 1
                column = lines[row].count
            }
        case .right:
            if column < lines[row].count {
                column += 1
            } else if row < lines.count - 1 {
                row += 1
                column = 0
            }
        case .up:
            guard row > 0 else { column = 0; return }
            row -= 1
            column = min(column, lines[row].count)
        case .down:
            guard row < lines.count - 1 else { column = lines[row].count; return }
            row += 1
            column = min(column, lines[row].count)
        case .lineStart:
            column = 0
        case .lineEnd:
            column = lines[row].count
        case .deleteBackward:
            if column > 0 {
                lines[row].remove(at: column - 1)
                column -= 1
            } else if row > 0 {
                let line = lines.remove(at: row)
                row -= 1
                column = lines[row].count
                lines[row] += line
            }
        case .deleteWord:
            guard column > 0 else {
                apply(.deleteBackward)
                return
            }
            var start = column
            while start > 0 && lines[row][start - 1].isWhitespace { start -= 1 }
            while start > 0 && !lines[row][start - 1].isWhitespace { start -= 1 }
            lines[row].removeSubrange(start..<column)
            column = start
        case .save, .external:
            break
        }
    }

    /// The text wrapped at spaces to a width, as rows of the lines' characters, and where the
    /// cursor stands among them (row, cell). A cell is kept free at the end of each row for
    /// the cursor.
    public func wrapped(width: Int) -> (rows: [[Character]], cursor: (row: Int, cell: Int)) {
        var rows: [[Character]] = []
        var cursor = (row: 0, cell: 0)
        for (lineIndex, line) in lines.enumerated() {
            let widths = line.map { max(1, DisplayWidth.of(ShownText.of($0))) }
            let pieces = line.isEmpty ? [Wrapping.Piece(range: 0..<0, width: 0)]
                : Wrapping.wrap(widths: widths, isSpace: line.map(\.isWhitespace), width: max(1, width - 1))
            for (pieceIndex, piece) in pieces.enumerated() {
                let isLast = pieceIndex == pieces.count - 1
                if lineIndex == row && piece.range.lowerBound <= column && (column < piece.range.upperBound || isLast) {
                    cursor = (rows.count, widths[piece.range.lowerBound..<column].reduce(0, +))
                }
                rows.append(Array(line[piece.range]))
            }
        }
        return (rows, cursor)
    }
}
