/// How a line of Markdown is shown: which characters are syntax to hide, how the others
/// are styled, and what a block marker becomes. Only what reads on one line is rendered —
/// headings, block quotes, list bullets, emphasis, code spans and link text — so that every
/// character shown keeps its place in the text and claims stay where they are.
public enum MarkdownStyle: Sendable, Hashable {
    case plain, heading, emphasis, strong, code, link, quote
}

struct MarkdownLine {
    /// Per character of the line: nil to hide it, else its style.
    var styles: [MarkdownStyle?]
    /// Replacements for characters shown differently (a list bullet as "•", a quote's ">" as "│").
    var replacements: [Int: String] = [:]

    /// - Parameter startsLine: false for a piece of a long line after its first, which has no
    ///   block markers of its own.
    init(_ characters: [Character], startsLine: Bool = true) {
        styles = Array(repeating: .plain, count: characters.count)
        var index = 0
        var lineStyle = MarkdownStyle.plain
        guard startsLine else {
            Self.inline(characters, from: 0, into: &styles)
            return
        }
        // Block markers at the start of the line.
        var hashes = 0
        while hashes < characters.count && characters[hashes] == "#" { hashes += 1 }
        if (1...6).contains(hashes), hashes < characters.count, characters[hashes] == " " {
            for hidden in 0...hashes { styles[hidden] = nil }
            index = hashes + 1
            lineStyle = .heading
        } else if characters.first == ">" {
            replacements[0] = "│"
            styles[0] = .quote
            index = 1
            lineStyle = .quote
        } else {
            var indent = 0
            while indent < characters.count && characters[indent] == " " { indent += 1 }
            if indent + 1 < characters.count, "-*+".contains(characters[indent]), characters[indent + 1] == " " {
                replacements[indent] = "•"
                index = indent + 2
            }
        }
        for position in index..<characters.count where styles[position] != nil { styles[position] = lineStyle }
        Self.inline(characters, from: index, into: &styles)
    }

    /// Emphasis, strong emphasis, code spans and links, each closed on the same line. Closers
    /// are found through tables of the next occurrence of each, built once, so that a line of
    /// any length (a 10 MB paragraph) costs one pass, not a search per opener.
    private static func inline(_ characters: [Character], from start: Int, into styles: inout [MarkdownStyle?]) {
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
        func isPair(_ index: Int, _ character: Character) -> Bool {
            index + 1 < count && characters[index] == character && characters[index + 1] == character
        }
        let nextBacktick = nextIndex { characters[$0] == "`" }
        let nextStar = nextIndex { characters[$0] == "*" }
        let nextUnderscore = nextIndex { characters[$0] == "_" }
        let nextDoubleStar = nextIndex { isPair($0, "*") }
        let nextDoubleUnderscore = nextIndex { isPair($0, "_") }
        let nextBracket = nextIndex { characters[$0] == "[" || characters[$0] == "]" }
        let nextCloseParen = nextIndex { characters[$0] == ")" || characters[$0] == "(" }

        var index = start
        while index < count {
            let character = characters[index]
            if character == "`", styles[index] != nil, nextBacktick[index + 1] < count, nextBacktick[index + 1] > index + 1 {
                let close = nextBacktick[index + 1]
                styles[index] = nil
                styles[close] = nil
                for inner in (index + 1)..<close { styles[inner] = .code }
                index = close + 1
                continue
            }
            if character == "*" || character == "_" {
                let isDouble = isPair(index, character)
                let width = isDouble ? 2 : 1
                let opensWord = index + width < count && characters[index + width] != " "
                // An underscore inside a word (snake_case) is not emphasis.
                let inWord = character == "_" && index > 0 && characters[index - 1].isLetter
                let table = isDouble ? (character == "*" ? nextDoubleStar : nextDoubleUnderscore)
                    : (character == "*" ? nextStar : nextUnderscore)
                let close = index + width + 1 <= count ? table[index + width + 1] : count
                if opensWord && !inWord && close < count && characters[close - 1] != " " {
                    for hidden in 0..<width { styles[index + hidden] = nil; styles[close + hidden] = nil }
                    for inner in (index + width)..<close where styles[inner] != nil { styles[inner] = isDouble ? .strong : .emphasis }
                    index = close + width
                    continue
                }
            }
            // A link: "[" text "](" url ")", with no other bracket in the text nor paren in the url.
            if character == "[" {
                let middle = nextBracket[index + 1]
                if middle + 1 < count, characters[middle] == "]", characters[middle + 1] == "(" {
                    let close = nextCloseParen[middle + 2]
                    if close < count, characters[close] == ")" {
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
