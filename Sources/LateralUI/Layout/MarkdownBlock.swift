/// How a character of Markdown is shown.
public enum MarkdownStyle: Sendable, Hashable {
    case plain, heading, emphasis, strong, code, link, quote
}

/// How one block of Markdown is shown: which characters are syntax to hide (a heading's `#`,
/// a quote's `>` on each line, the indent of a list item's other lines), which line ends are
/// soft breaks shown as spaces, and how the rest is styled. Every character shown keeps its
/// place in the text, so that claims stay where they are.
struct MarkdownBlock {
    /// Per character of the block: nil to hide it, else its style.
    var styles: [MarkdownStyle?]
    /// Characters shown differently: a list bullet as "•", a soft line break as a space.
    var replacements: [Int: String] = [:]
    /// For a list item: the index just after its bullet and the space after it.
    var bulletEnd = 0
    /// For a list item: the columns its first line is indented by (a nested list's are).
    var listIndent = 0

    /// - Parameters:
    ///   - startsBlock: false for a piece of a long block after its first.
    ///   - startsLine: whether the first character starts a line of the file.
    init(_ characters: [Character], kind: BlockKind, startsBlock: Bool = true, startsLine: Bool = true) {
        let count = characters.count
        styles = Array(repeating: .plain, count: count)
        switch kind {
        case .code:
            styles = Array(repeating: .code, count: count)
            return
        case .verbatim, .blank:
            return
        case .paragraph, .heading, .quote, .listItem:
            break
        }
        // Each character as its byte when it is one byte of UTF-8, else 0: the syntax is ASCII,
        // and comparing bytes instead of characters halved a paragraph's layout.
        let codes = characters.map { character -> UInt8 in
            let bytes = character.utf8
            return bytes.count == 1 ? bytes.first! : 0
        }
        let blockStyle: MarkdownStyle = kind == .heading ? .heading : kind == .quote ? .quote : .plain
        var index = 0
        var atLineStart = startsLine
        var firstLine = startsBlock
        while index < count {
            if atLineStart {
                atLineStart = false
                var next = index
                while next < count && (characters[next] == " " || characters[next].isTab) { next += 1 }
                for hidden in index..<next { styles[hidden] = nil }
                switch kind {
                case .heading where firstLine:
                    while next < count && characters[next] == "#" { styles[next] = nil; next += 1 }
                    if next < count && characters[next] == " " { styles[next] = nil; next += 1 }
                case .quote:
                    if next < count && characters[next] == ">" { styles[next] = nil; next += 1 }
                    if next < count && characters[next] == " " { styles[next] = nil; next += 1 }
                case .listItem where firstLine:
                    listIndent = min(12, characters[index..<next].reduce(0) { $0 + ($1.isTab ? 4 : 1) })
                    let marker = MarkdownBlocks.listMarkerLength(characters[next...].prefix(12).map { $0.asciiValue ?? 0 }) ?? 0
                    if marker == 2 && characters[next] != "+" { replacements[next] = "•" }
                    bulletEnd = next + marker
                    next = bulletEnd
                default:
                    break
                }
                firstLine = false
                index = next
                continue
            }
            let code = codes[index]
            if code == 0 ? characters[index].isNewline : (0x0A...0x0D).contains(code) {
                // A line end inside a paragraph is a soft break: the lines join.
                replacements[index] = " "
                atLineStart = true
            }
            index += 1
        }
        for position in 0..<count where styles[position] != nil { styles[position] = blockStyle }
        Self.inline(characters, codes: codes, from: 0, into: &styles)
    }

    /// Emphasis, strong emphasis, code spans and links, each closed in the same block. Closers
    /// are found through tables of the next occurrence of each, built once, so that a line of
    /// any length (a 10 MB paragraph) costs one pass, not a search per opener.
    private static func inline(_ characters: [Character], codes: [UInt8], from start: Int, into styles: inout [MarkdownStyle?]) {
        let count = characters.count
        /// next[i]: the first index at or after i where the predicate holds, or `count`.
        func nextIndex(_ predicate: (Int) -> Bool) -> [Int] {
            var next = [Int](repeating: count, count: count + 1)
            var index = count - 1
            while index >= 0 {
                next[index] = predicate(index) ? index : next[index + 1]
                index -= 1
            }
            return next
        }
        func isPair(_ index: Int, _ code: UInt8) -> Bool {
            index + 1 < count && codes[index] == code && codes[index + 1] == code
        }
        let (backtick, star, underscore, space) = (UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: " "))
        let nextBacktick = nextIndex { codes[$0] == backtick }
        let nextStar = nextIndex { codes[$0] == star }
        let nextUnderscore = nextIndex { codes[$0] == underscore }
        let nextDoubleStar = nextIndex { isPair($0, star) }
        let nextDoubleUnderscore = nextIndex { isPair($0, underscore) }
        let nextBracket = nextIndex { codes[$0] == UInt8(ascii: "[") || codes[$0] == UInt8(ascii: "]") }
        let nextCloseParen = nextIndex { codes[$0] == UInt8(ascii: ")") || codes[$0] == UInt8(ascii: "(") }

        var index = start
        while index < count {
            let code = codes[index]
            if code == backtick, styles[index] != nil, nextBacktick[index + 1] < count, nextBacktick[index + 1] > index + 1 {
                let close = nextBacktick[index + 1]
                styles[index] = nil
                styles[close] = nil
                // Syntax hidden inside the span (a quote's ">" on its next line) stays hidden.
                for inner in (index + 1)..<close where styles[inner] != nil { styles[inner] = .code }
                index = close + 1
                continue
            }
            if code == star || code == underscore {
                let isDouble = isPair(index, code)
                let width = isDouble ? 2 : 1
                let opensWord = index + width < count && codes[index + width] != space
                // An underscore inside a word (snake_case) is not emphasis.
                let inWord = code == underscore && index > 0 && characters[index - 1].isLetter
                let table = isDouble ? (code == star ? nextDoubleStar : nextDoubleUnderscore)
                    : (code == star ? nextStar : nextUnderscore)
                let close = index + width + 1 <= count ? table[index + width + 1] : count
                if opensWord && !inWord && close < count && codes[close - 1] != space {
                    for hidden in 0..<width { styles[index + hidden] = nil; styles[close + hidden] = nil }
                    for inner in (index + width)..<close where styles[inner] != nil { styles[inner] = isDouble ? .strong : .emphasis }
                    index = close + width
                    continue
                }
            }
            // A link: "[" text "](" url ")", with no other bracket in the text nor paren in the url.
            if code == UInt8(ascii: "[") {
                let middle = nextBracket[index + 1]
                if middle + 1 < count, codes[middle] == UInt8(ascii: "]"), codes[middle + 1] == UInt8(ascii: "(") {
                    let close = nextCloseParen[middle + 2]
                    if close < count, codes[close] == UInt8(ascii: ")") {
                        styles[index] = nil
                        for hidden in middle...close { styles[hidden] = nil }
                        for inner in (index + 1)..<middle where styles[inner] != nil { styles[inner] = .link }
                        index = close + 1
                        continue
                    }
                }
            }
            index += 1
        }
    }
}
