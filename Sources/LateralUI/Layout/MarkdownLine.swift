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

    init(_ characters: [Character]) {
        styles = Array(repeating: .plain, count: characters.count)
        var index = 0
        var lineStyle = MarkdownStyle.plain
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
        Self.inline(characters, from: index, base: lineStyle, into: &styles)
    }

    /// Emphasis, strong emphasis, code spans and links, each closed on the same line.
    private static func inline(_ characters: [Character], from start: Int, base: MarkdownStyle, into styles: inout [MarkdownStyle?]) {
        var index = start
        func find(_ marker: [Character], from position: Int) -> Int? {
            guard position < characters.count else { return nil }
            var candidate = position
            while candidate + marker.count <= characters.count {
                if Array(characters[candidate..<(candidate + marker.count)]) == marker { return candidate }
                candidate += 1
            }
            return nil
        }
        while index < characters.count {
            let character = characters[index]
            if character == "`", let close = find(["`"], from: index + 1), close > index + 1 {
                styles[index] = nil
                styles[close] = nil
                for inner in (index + 1)..<close { styles[inner] = .code }
                index = close + 1
                continue
            }
            if character == "*" || character == "_" {
                let isDouble = index + 1 < characters.count && characters[index + 1] == character
                let width = isDouble ? 2 : 1
                let opensWord = index + width < characters.count && characters[index + width] != " "
                // An underscore inside a word (snake_case) is not emphasis.
                let inWord = character == "_" && index > 0 && characters[index - 1].isLetter
                if opensWord && !inWord,
                   let close = find(Array(repeating: character, count: width), from: index + width + 1),
                   characters[close - 1] != " " {
                    for hidden in 0..<width { styles[index + hidden] = nil; styles[close + hidden] = nil }
                    for inner in (index + width)..<close where styles[inner] != nil { styles[inner] = isDouble ? .strong : .emphasis }
                    index = close + width
                    continue
                }
            }
            if character == "[", let middle = find(["]", "("], from: index + 1), let close = find([")"], from: middle + 2) {
                styles[index] = nil
                for hidden in middle...close { styles[hidden] = nil }
                for inner in (index + 1)..<middle where styles[inner] != nil { styles[inner] = .link }
                index = middle
                continue
            }
            index += 1
        }
        _ = base
    }
}
