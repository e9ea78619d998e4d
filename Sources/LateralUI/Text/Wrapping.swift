import LateralCore

extension Character {
    /// Asked of its one byte: comparing with "\t" is a string comparison, which every
    /// character on screen made.
    var isTab: Bool { utf8.count == 1 && utf8.first == 0x09 }
}

/// A character as it is shown: itself, or the visible symbols of the unsafe scalars in it.
public enum ShownText {
    /// - Parameter ascii: for a terminal that is not UTF-8, where nothing but ASCII is shown.
    public static func of(_ character: Character, ascii: Bool = false) -> String {
        if character.isTab { return "\t" }
        return replacement(for: character, ascii: ascii) ?? String(character)
    }

    /// The symbols shown instead of the character, or nil when it is shown as it is (so that
    /// its width is asked of the character, without making a string of it).
    static func replacement(for character: Character, ascii: Bool = false) -> String? {
        if character.isASCII && character != "\u{7F}" && (character.asciiValue ?? 0) >= 0x20 { return nil }
        guard ascii || character.unicodeScalars.contains(where: VisibleText.isUnsafe) else { return nil }
        return character.unicodeScalars.map { VisibleText.symbol(for: $0, ascii: ascii) ?? String($0) }.joined()
    }
}

/// Text taken as it is shown, piece by piece: a printable ASCII byte that no mark joins, which
/// is most of any text and takes one cell, or else a whole grapheme cluster. Walking every
/// character as a cluster was a third of a frame.
public enum ShownUnit {
    case ascii(UInt8)
    case character(Character)

    /// Hands `body` the text's units in order, until the end or until it returns false.
    @inline(__always)
    public static func walk(_ text: some StringProtocol, _ body: (ShownUnit) -> Bool) {
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            // A byte of 0x80 or more after it may be a mark that joins it (e and ´ are é).
            if byte >= 0x20 && byte < 0x7F && (next == bytes.endIndex || bytes[next] < 0x80) {
                guard body(.ascii(byte)) else { return }
                index = next
            } else {
                let character = text[index...].first!
                guard body(.character(character)) else { return }
                index = bytes.index(index, offsetBy: character.utf8.count)
            }
        }
    }
}

/// Greedy word wrapping by display width. Lines break after spaces, or anywhere in a word
/// too long for a line, and before wide (CJK) characters, which need no spaces between them.
public enum Wrapping {
    public static let tabWidth = 8

    /// One wrapped piece of a longer run of characters.
    public struct Piece: Sendable, Hashable {
        /// Indexes into the characters given.
        public var range: Range<Int>
        public var width: Int
    }

    /// - Parameters:
    ///   - widths: the cells each character takes (a tab is given as -1 and expands to the next stop).
    ///   - isSpace: whether a line may break after the character.
    ///   - startColumn: the column each line starts at on screen (after a quote's bar, a list's
    ///     indent), from which tab stops count.
    public static func wrap(widths: [Int], isSpace: [Bool], width limit: Int, startColumn: Int = 0) -> [Piece] {
        let limit = max(1, limit)
        var pieces: [Piece] = []
        var start = 0
        var column = 0
        // The last place the current line may break: the index after a space, and the column there.
        var lastBreak: (index: Int, column: Int)?
        var index = 0
        while index < widths.count {
            var cells = widths[index]
            if cells < 0 { cells = tabWidth - (column + startColumn) % tabWidth }
            if column + cells > limit && index > start {
                // A space that does not fit ends the line it would overflow, as it does in
                // every text view: the next line starts with the next word.
                if isSpace[index] {
                    pieces.append(Piece(range: start..<(index + 1), width: column))
                    start = index + 1
                    column = 0
                    lastBreak = nil
                    index = start
                    continue
                }
                let breakAt = lastBreak ?? (index, column)
                pieces.append(Piece(range: start..<breakAt.index, width: breakAt.column))
                start = breakAt.index
                column = 0
                lastBreak = nil
                index = start
                continue
            }
            if cells == 2 && index > start { lastBreak = (index, column) }
            column += cells
            index += 1
            if isSpace[index - 1] { lastBreak = (index, column) }
        }
        pieces.append(Piece(range: start..<widths.count, width: column))
        return pieces
    }

    /// Wraps plain text for panes: each paragraph on its own, spaces kept at line ends
    /// dropped, a tab shown as a space; at most `limit` lines, reading no further than they need.
    public static func lines(_ text: String, width: Int, limit: Int = .max) -> [String] {
        var result: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            guard result.count < limit else { break }
            // A paragraph is read only as far as the lines left can show.
            let remaining = limit - result.count
            let needed = remaining > Int.max / 4096 ? Int.max : max(1, min(width, 4096)) * (remaining + 1)
            let characters = paragraph.prefix(needed).map { $0.isTab ? " " : ShownText.of($0) }
            let widths = characters.map { DisplayWidth.of($0) }
            let spaces = characters.map { $0 == " " }
            for piece in wrap(widths: widths, isSpace: spaces, width: width) {
                guard result.count < limit else { break }
                var line = characters[piece.range].joined()
                while line.hasSuffix(" ") { line.removeLast() }
                result.append(line)
            }
        }
        return result
    }

    /// As much of the text as fits on one line, made visible-safe, reading no further than
    /// it needs: for list rows of long quotes.
    public static func firstLine(_ text: String, width: Int) -> String {
        var line: [UInt8] = []
        var column = 0
        ShownUnit.walk(text) { unit in
            switch unit {
            case .ascii(let byte):
                guard column + 1 <= width else { return false }
                line.append(byte)
                column += 1
            case .character(let character):
                let shown = character.isTab ? " " : ShownText.replacement(for: character)
                let cells = shown.map { DisplayWidth.of($0) } ?? DisplayWidth.of(character)
                guard column + cells <= width else { return false }
                line += shown?.utf8 ?? character.utf8
                column += cells
            }
            return true
        }
        return String(decoding: line, as: UTF8.self)
    }
}
