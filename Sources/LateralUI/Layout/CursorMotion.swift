import LateralCore

/// Where the cursor stands in the laid-out article: on a character shown on a line.
public struct TextCursor: Sendable, Hashable, Comparable {
    public var line: LinePosition
    /// The character's index among the line's items.
    public var item: Int

    public static func < (a: TextCursor, b: TextCursor) -> Bool { (a.line, a.item) < (b.line, b.item) }
}

/// Ways the cursor of a selection moves, as in vim's visual mode.
public enum CursorMotion: Sendable, Hashable {
    case left, right, up, down
    /// `w`, `b`, `e`: to the next word's start, the previous word's start, the word's end.
    case wordForward, wordBackward, wordEnd
    /// `0` and `$`: the first and last character of the line on screen.
    case lineStart, lineEnd
}

/// The cursor's moves, character by character as the screen shows them: a wide character or
/// a letter with combining marks is one step, hidden Markdown syntax is stepped over.
extension ArticleLayout {
    public func item(at cursor: TextCursor) -> LayoutItem? {
        guard let line = line(at: cursor.line), line.indices.contains(cursor.item) else { return nil }
        return line[cursor.item]
    }

    /// The cursor on the character at a scalar offset of the body, or on the nearest one
    /// shown before it (after it, at the start of a line).
    public func cursor(atOffset offset: Int) -> TextCursor? {
        var position: LinePosition? = position(ofOffset: offset)
        while let current = position {
            let items = line(at: current) ?? []
            if let index = items.indices.last(where: { items[$0].isCharacter && items[$0].offset <= offset }) {
                return TextCursor(line: current, item: index)
            }
            if let index = items.indices.first(where: { items[$0].isCharacter }) {
                return TextCursor(line: current, item: index)
            }
            position = next(current)
        }
        return nil
    }

    /// The next character (or the one before), across lines; nil at either end of the text.
    public func step(_ cursor: TextCursor, forward: Bool) -> TextCursor? {
        var position = cursor.line
        var index = cursor.item
        while true {
            let items = line(at: position) ?? []
            index += forward ? 1 : -1
            while items.indices.contains(index) {
                if items[index].isCharacter { return TextCursor(line: position, item: index) }
                index += forward ? 1 : -1
            }
            guard let moved = forward ? next(position) : previous(position) else { return nil }
            position = moved
            index = forward ? -1 : (line(at: moved)?.count ?? 0)
        }
    }

    /// The cell a character starts at, counted from the line's left edge, tabs expanded.
    public func column(of cursor: TextCursor) -> Int {
        var column = 0
        for item in (line(at: cursor.line) ?? []).prefix(cursor.item) {
            column += item.width < 0 ? Wrapping.tabWidth - column % Wrapping.tabWidth : item.width
        }
        return column
    }

    /// The character of a line that covers a cell, or the last one before it; nil for a line
    /// without characters.
    func cursor(on position: LinePosition, column target: Int) -> TextCursor? {
        let items = line(at: position) ?? []
        var column = 0
        var best: Int?
        for (index, item) in items.enumerated() {
            if column > target { break }
            if item.isCharacter { best = index }
            column += item.width < 0 ? Wrapping.tabWidth - column % Wrapping.tabWidth : item.width
        }
        return best.map { TextCursor(line: position, item: $0) }
    }

    /// Moves the cursor. Up and down keep to `goalColumn`, the column the cursor had before
    /// it went up or down, as vim does; lines without characters are passed over.
    public func move(_ cursor: TextCursor, _ motion: CursorMotion, goalColumn: Int) -> TextCursor {
        switch motion {
        case .left: return step(cursor, forward: false) ?? cursor
        case .right: return step(cursor, forward: true) ?? cursor
        case .up, .down:
            var position = cursor.line
            while let moved = motion == .down ? next(position) : previous(position) {
                position = moved
                if let found = self.cursor(on: moved, column: goalColumn) { return found }
            }
            return cursor
        case .lineStart:
            let items = line(at: cursor.line) ?? []
            return items.indices.first { items[$0].isCharacter }.map { TextCursor(line: cursor.line, item: $0) } ?? cursor
        case .lineEnd:
            let items = line(at: cursor.line) ?? []
            return items.indices.last { items[$0].isCharacter && items[$0].shown != " " }.map { TextCursor(line: cursor.line, item: $0) } ?? cursor
        case .wordForward: return wordForward(from: cursor)
        case .wordBackward: return wordBackward(from: cursor)
        case .wordEnd: return wordEnd(from: cursor)
        }
    }

    /// As vim's "word": letters, digits and underscores make one kind, other marks another,
    /// and spaces (and line ends, and hidden syntax) separate words.
    private enum WordKind { case space, punctuation, word }

    private func kind(_ cursor: TextCursor) -> WordKind {
        guard let item = item(at: cursor), let scalar = text.scalars(item.offset..<(item.offset + 1)).first else { return .space }
        if scalar.properties.isWhitespace { return .space }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" { return .word }
        return .punctuation
    }

    /// Whether two characters follow each other in the text, with nothing hidden between.
    private func adjacent(_ a: TextCursor, _ b: TextCursor) -> Bool {
        guard let first = item(at: a), let second = item(at: b) else { return false }
        return first.offset + first.scalars == second.offset || second.offset + second.scalars == first.offset
    }

    /// The cursor moved over the characters of its own word, in one direction.
    private func endOfRun(from cursor: TextCursor, forward: Bool) -> TextCursor {
        let kind = kind(cursor)
        var current = cursor
        while kind != .space, let next = step(current, forward: forward), adjacent(current, next), self.kind(next) == kind {
            current = next
        }
        return current
    }

    /// The first character after a run of spaces (or the cursor itself when it is not on one).
    private func skipSpaces(from cursor: TextCursor, forward: Bool) -> TextCursor? {
        var current = cursor
        while kind(current) == .space {
            guard let next = step(current, forward: forward) else { return nil }
            current = next
        }
        return current
    }

    private func wordForward(from cursor: TextCursor) -> TextCursor {
        let end = endOfRun(from: cursor, forward: true)
        guard let next = step(end, forward: true) else { return end }
        return skipSpaces(from: next, forward: true) ?? end
    }

    /// Within a word, its end; from a word's end, the next word's end.
    private func wordEnd(from cursor: TextCursor) -> TextCursor {
        guard let next = step(cursor, forward: true), let word = skipSpaces(from: next, forward: true) else { return cursor }
        return endOfRun(from: word, forward: true)
    }

    private func wordBackward(from cursor: TextCursor) -> TextCursor {
        guard let previous = step(cursor, forward: false), let word = skipSpaces(from: previous, forward: false) else { return cursor }
        return endOfRun(from: word, forward: false)
    }
}
