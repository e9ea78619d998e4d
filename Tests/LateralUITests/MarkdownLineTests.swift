import LateralCore
import Testing
@testable import LateralUI

struct MarkdownLineTests {
    init() { DisplayWidth.prepareLocale() }

    /// The line as shown, with the style letters of GridSnapshot under it.
    func shown(_ line: String) -> (text: String, styles: String) {
        let items = ArticleLayout(text: ScalarText(line), width: 200, markers: []).lines(ofParagraph: 0)[0]
        return (items.map(\.shown).joined(), items.map { GridSnapshot.letter(ArticleView.paint(for: $0.style)) }.joined())
    }

    @Test(arguments: [
        ("## A heading", "A heading", "hhhhhhhhh"),
        ("> quoted words", "│ quoted words", "dddddddddddddd"),
        ("1. a numbered item", "1. a numbered item", ".................."),
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
        let markdown = MarkdownBlock(Array(line), kind: .paragraph)
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

    /// Glyphs of claims that start together stand in the order the claims were given, and a
    /// start inside a character (between e and its accent) has no place to be shown.
    @Test func glyphsStandInTheirClaimsOrderAndPlace() {
        let body = "Cafe\u{301} opens.\nA second line.\n"
        let layout = ArticleLayout(text: ScalarText(body), width: 60, markers: [
            (offset: 6, claim: 2, glyph: "B"), (offset: 0, claim: 0, glyph: "1"), (offset: 4, claim: 5, glyph: "X"),
            (offset: 6, claim: 1, glyph: "A"), (offset: 14, claim: 3, glyph: "2"), (offset: 16, claim: 4, glyph: "3"),
        ])
        let line = layout.lines(ofParagraph: 0)[0]
        #expect(line.map(\.shown).joined() == "1Café BAopens. A2 s3econd line.")
        #expect(line.compactMap(\.marker) == [0, 2, 1, 3, 4])
    }
}

struct LongLineLayoutTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func aVeryLongLineIsCutIntoPiecesThatCoverEveryCharacterOnce() {
        let words = (0..<20_000).map { "word\($0)" }.joined(separator: " ")
        let text = ScalarText("# Title\n" + words + "\n\nlast line\n")
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

/// Markdown's blocks laid out as a renderer shows them, every character at its offset.
struct MarkdownBlockTests {
    init() { DisplayWidth.prepareLocale() }

    func lines(_ text: String, width: Int = 40) -> [String] {
        let layout = ArticleLayout(text: ScalarText(text), width: width, markers: [])
        var lines: [String] = []
        var position: LinePosition? = layout.first
        while let current = position {
            var line = layout.line(at: current)!.map(\.shown).joined()
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
            position = layout.next(current)
        }
        return lines
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() {
        #expect(lines("Critics say the\nnew sports hall\nwill cost *twice\nas much*.\n\nNext.") ==
                ["Critics say the new sports hall will", "cost twice as much.", "", "Next."])
    }

    @Test func aBlockQuoteCarriesItsBarOnEveryLine() {
        #expect(lines("> A quoted passage long enough\n> to wrap in a narrow pane.", width: 24) ==
                ["│ A quoted passage long", "│ enough to wrap in a", "│ narrow pane."])
    }

    @Test func listItemsHangUnderTheirText() {
        #expect(lines("- an item that wraps onto\n  a second line\n- next", width: 20) ==
                ["• an item that wraps", "  onto a second line", "• next"])
    }

    @Test func fencedCodeIsCodeWhateverItHolds() {
        let layout = ArticleLayout(text: ScalarText("```\n# not a heading\n  *kept*\n```\n# heading"), width: 40, markers: [])
        #expect(lines("```\n# not a heading\n  *kept*\n```\n# heading") == ["```", "# not a heading", "  *kept*", "```", "heading"])
        #expect(layout.lines(ofParagraph: 1)[0].allSatisfy { $0.style == .code })
        #expect(layout.lines(ofParagraph: 4)[0].allSatisfy { $0.style == .heading })
    }

    /// A soft break is shown as a space at the line end's own offset, so that a claim
    /// across two lines of the file is highlighted across the join.
    @Test func aSoftBreakKeepsItsOffset() {
        let layout = ArticleLayout(text: ScalarText("one\ntwo"), width: 40, markers: [])
        let line = layout.lines(ofParagraph: 0)[0]
        #expect(line.map(\.shown).joined() == "one two")
        #expect(line.map(\.offset) == [0, 1, 2, 3, 4, 5, 6])
    }

    @Test func nestedListsKeepTheirIndentation() {
        #expect(lines("- Stable\n    - Deque\n    - Heap\n- Experimental", width: 40) ==
                ["• Stable", "    • Deque", "    • Heap", "• Experimental"])
    }

    /// A year at the start of a hard-wrapped line is not a numbered list.
    @Test func aNumberOtherThanOneDoesNotInterruptAParagraph() {
        #expect(lines("It began in\n2019. Since then\nit grew.", width: 60) == ["It began in 2019. Since then it grew."])
        #expect(lines("Steps:\n1. first\n2. second", width: 60) == ["Steps:", "1. first", "2. second"])
    }

    /// "```python" opens a fence but does not close one; a code span never shows hidden syntax.
    @Test func fencesCloseOnlyWithAFenceAlone() {
        #expect(lines("```\na\n```python\nb\n```\nafter") == ["```", "a", "```python", "b", "```", "after"])
        let layout = ArticleLayout(text: ScalarText("```\na\n```python\nb\n```\nafter"), width: 40, markers: [])
        #expect(layout.lines(ofParagraph: 5)[0].allSatisfy { $0.style == .plain })
        #expect(lines("> quote `code\n> more` end") == ["│ quote code more end"])
    }

    @Test func linkDefinitionsStandOnTheirOwnLines() {
        #expect(lines("See [x][a].\n\n[a]: https://example.org/a\n[b]: https://example.org/b", width: 60) ==
                ["See [x][a].", "", "[a]: https://example.org/a", "[b]: https://example.org/b"])
    }

    /// Tab stops count from the pane's edge, where the screen draws them, also after a block
    /// quote's bar: no word is pushed past the right edge.
    @Test func tabsInAQuoteWrapWhereTheyAreDrawn() {
        let text = "> " + (0..<8).map { "w\($0)xyz" }.joined(separator: "\t") + "\n"
        let layout = ArticleLayout(text: ScalarText(text), width: 30, markers: [])
        for line in layout.lines(ofParagraph: 0) {
            var column = 0
            for item in line { column += item.width < 0 ? Wrapping.tabWidth - column % Wrapping.tabWidth : item.width }
            #expect(column <= 30)
        }
        let shown = layout.lines(ofParagraph: 0).map { $0.map(\.shown).joined() }.joined()
        #expect((0..<8).allSatisfy { shown.contains("w\($0)xyz") })
    }
}
