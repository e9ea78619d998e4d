import LateralCore

/// What a cell shows, by meaning; LateralTerminal turns it into colours and attributes for
/// the terminal at hand.
public enum Paint: Sendable, Hashable {
    case plain
    case heading
    /// Markdown's emphasis, strong emphasis, code and link text.
    case emphasis
    case strong
    case code
    case link
    case dim
    case claim(Verdict)
    case selectedClaim(Verdict)
    /// Title and status bars.
    case bar
    /// The selected line of a list.
    case selection
    case searchMatch
    /// The match the last search went to.
    case currentMatch
    /// Words selected to become a claim, and the character under the selection's cursor.
    case visual
    case cursor
}

public struct Cell: Sendable, Hashable {
    /// One grapheme cluster; "" for the second cell of a wide character.
    public var text: String
    public var paint: Paint

    public init(text: String = " ", paint: Paint = .plain) {
        self.text = text
        self.paint = paint
    }

    /// Inlinable, text first, so that the terminal's comparison of each cell with the one
    /// drawn before is a comparison of two small strings' bits in place, not a call.
    @inlinable public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.text == rhs.text && lhs.paint == rhs.paint
    }
}

/// A screen's worth of cells that views render into and the terminal draws, as ratatui's
/// Buffer: tests compare grids as text, and the terminal draws only the cells that changed.
public struct CellGrid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// For a terminal that is not UTF-8: everything put is shown in ASCII.
    public let asciiOnly: Bool
    /// Where the terminal's own cursor is shown (a selection's, the editor's); hidden when nil.
    public var cursor: Point?

    public struct Point: Sendable, Hashable {
        public var x: Int
        public var y: Int
    }

    public init(width: Int, height: Int, asciiOnly: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.asciiOnly = asciiOnly
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        @inlinable get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes text from (x, y), clipped at `limit` columns from x (default: the row's end).
    /// Control characters, escape sequences and bidi overrides become visible symbols here,
    /// the one door to the screen, whatever the caller passed. A wide character that does not
    /// fit is replaced by spaces.
    /// - Returns: the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, paint: Paint = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, x + (limit ?? width))
        var column = x
        ShownUnit.walk(text) { unit in
            let character: Character
            switch unit {
            case .ascii(let byte):
                guard column < end else { return false }
                if column >= 0 { self[column, y] = Cell(text: CellGrid.asciiTexts[Int(byte)], paint: paint) }
                column += 1
                return true
            case .character(let cluster):
                character = cluster
            }
            // Safe characters, nearly all of them, go straight in; others as their symbols.
            let isSafe = character.isASCII ? (character.asciiValue! >= 0x20 && character.asciiValue! != 0x7F)
                : !asciiOnly && !character.unicodeScalars.contains(where: VisibleText.isUnsafe)
            if isSafe { return place(character, at: &column, from: x, to: end, y: y, paint: paint) }
            let shown = character.isTab ? " " : ShownText.of(character, ascii: asciiOnly)
            var fits = true
            for symbol in shown where fits { fits = place(symbol, at: &column, from: x, to: end, y: y, paint: paint) }
            return fits
        }
        return column
    }

    /// Each ASCII byte as the text of a cell (small strings, kept inline: no allocation).
    private static let asciiTexts: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Writes one character at a column; false when it does not fit before `end`.
    private mutating func place(_ character: Character, at column: inout Int, from x: Int, to end: Int, y: Int, paint: Paint) -> Bool {
        let cellWidth = DisplayWidth.of(character)
        if cellWidth == 0 {
            // A mark with nothing to combine with in this row is dropped; else it joins the
            // character before it.
            if column > x, column - 1 < width {
                var previous = column - 1
                while previous > x && self[previous, y].text.isEmpty { previous -= 1 }
                self[previous, y].text += String(character)
            }
            return true
        }
        if column + cellWidth > end {
            while column < end { self[column, y] = Cell(text: " ", paint: paint); column += 1 }
            return false
        }
        if column >= 0 {
            self[column, y] = Cell(text: String(character), paint: paint)
            if cellWidth == 2 { self[column + 1, y] = Cell(text: "", paint: paint) }
        }
        column += cellWidth
        return true
    }

    /// Paints a rectangle's cells without changing their text.
    public mutating func paint(_ paint: Paint, x: Int, y: Int, width: Int, height: Int = 1) {
        for row in max(0, y)..<min(self.height, y + height) {
            for column in max(0, x)..<min(self.width, x + width) { self[column, row].paint = paint }
        }
    }

    public mutating func fill(_ paint: Paint, x: Int, y: Int, width: Int, height: Int) {
        for row in max(0, y)..<min(self.height, y + height) {
            for column in max(0, x)..<min(self.width, x + width) { self[column, row] = Cell(text: " ", paint: paint) }
        }
    }

    /// The grid's characters, one line per row, trailing spaces removed: what a screen shows.
    public var text: String {
        (0..<height).map { row(text: $0) }.joined(separator: "\n")
    }

    public func row(text y: Int) -> String {
        var line = ""
        for x in 0..<width { line += self[x, y].text }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
