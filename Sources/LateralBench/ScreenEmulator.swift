import CWidth

/// A terminal screen rebuilt from what a program writes to it: enough of xterm's control
/// sequences for what curses and `less` send with `TERM=xterm-256color` (cursor moves,
/// erasing, inserting and deleting lines and characters, scroll regions, the alternate
/// screen, repeats), so that the benchmark can tell when a screen is complete by what it shows.
/// Colours and attributes are read and dropped: the benchmark compares text.
public struct ScreenEmulator {
    public let width: Int
    public let height: Int
    private var cells: [[String]]
    private var row = 0
    private var column = 0
    private var savedCursor = (row: 0, column: 0)
    private var scrollTop = 0
    private var scrollBottom: Int
    /// The last character printed, for REP (`CSI n b`).
    private var lastPrinted: String?
    /// A character's cells are written when it is complete: its scalars are gathered here.
    private var pendingBytes: [UInt8] = []
    private var state = ParseState.ground
    private var parameters: [UInt8] = []
    /// Set once the last column has been written: the next character wraps first (xterm's
    /// delayed wrap).
    private var wrapPending = false

    private enum ParseState { case ground, escape, csi, osc, oscEscape, charset }

    public init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
        cells = Array(repeating: Array(repeating: " ", count: max(1, width)), count: max(1, height))
        scrollBottom = max(1, height) - 1
    }

    /// The screen's text, a line per row, trailing spaces removed.
    public var text: String {
        cells.map { line in
            var text = line.joined()
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }

    public var cursor: (row: Int, column: Int) { (row, column) }

    public mutating func feed(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { feed(byte) }
    }

    private mutating func feed(_ byte: UInt8) {
        switch state {
        case .ground: ground(byte)
        case .escape: escape(byte)
        case .csi:
            if byte >= 0x40 && byte <= 0x7E {
                state = .ground
                csi(final: byte)
            } else {
                parameters.append(byte)
            }
        case .osc:
            if byte == 0x07 { state = .ground } else if byte == 0x1B { state = .oscEscape }
        case .oscEscape:
            state = byte == UInt8(ascii: "\\") ? .ground : .osc
        case .charset:
            state = .ground
        }
    }

    private mutating func ground(_ byte: UInt8) {
        if !pendingBytes.isEmpty || byte >= 0x80 {
            pendingBytes.append(byte)
            if let scalar = completeScalar() { print(scalar) }
            return
        }
        switch byte {
        case 0x1B: state = .escape
        case 0x0D: column = 0; wrapPending = false
        case 0x0A, 0x0B, 0x0C: lineFeed()
        case 0x08: column = max(0, column - 1); wrapPending = false
        case 0x09: column = min(width - 1, (column / 8 + 1) * 8)
        case 0x20...0x7E: print(Unicode.Scalar(byte))
        default: break
        }
    }

    /// The scalar the gathered UTF-8 bytes make, once they make one; a bad sequence is dropped.
    private mutating func completeScalar() -> Unicode.Scalar? {
        let lead = pendingBytes[0]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard pendingBytes.count >= length else { return nil }
        defer { pendingBytes = [] }
        var iterator = pendingBytes.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    private mutating func print(_ scalar: Unicode.Scalar) {
        var cellWidth = scalar.isASCII ? 1 : Int(lateral_wcwidth(scalar.value))
        if cellWidth == 0 {
            // A combining mark joins the cell before the cursor.
            let target = wrapPending ? column : max(0, column - 1)
            if !cells[row][target].isEmpty { cells[row][target] += String(scalar) }
            return
        }
        if cellWidth < 0 { cellWidth = 1 }
        if wrapPending || column + cellWidth > width {
            column = 0
            lineFeed()
        }
        cells[row][column] = String(scalar)
        if cellWidth == 2 && column + 1 < width { cells[row][column + 1] = "" }
        lastPrinted = String(scalar)
        if column + cellWidth >= width {
            column = width - 1
            wrapPending = true
        } else {
            column += cellWidth
        }
    }

    private mutating func lineFeed() {
        wrapPending = false
        if row == scrollBottom {
            scrollUp(1)
        } else if row < height - 1 {
            row += 1
        }
    }

    private mutating func scrollUp(_ count: Int) {
        for _ in 0..<min(count, scrollBottom - scrollTop + 1) {
            cells.remove(at: scrollTop)
            cells.insert(blankLine, at: scrollBottom)
        }
    }

    private mutating func scrollDown(_ count: Int) {
        for _ in 0..<min(count, scrollBottom - scrollTop + 1) {
            cells.remove(at: scrollBottom)
            cells.insert(blankLine, at: scrollTop)
        }
    }

    private var blankLine: [String] { Array(repeating: " ", count: width) }

    private mutating func escape(_ byte: UInt8) {
        state = .ground
        switch byte {
        case UInt8(ascii: "["): state = .csi; parameters = []
        case UInt8(ascii: "]"): state = .osc
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
        case UInt8(ascii: "7"): savedCursor = (row, column)
        case UInt8(ascii: "8"): (row, column) = savedCursor; wrapPending = false
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"): column = 0; lineFeed()
        case UInt8(ascii: "M"):
            wrapPending = false
            if row == scrollTop { scrollDown(1) } else if row > 0 { row -= 1 }
        case UInt8(ascii: "c"): self = ScreenEmulator(width: width, height: height)
        default: break
        }
    }

    private mutating func csi(final: UInt8) {
        let isPrivate = parameters.first.map { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ">") } ?? false
        let numbers = String(decoding: parameters.filter { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: ">") }, as: UTF8.self)
            .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        func number(_ index: Int, default value: Int = 1) -> Int {
            index < numbers.count && numbers[index] != 0 ? numbers[index] : value
        }
        if isPrivate {
            // The alternate screen starts cleared; other private modes do not change the text.
            if final == UInt8(ascii: "h") || final == UInt8(ascii: "l"), numbers.contains(1049) || numbers.contains(47) {
                cells = Array(repeating: blankLine, count: height)
            }
            return
        }
        let count = number(0)
        switch final {
        case UInt8(ascii: "A"): row = max(row < scrollTop ? 0 : scrollTop, row - count)
        case UInt8(ascii: "B"), UInt8(ascii: "e"): row = min(row > scrollBottom ? height - 1 : scrollBottom, row + count)
        case UInt8(ascii: "C"), UInt8(ascii: "a"): column = min(width - 1, column + count)
        case UInt8(ascii: "D"): column = max(0, column - count)
        case UInt8(ascii: "E"): row = min(height - 1, row + count); column = 0
        case UInt8(ascii: "F"): row = max(0, row - count); column = 0
        case UInt8(ascii: "G"), UInt8(ascii: "`"): column = min(width - 1, count - 1)
        case UInt8(ascii: "d"): row = min(height - 1, count - 1)
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            row = min(height - 1, number(0) - 1)
            column = min(width - 1, number(1) - 1)
        case UInt8(ascii: "J"): eraseInDisplay(numbers.first ?? 0)
        case UInt8(ascii: "K"): eraseInLine(numbers.first ?? 0)
        case UInt8(ascii: "X"):
            for index in column..<min(width, column + count) { cells[row][index] = " " }
        case UInt8(ascii: "@"):
            let insert = min(count, width - column)
            cells[row].insert(contentsOf: Array(repeating: " ", count: insert), at: column)
            cells[row].removeLast(insert)
        case UInt8(ascii: "P"):
            let delete = min(count, width - column)
            cells[row].removeSubrange(column..<(column + delete))
            cells[row].append(contentsOf: Array(repeating: " ", count: delete))
        case UInt8(ascii: "L"):
            guard row >= scrollTop && row <= scrollBottom else { break }
            for _ in 0..<min(count, scrollBottom - row + 1) {
                cells.remove(at: scrollBottom)
                cells.insert(blankLine, at: row)
            }
        case UInt8(ascii: "M"):
            guard row >= scrollTop && row <= scrollBottom else { break }
            for _ in 0..<min(count, scrollBottom - row + 1) {
                cells.remove(at: row)
                cells.insert(blankLine, at: scrollBottom)
            }
        case UInt8(ascii: "S"): scrollUp(count)
        case UInt8(ascii: "T"): scrollDown(count)
        case UInt8(ascii: "b"):
            if let lastPrinted, let scalar = lastPrinted.unicodeScalars.first {
                for _ in 0..<count { print(scalar) }
            }
        case UInt8(ascii: "r"):
            scrollTop = max(0, number(0) - 1)
            scrollBottom = min(height - 1, number(1, default: height) - 1)
            if scrollBottom <= scrollTop { (scrollTop, scrollBottom) = (0, height - 1) }
            row = 0
            column = 0
        case UInt8(ascii: "s"): savedCursor = (row, column)
        case UInt8(ascii: "u"): (row, column) = savedCursor
        default: break  // SGR (m), modes, reports: nothing on the screen's text changes.
        }
        wrapPending = false
    }

    private mutating func eraseInDisplay(_ mode: Int) {
        switch mode {
        case 0:
            eraseInLine(0)
            for line in (row + 1)..<height { cells[line] = blankLine }
        case 1:
            eraseInLine(1)
            for line in 0..<row { cells[line] = blankLine }
        default:
            cells = Array(repeating: blankLine, count: height)
        }
    }

    private mutating func eraseInLine(_ mode: Int) {
        let range: Range<Int> = switch mode {
        case 0: column..<width
        case 1: 0..<(column + 1)
        default: 0..<width
        }
        for index in range { cells[row][index] = " " }
    }
}
