import Foundation
import LateralCore

/// One cell-group of a laid-out line: a character of the article as shown, or a claim's
/// verdict glyph put before its first character.
public struct LayoutItem: Sendable, Hashable {
    public var shown: String
    public var width: Int
    /// Scalar offset in the body of the character (for a marker: of the claim's start).
    public var offset: Int
    /// For a verdict marker, the claim it marks.
    public var marker: Int?
    public var style: MarkdownStyle = .plain
}

/// A place in the laid-out article: which line of the file, and which wrapped line of it.
public struct LinePosition: Sendable, Hashable, Comparable {
    public var paragraph: Int
    public var line: Int

    public init(paragraph: Int, line: Int) {
        self.paragraph = paragraph
        self.line = line
    }

    public static func < (a: LinePosition, b: LinePosition) -> Bool {
        (a.paragraph, a.line) < (b.paragraph, b.line)
    }
}

/// The article wrapped to a width, lazily: the file's lines are found once by a byte scan,
/// and each is wrapped only when it is shown, so that a key press costs what the screen
/// holds, not what the article holds.
public final class ArticleLayout: @unchecked Sendable {
    public let text: ScalarText
    public let width: Int
    /// Scalar offset of the start of each line of the file.
    public let paragraphStarts: [Int]
    /// For each paragraph, whether it continues the one before rather than starting a line of
    /// the file: a very long line is cut at spaces into pieces wrapped one by one, so that even
    /// a one-line 10 MB article is laid out only where it is shown.
    private let continues: [Bool]
    private let markers: [Int: [(claim: Int, glyph: String)]]
    private var cache: [Int: [[LayoutItem]]] = [:]

    /// - Parameter paragraphStarts: the scalar offsets where the text's lines start, from
    ///   `lineStarts(of:)`; passed in so that a new width does not scan the text again.
    /// For a terminal that is not UTF-8: characters are laid out as they will be shown, in ASCII.
    let ascii: Bool

    public init(text: ScalarText, width: Int, markers: [(offset: Int, claim: Int, glyph: String)], paragraphStarts: LineStarts? = nil,
                ascii: Bool = false) {
        self.text = text
        self.ascii = ascii
        self.width = max(1, width)
        let starts = paragraphStarts ?? ArticleLayout.lineStarts(of: text)
        self.paragraphStarts = starts.offsets
        continues = starts.continues
        var byOffset: [Int: [(claim: Int, glyph: String)]] = [:]
        for marker in markers { byOffset[marker.offset, default: []].append((marker.claim, marker.glyph)) }
        self.markers = byOffset
    }

    /// Where the pieces of a text to wrap start, in scalars.
    public struct LineStarts: Sendable {
        public var offsets: [Int]
        /// Whether each piece continues a long line instead of starting one.
        public var continues: [Bool]
    }

    /// Bytes of a line past which it is cut, at a space, into pieces wrapped separately.
    static let pieceBytes = 16_384

    /// Where each line of a text starts, and where its very long lines are cut: one scan.
    public static func lineStarts(of text: ScalarText) -> LineStarts {
        var starts: [(byte: Int, continues: Bool)] = [(0, false)]
        text.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var lineStart = 0
            while lineStart < bytes.count {
                let newline = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                // Cut a long line after a space every so many bytes.
                var pieceStart = lineStart
                while newline - pieceStart > pieceBytes,
                      let space = memchr(base + pieceStart + pieceBytes, Int32(UInt8(ascii: " ")), newline - pieceStart - pieceBytes) {
                    pieceStart = base.distance(to: space.assumingMemoryBound(to: UInt8.self)) + 1
                    if pieceStart < newline { starts.append((pieceStart, true)) }
                }
                if newline + 1 < bytes.count { starts.append((newline + 1, false)) }
                lineStart = newline + 1
            }
        }
        return LineStarts(offsets: starts.map { text.scalarOffset(ofByte: $0.byte) }, continues: starts.map(\.continues))
    }

    public var paragraphCount: Int { paragraphStarts.count }

    /// The wrapped lines of one line of the file (at least one, empty for a blank line).
    public func lines(ofParagraph paragraph: Int) -> [[LayoutItem]] {
        if let lines = cache[paragraph] { return lines }
        if cache.count > 4096 { cache.removeAll(keepingCapacity: true) }
        let lines = wrap(paragraph)
        cache[paragraph] = lines
        return lines
    }

    public func line(at position: LinePosition) -> [LayoutItem]? {
        guard position.paragraph >= 0, position.paragraph < paragraphCount else { return nil }
        let lines = lines(ofParagraph: position.paragraph)
        return position.line < lines.count ? lines[position.line] : nil
    }

    public func next(_ position: LinePosition) -> LinePosition? {
        if position.line + 1 < lines(ofParagraph: position.paragraph).count {
            return LinePosition(paragraph: position.paragraph, line: position.line + 1)
        }
        return position.paragraph + 1 < paragraphCount ? LinePosition(paragraph: position.paragraph + 1, line: 0) : nil
    }

    public func previous(_ position: LinePosition) -> LinePosition? {
        if position.line > 0 { return LinePosition(paragraph: position.paragraph, line: position.line - 1) }
        guard position.paragraph > 0 else { return nil }
        let paragraph = position.paragraph - 1
        return LinePosition(paragraph: paragraph, line: lines(ofParagraph: paragraph).count - 1)
    }

    /// Moves by a number of lines (negative: up), stopping at either end.
    public func move(_ position: LinePosition, by count: Int) -> LinePosition {
        var position = position
        for _ in 0..<abs(count) {
            guard let moved = count > 0 ? next(position) : previous(position) else { break }
            position = moved
        }
        return position
    }

    public var first: LinePosition { LinePosition(paragraph: 0, line: 0) }

    public var last: LinePosition {
        let paragraph = paragraphCount - 1
        return LinePosition(paragraph: paragraph, line: lines(ofParagraph: paragraph).count - 1)
    }

    /// The line that shows a scalar offset of the body.
    public func position(ofOffset offset: Int) -> LinePosition {
        var low = 0
        var high = paragraphStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if paragraphStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lines = lines(ofParagraph: low)
        for (index, line) in lines.enumerated().reversed() where (line.first?.offset ?? 0) <= offset {
            return LinePosition(paragraph: low, line: index)
        }
        return LinePosition(paragraph: low, line: 0)
    }

    private func wrap(_ paragraph: Int) -> [[LayoutItem]] {
        let start = paragraphStarts[paragraph]
        // A piece that the next one continues has no line end of its own to leave out.
        var end = paragraph + 1 < paragraphCount
            ? paragraphStarts[paragraph + 1] - (continues[paragraph + 1] ? 0 : 1) : text.scalarCount
        var content = text.string(scalars: start..<max(start, end))
        // The text's final line end, and the CR of a CRLF line end, are breaks for the
        // reader, not visible control characters. (CR LF is one Character in Swift.)
        if content.hasSuffix("\r\n") || content.hasSuffix("\n") || content.hasSuffix("\r") {
            end -= content.last!.unicodeScalars.count
            content.removeLast()
        }
        var items: [LayoutItem] = []
        var offset = start
        let characters = Array(content)
        let markdown = MarkdownLine(characters, startsLine: !continues[paragraph])
        for (index, character) in characters.enumerated() {
            // A claim's glyph is shown even where its first character is hidden syntax.
            if let marks = markers[offset] {
                for mark in marks { items.append(LayoutItem(shown: mark.glyph, width: DisplayWidth.of(mark.glyph), offset: offset, marker: mark.claim)) }
            }
            if let style = markdown.styles[index] {
                let shown = ShownText.of(markdown.replacements[index].map(Character.init) ?? character, ascii: ascii)
                items.append(LayoutItem(shown: shown, width: shown == "\t" ? -1 : DisplayWidth.of(shown), offset: offset, marker: nil, style: style))
            }
            offset += character.unicodeScalars.count
        }
        let pieces = Wrapping.wrap(widths: items.map(\.width), isSpace: items.map { $0.shown == " " }, width: width)
        return pieces.map { Array(items[$0.range]) }
    }
}
