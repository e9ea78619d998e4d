import Glibc
import LateralCore

/// What a block of Markdown is, for how it is laid out.
public enum BlockKind: Sendable, Hashable {
    /// Lines joined into one paragraph and reflowed to the width, as every renderer does.
    case paragraph
    case heading
    /// A block quote: reflowed, with its bar down every line.
    case quote
    /// A list item: reflowed, its bullet hanging, its other lines indented under its text.
    case listItem
    /// A line of a fenced or indented code block: shown as written, whatever it holds.
    case code
    /// A line shown as written: a table row, a rule, HTML.
    case verbatim
    case blank
}

/// A stretch of the text laid out on its own: a Markdown block, or a part of a very long one
/// (cut at a space every so many bytes, so that even a one-line 10 MB article is laid out
/// only where it is shown).
public struct TextPiece: Sendable, Hashable {
    /// Scalar offsets in the body; `end` leaves out the block's final line end.
    public var start: Int
    public var end: Int
    public var kind: BlockKind
    /// Whether it continues the piece before (the same block, cut for length).
    public var continues: Bool
}

/// Finds the block structure of Markdown in one scan of its bytes, by the first bytes of
/// each line, as CommonMark's block phase does: paragraphs, headings, block quotes, list
/// items, fenced and indented code, and lines shown as written (tables, rules, HTML). Every
/// character keeps its offset in the text, so that claims stay where they are.
///
/// A hand-written pass and not cmark: cmark parses a whole document up front and gives
/// line and column positions that would have to be mapped back to scalar offsets; this pass
/// is linear, reads no further than line starts, and yields the scalar ranges directly.
public enum MarkdownBlocks {
    /// Bytes of a block past which it is cut, at a space or a line end, into pieces.
    static let pieceBytes = 16_384

    public static func pieces(of text: ScalarText) -> [TextPiece] {
        let scanner = Scanner(bytes: text.bytes)
        let blocks = scanner.blocks()
        var pieces: [TextPiece] = []
        pieces.reserveCapacity(blocks.count)
        // Every place in bytes, in order, turned into scalars in one pass.
        var places: [Int] = []
        places.reserveCapacity(blocks.count * 2)
        for block in blocks { places += [block.start] + block.cuts + [block.end] }
        var scalars = text.scalarOffsets(ofAscendingBytes: places).makeIterator()
        for block in blocks {
            let start = scalars.next()!
            let cuts = block.cuts.map { _ in scalars.next()! }
            let end = scalars.next()!
            if block.cuts.isEmpty {
                pieces.append(TextPiece(start: start, end: end, kind: block.kind, continues: false))
                continue
            }
            var pieceStart = start
            for (index, cutOffset) in cuts.enumerated() {
                pieces.append(TextPiece(start: pieceStart, end: cutOffset, kind: block.kind, continues: index > 0))
                pieceStart = cutOffset
            }
            pieces.append(TextPiece(start: pieceStart, end: end, kind: block.kind, continues: true))
        }
        if pieces.isEmpty { pieces.append(TextPiece(start: 0, end: 0, kind: .blank, continues: false)) }
        return pieces
    }

    /// A block in bytes, with the places it is cut for length.
    struct Block {
        var start: Int
        var end: Int
        var kind: BlockKind
        var cuts: [Int] = []
    }

    private enum LineClass: Equatable {
        case blank, fence, heading, quote, listItem, verbatim, indented, text
    }

    private struct Scanner {
        let bytes: [UInt8]

        func blocks() -> [Block] {
            var blocks: [Block] = []
            var lineStart = 0
            var previousBlank = true
            var fence: [UInt8]?
            var open: Block?

            func close() {
                if let block = open { blocks.append(cut(block)) }
                open = nil
            }

            let lineEnds = MarkdownBlocks.lineEnds(bytes)
            for newline in lineEnds {
                var contentEnd = newline
                if contentEnd > lineStart && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                let line = lineStart..<contentEnd
                var kind = classify(line, previousBlank: previousBlank)
                defer { lineStart = newline + 1 }
                if let marker = fence {
                    // Inside a fence every line is code, up to a closing fence of the same kind.
                    close()
                    blocks.append(Block(start: line.lowerBound, end: line.upperBound, kind: .code))
                    if kind == .fence, closesFence(line, opened: marker) { fence = nil }
                    previousBlank = false
                    continue
                }
                // As CommonMark has it, a numbered list interrupts a paragraph only when it starts
                // at 1: a hard-wrapped line that begins "2019. Since then" goes on the paragraph.
                if kind == .listItem, open?.kind == .paragraph, !startsAtOne(line) { kind = .text }
                switch kind {
                case .text where open?.kind == .paragraph || open?.kind == .quote || open?.kind == .listItem:
                    // A lazy continuation line: it joins the block it follows.
                    open!.end = line.upperBound
                case .indented where open?.kind == .listItem || open?.kind == .paragraph:
                    open!.end = line.upperBound
                case .quote where open?.kind == .quote:
                    open!.end = line.upperBound
                case .fence:
                    close()
                    fence = fenceMarker(line)
                    blocks.append(Block(start: line.lowerBound, end: line.upperBound, kind: .code))
                case .text, .listItem, .quote:
                    close()
                    open = Block(start: line.lowerBound, end: line.upperBound,
                                 kind: kind == .text ? .paragraph : kind == .quote ? .quote : .listItem)
                case .blank, .heading, .verbatim, .indented:
                    close()
                    let blockKind: BlockKind = kind == .blank ? .blank : kind == .heading ? .heading : kind == .indented ? .code : .verbatim
                    blocks.append(Block(start: line.lowerBound, end: line.upperBound, kind: blockKind))
                }
                previousBlank = kind == .blank
            }
            close()
            return blocks
        }

        /// Cuts a long block after a space or a line end every `pieceBytes` bytes.
        private func cut(_ block: Block) -> Block {
            guard block.end - block.start > MarkdownBlocks.pieceBytes else { return block }
            var block = block
            var pieceStart = block.start
            while block.end - pieceStart > MarkdownBlocks.pieceBytes {
                guard let space = bytes[(pieceStart + MarkdownBlocks.pieceBytes)..<block.end]
                    .firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }) else { break }
                pieceStart = space + 1
                if pieceStart < block.end { block.cuts.append(pieceStart) }
            }
            return block
        }

        private func indent(_ line: Range<Int>) -> Int {
            var count = 0
            var index = line.lowerBound
            while index < line.upperBound {
                switch bytes[index] {
                case UInt8(ascii: " "): count += 1
                case UInt8(ascii: "\t"): count += 4 - count % 4
                default: return count
                }
                index += 1
            }
            return count
        }

        private func firstNonSpace(_ line: Range<Int>) -> Int {
            bytes[line].firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? line.upperBound
        }

        private func classify(_ line: Range<Int>, previousBlank: Bool) -> LineClass {
            let first = firstNonSpace(line)
            if first == line.upperBound { return .blank }
            let indent = indent(line)
            let rest = first..<line.upperBound
            // A nested list's items are indented under their parent's text, often by four.
            if MarkdownBlocks.listMarkerLength(bytes[rest]) != nil && indent < 12 && !previousBlank { return .listItem }
            if indent >= 4 { return previousBlank ? .indented : .text }
            let byte = bytes[first]
            if fenceMarker(line) != nil { return .fence }
            if byte == UInt8(ascii: ">") { return .quote }
            if byte == UInt8(ascii: "#") {
                let hashes = bytes[rest].prefix { $0 == UInt8(ascii: "#") }.count
                let after = first + hashes
                if (1...6).contains(hashes) && (after == line.upperBound || bytes[after] == UInt8(ascii: " ")) { return .heading }
            }
            if isRule(rest) { return .verbatim }
            if byte == UInt8(ascii: "|") || byte == UInt8(ascii: "<") || isLinkDefinition(rest) { return .verbatim }
            if MarkdownBlocks.listMarkerLength(bytes[rest]) != nil { return .listItem }
            return .text
        }

        /// "```" or "~~~" (three or more) at the start of a line: the fence's run of characters.
        private func fenceMarker(_ line: Range<Int>) -> [UInt8]? {
            let first = firstNonSpace(line)
            guard first < line.upperBound, indent(line) < 4 else { return nil }
            let byte = bytes[first]
            guard byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") else { return nil }
            let run = bytes[first..<line.upperBound].prefix { $0 == byte }.count
            return run >= 3 ? Array(repeating: byte, count: run) : nil
        }

        /// As CommonMark has it: a closing fence is a run of the opening's character at least
        /// as long, with nothing after it but spaces ("```python" opens, it does not close).
        private func closesFence(_ line: Range<Int>, opened: [UInt8]) -> Bool {
            guard let run = fenceMarker(line), run.first == opened.first, run.count >= opened.count else { return false }
            let after = firstNonSpace(line) + run.count
            return bytes[after..<line.upperBound].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        }

        /// Whether a list item's marker is a bullet or the number 1.
        private func startsAtOne(_ line: Range<Int>) -> Bool {
            let first = firstNonSpace(line)
            let byte = bytes[first]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return true }
            let digits = bytes[first..<line.upperBound].prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            return digits.elementsEqual([UInt8(ascii: "1")])
        }

        /// "[label]: destination", a link reference definition, which belongs on its own line.
        private func isLinkDefinition(_ rest: Range<Int>) -> Bool {
            guard bytes[rest.lowerBound] == UInt8(ascii: "["),
                  let close = bytes[rest].firstIndex(of: UInt8(ascii: "]")), close > rest.lowerBound + 1 else { return false }
            return close + 1 < rest.upperBound && bytes[close + 1] == UInt8(ascii: ":")
        }

        /// "---", "***" or "___", three or more, with spaces between.
        private func isRule(_ rest: Range<Int>) -> Bool {
            let byte = bytes[rest.lowerBound]
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return false }
            var count = 0
            for other in bytes[rest] {
                if other == byte { count += 1 } else if other != UInt8(ascii: " ") { return false }
            }
            return count >= 3
        }
    }

    /// Where each line ends (its "\n", or the end of the text), found with memchr.
    static func lineEnds(_ bytes: [UInt8]) -> [Int] {
        var ends: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                let end = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count
                ends.append(end)
                start = end + 1
            }
        }
        return ends
    }

    /// The length of a list marker and the space after it ("- ", "12. "), if the text
    /// starts with one.
    static func listMarkerLength(_ text: some Collection<UInt8>) -> Int? {
        guard let first = text.first else { return nil }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            return text.dropFirst().first == UInt8(ascii: " ") ? 2 : nil
        }
        let digits = text.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        guard (1...9).contains(digits) else { return nil }
        let after = text.dropFirst(digits)
        guard let delimiter = after.first, delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")"),
              after.dropFirst().first == UInt8(ascii: " ") else { return nil }
        return digits + 2
    }
}
