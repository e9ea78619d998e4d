import LateralCore
import Testing
@testable import LateralUI

struct MarkdownLineTests {
    init() { DisplayWidth.prepareLocale() }

    /// The line as shown, with the style letters of GridSnapshot under it.
    func shown(_ line: String) -> (text: String, styles: String) {
        let characters = Array(line)
        let markdown = MarkdownLine(characters)
        var text = ""
        var styles = ""
        for (index, character) in characters.enumerated() {
            guard let style = markdown.styles[index] else { continue }
            text += markdown.replacements[index] ?? String(character)
            styles += GridSnapshot.letter(ArticleView.paint(for: style))
        }
        return (text, styles)
    }

    @Test(arguments: [
        ("## A heading", "A heading", "hhhhhhhhh"),
        ("> quoted words", "│ quoted words", "dddddddddddddd"),
        ("- an item", "• an item", "........."),
        ("some *emphasis* here", "some emphasis here", ".....eeeeeeee....."),
        ("a **strong** word", "a strong word", "..BBBBBB....."),
        ("see [the advisory](https://x.org/a) now", "see the advisory now", "....llllllllllll...."),
        ("run `lateral check`", "run lateral check", "....ccccccccccccc"),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4", "............................."),
        ("#hashtag is not a heading", "#hashtag is not a heading", "........................."),
        ("See [1] and [the report](http://x/`y`) here.", "See [1] and the report here.", "............llllllllll......"),
    ])
    func linesRenderAsWritten(line: String, text: String, styles: String) {
        let result = shown(line)
        #expect(result.text == text)
        #expect(result.styles == styles)
    }

    @Test func aLongLineOfBracketsIsLinear() {
        // Unmatched openers on a long line: every character is shown as written.
        let line = String(repeating: "[1] *a ", count: 30_000)
        let markdown = MarkdownLine(Array(line))
        #expect(markdown.styles.count == line.count)
        #expect(markdown.styles.allSatisfy { $0 != nil })
    }

    @Test func claimsInsideMarkupKeepTheirPlace() {
        let body = "## The *advisory* says\nIt says **thousands** of workers.\n"
        let text = ScalarText(body)
        let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex,
                                                 to: body.range(of: "**thousands**")!.lowerBound.samePosition(in: body.unicodeScalars)!)
        let layout = ArticleLayout(text: text, width: 40, markers: [(offset: start, claim: 0, glyph: "✘")])
        let heading = layout.lines(ofParagraph: 0)[0].map(\.shown).joined()
        let second = layout.lines(ofParagraph: 1)[0]
        #expect(heading == "The advisory says")
        #expect(second.map(\.shown).joined() == "It says ✘thousands of workers.")
        #expect(second.first { $0.shown == "h" }?.style == .strong)
        #expect(second.first { $0.marker == 0 }?.offset == start)
    }
}

struct LongLineLayoutTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func aVeryLongLineIsCutIntoPiecesThatCoverEveryCharacterOnce() {
        let words = (0..<20_000).map { "word\($0)" }.joined(separator: " ")
        let text = ScalarText("# Title\n" + words + "\nlast line\n")
        let layout = ArticleLayout(text: text, width: 70, markers: [])
        #expect(layout.paragraphCount > 10)
        var offsets: [Int] = []
        var position: LinePosition? = layout.first
        while let current = position {
            offsets += layout.line(at: current)!.map(\.offset)
            position = layout.next(current)
        }
        // Every scalar but the line ends is shown once, in order, whatever the pieces.
        let expected = (0..<text.scalarCount).filter { text.bytes[text.byteOffset(ofScalar: $0)] != UInt8(ascii: "\n") }
        let shownOnce = offsets.filter { text.bytes[text.byteOffset(ofScalar: $0)] != UInt8(ascii: "#") }
        #expect(shownOnce == expected.filter { $0 >= 2 })
        #expect(layout.lines(ofParagraph: 0)[0].map(\.shown).joined() == "Title")
        // A piece of the long line is not taken for a heading or a bullet.
        #expect(layout.line(at: layout.position(ofOffset: text.scalarCount - 3))!.map(\.shown).joined() == "last line")
    }
}
