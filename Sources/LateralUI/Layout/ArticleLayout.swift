import LateralCore
import Synchronization

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
    /// Drawn by the layout, not a character of the text: a block quote's bar, an indent.
    public var isDecoration = false
    /// How many scalars of the body the character is (0 for a marker or a decoration).
    public var scalars = 0

    /// A tab, whose width depends on the column it falls at (the layout gives it -1).
    public var isTab: Bool { width < 0 }

    /// A character of the text, where the cursor can stand.
    public var isCharacter: Bool { !isDecoration && marker == nil }
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

/// The article wrapped to a width, lazily: its Markdown blocks are found once by a byte scan
/// (`MarkdownBlocks`), and each is reflowed only when it is shown, so that a key press costs
/// what the screen holds, not what the article holds.
public final class ArticleLayout: Sendable {
    public let text: ScalarText
    public let width: Int
    /// The blocks, and the pieces of very long ones, each laid out on its own.
    public let pieces: [TextPiece]
    /// The verdict glyphs, by the offset of their claims' starts (several claims may share one).
    private let markers: [(offset: Int, marker: Marker)]
    /// For a terminal that is not UTF-8: characters are laid out as they will be shown, in ASCII.
    let ascii: Bool
    /// Laid-out pieces, kept while they are looked at; shared by every copy of the state.
    private let cache = Mutex<[Int: [[LayoutItem]]]>([:])

    struct Marker: Sendable {
        var claim: Int
        var glyph: String
    }

    /// - Parameter pieces: the text's blocks from `MarkdownBlocks.pieces(of:)`; passed in so
    ///   that a new width does not scan the text again.
    public init(text: ScalarText, width: Int, markers: [(offset: Int, claim: Int, glyph: String)], pieces: [TextPiece]? = nil,
                ascii: Bool = false) {
        self.text = text
        self.width = max(1, width)
        self.pieces = pieces ?? MarkdownBlocks.pieces(of: text)
        self.ascii = ascii
        // In the order of the text, and at one offset in the order given: a paragraph finds its
        // first by a binary search and walks on, instead of hashing every character's offset.
        self.markers = markers.enumerated()
            .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            .map { ($0.element.offset, Marker(claim: $0.element.claim, glyph: $0.element.glyph)) }
    }

    public var paragraphCount: Int { pieces.count }

    /// The wrapped lines of one piece (at least one, empty for a blank line).
    public func lines(ofParagraph paragraph: Int) -> [[LayoutItem]] {
        if let lines = cache.withLock({ $0[paragraph] }) { return lines }
        let lines = wrap(paragraph)
        cache.withLock { cache in
            if cache.count > 4096 { cache.removeAll(keepingCapacity: true) }
            cache[paragraph] = lines
        }
        return lines
    }

    public func line(at position: LinePosition) -> [LayoutItem]? {
        guard position.paragraph >= 0, position.paragraph < paragraphCount else { return nil }
        let lines = lines(ofParagraph: position.paragraph)
        return position.line < lines.count ? lines[position.line] : nil
    }

    /// Where a line starts in the body, also for a blank line, which shows nothing.
    public func startOffset(at position: LinePosition) -> Int {
        let start = line(at: position)?.first { !$0.isDecoration }?.offset
        return start ?? pieces[min(max(0, position.paragraph), paragraphCount - 1)].start
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
        let paragraph = max(0, pieces.partitionPoint { $0.start > offset } - 1)
        let lines = lines(ofParagraph: paragraph)
        for index in lines.indices.reversed() where startOffset(at: LinePosition(paragraph: paragraph, line: index)) <= offset {
            return LinePosition(paragraph: paragraph, line: index)
        }
        return LinePosition(paragraph: paragraph, line: 0)
    }

    private func wrap(_ index: Int) -> [[LayoutItem]] {
        let piece = pieces[index]
        let characters = Array(text.string(scalars: piece.start..<max(piece.start, piece.end)))
        // A piece cut from a longer block right after a line end starts a line of the file.
        let startByte = text.byteOffset(ofScalar: piece.start)
        let startsLine = !piece.continues || (startByte > 0 && text.bytes[startByte - 1] == UInt8(ascii: "\n"))
        let markdown = MarkdownBlock(characters, kind: piece.kind, startsBlock: !piece.continues, startsLine: startsLine)
        var items: [LayoutItem] = []
        items.reserveCapacity(characters.count)
        var offset = piece.start
        var bulletEnd = 0
        var nextMarker = markers.partitionPoint { $0.offset >= piece.start }
        for (position, character) in characters.enumerated() {
            // A claim's glyph is shown even where its first character is hidden syntax (and
            // not at all where its start falls inside a character).
            while nextMarker < markers.count && markers[nextMarker].offset <= offset {
                let (at, mark) = markers[nextMarker]
                if at == offset { items.append(LayoutItem(shown: mark.glyph, width: DisplayWidth.of(mark.glyph), offset: offset, marker: mark.claim)) }
                nextMarker += 1
            }
            // A printable ASCII character, most of any text, is shown as it is in one cell
            // (asked of its UTF-8, which is quicker than of its scalars).
            let utf8 = character.utf8
            let isPrintableASCII = utf8.count == 1 && utf8.first! >= 0x20 && utf8.first! < 0x7F
            let scalars = isPrintableASCII ? 1 : character.unicodeScalars.count
            if let style = markdown.styles[position] {
                if isPrintableASCII && (markdown.replacements.isEmpty || markdown.replacements[position] == nil) {
                    items.append(LayoutItem(shown: String(character), width: 1, offset: offset, marker: nil, style: style, scalars: 1))
                } else {
                    let shown = ShownText.of(markdown.replacements[position].map(Character.init) ?? character, ascii: ascii)
                    items.append(LayoutItem(shown: shown, width: shown == "\t" ? -1 : DisplayWidth.of(shown), offset: offset, marker: nil, style: style,
                                            scalars: scalars))
                }
            }
            offset += scalars
            if position + 1 == markdown.bulletEnd { bulletEnd = items.count }
        }
        // Block quotes carry their bar on every line; a list item's lines hang under its text.
        var firstPrefix: [LayoutItem] = []
        var prefix: [LayoutItem] = []
        switch piece.kind {
        case .quote:
            prefix = [LayoutItem(shown: ascii ? "|" : "│", width: 1, offset: piece.start, marker: nil, style: .quote, isDecoration: true),
                      LayoutItem(shown: " ", width: 1, offset: piece.start, marker: nil, style: .quote, isDecoration: true)]
            firstPrefix = prefix
        case .listItem:
            // A nested item keeps its indentation (capped so that deep nesting still reads).
            let space = LayoutItem(shown: " ", width: 1, offset: piece.start, marker: nil, isDecoration: true)
            let indent = Array(repeating: space, count: min(markdown.listIndent, max(0, width / 3)))
            firstPrefix = indent + Array(items[..<bulletEnd])
            items.removeFirst(bulletEnd)
            let hang = piece.continues ? indent.count + 2 : firstPrefix.reduce(0) { $0 + max(0, $1.width) }
            prefix = Array(repeating: space, count: hang)
            if piece.continues { firstPrefix = prefix }
        default:
            break
        }
        let indent = prefix.count
        let pieces = Wrapping.wrap(widths: items.map(\.width), isSpace: items.map { $0.shown.utf8.count == 1 && $0.shown.utf8.first == UInt8(ascii: " ") }, width: width - indent, startColumn: indent)
        return pieces.enumerated().map { line, piece in (line == 0 ? firstPrefix : prefix) + items[piece.range] }
    }
}
