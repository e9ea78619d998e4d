import Foundation
import LateralCore
import LateralTestSupport
import Testing
@testable import LateralUI

/// Marking claims in the reader: vim's visual mode over the article, a search match made a
/// claim in one key, an orphan given a new place.
struct SelectingTests {
    static let time = "2026-01-02T03:04:05Z"

    /// A library of one article, `a.md`, with the claims given (none: no claims file).
    static func open(_ body: String, claims: [Claim] = [], width: Int = 120) throws -> (folder: String, state: ReaderState) {
        DisplayWidth.prepareLocale()
        let folder = TestFolder.path("selecting")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try body.write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        if !claims.isEmpty {
            var file = SidecarFile(path: folder + "/a.claims.json", sidecar: Sidecar(claims: claims), originalBytes: nil)
            try file.save()
        }
        var state = ReaderState(width: width, height: 20, libraryFolder: folder, library: try Library.summaries(folder: folder, index: nil))
        state.author = "ana"
        state.clock = { SelectingTests.time }
        return (folder, step(state, .open))
    }

    static func stored(_ folder: String) throws -> Sidecar {
        try SidecarFile.read(folder + "/a.claims.json").sidecar
    }

    /// The selected text, as the claim would quote it.
    func selected(_ state: ReaderState) -> String? {
        guard let open = state.article, let visual = open.visual else { return nil }
        return open.article.body.string(scalars: visual.range(in: open.layout))
    }

    static let body = AnnotatingTests.body

    @Test func wordKeysExtendTheSelectionAndEnterMakesAClaim() throws {
        var (folder, state) = try Self.open(Self.body, width: 200)
        state = keys([.character("v")], state)
        #expect(state.keyContext == .visual)
        #expect(selected(state) == "T")
        state = keys([.character("e")], state)
        #expect(selected(state) == "The")
        state = keys([.character("w"), .character("e")], state)
        #expect(selected(state) == "The council")
        // `$` goes to the line's last character, `0` back to its first, `b` a word back.
        state = keys([.character("$")], state)
        #expect(selected(state) == Self.body.trimmingCharacters(in: .newlines))
        state = keys([.character("b"), .character("b")], state)
        #expect(selected(state) == "The council approved the budget on Monday. Taxes rise by 3%. The m")
        state = keys([.character("0"), .character("w"), .character("w"), .character("l"), .character("h")], state)
        #expect(selected(state) == "The council a")
        #expect(render(state).row(text: 19).contains("-- VISUAL --"))

        state = keys([.character("h"), .enter], state)
        #expect(state.keyContext == .article)
        #expect(state.message?.hasPrefix("new claim c01") == true)
        let claim = try #require(try Self.stored(folder).claims.first)
        // The space the cursor ended on is not part of the quote.
        #expect(claim.quote.exact == "The council")
        #expect(claim.position == PositionSelector(start: 0, end: 11))
        #expect(claim.created == Stamp(author: "ana", time: Self.time))
        // The new claim is selected: its verdict is the next key.
        state = keys([.character("c"), .character("t")], state)
        #expect(try Self.stored(folder).claims.first?.verdict == .true)
    }

    @Test func punctuationIsAWordOfItsOwnAndEscChangesNothing() throws {
        var (folder, state) = try Self.open(Self.body)
        state = keys([.character("/")] + typed("3%") + [.enter, .character("v")], state)
        #expect(selected(state) == "3")
        state = keys([.character("w")], state)
        #expect(selected(state) == "3%")
        state = keys([.character("w")], state)
        #expect(selected(state) == "3%. T")
        state = keys([.character("o"), .character("b")], state)
        #expect(selected(state) == "by 3%. T")
        state = keys([.escape], state)
        #expect(state.article?.visual == nil && state.keyContext == .article)
        #expect(!FileManager.default.fileExists(atPath: folder + "/a.claims.json"))
    }

    @Test func searchExtendsTheSelectionAndAMatchBecomesAClaimInOneKey() throws {
        var (folder, state) = try Self.open(Self.body)
        state = keys([.character("v"), .character("/")] + typed("mayor") + [.enter], state)
        #expect(selected(state) == "The council approved the budget on Monday. Taxes rise by 3%. The m")
        state = keys([.character("e"), .escape], state)

        state = keys([.character("/")] + typed("Taxes rise") + [.enter, .character("M")], state)
        let claim = try #require(try Self.stored(folder).claims.first)
        #expect(claim.quote.exact == "Taxes rise")
        #expect(state.article?.selected.map { state.article!.sidecar.claims[$0].id } == "c01")
        state = keys([.character("u")], state)
        #expect(try Self.stored(folder).claims.isEmpty)
        #expect(state.article?.lastMatch != nil)
        state = keys([.escape, .character("M")], state)
        #expect(state.message == "no search match: / finds the words, then M makes them a claim")
    }

    @Test func theCursorStepsOverWideAndCombiningCharactersByDisplayCells() throws {
        // 北京, a decomposed é (e and U+0301), a four-scalar emoji.
        let body = "北京 cafe\u{301} 👩🏽‍💻 end\n"
        var (folder, state) = try Self.open(body)
        state = keys([.character("v")], state)
        func cursorColumn() throws -> Int {
            let open = try #require(state.article)
            let layout = open.layout
            return layout.column(of: try #require(layout.cursor(atOffset: open.visual!.cursor)))
        }
        #expect(try cursorColumn() == 0)
        state = keys([.character("l")], state)
        #expect(try cursorColumn() == 2)
        state = keys([.character("w")], state)
        #expect(try cursorColumn() == 5)
        state = keys([.character("e")], state)
        #expect(try cursorColumn() == 8)
        #expect(selected(state) == "北京 cafe\u{301}")
        state = keys([.character("l"), .character("l")], state)
        #expect(try cursorColumn() == 10)
        state = keys([.character("l")], state)
        #expect(try cursorColumn() == 12)
        #expect(selected(state) == "北京 cafe\u{301} 👩🏽‍💻 ")
        // The terminal's cursor is put on the cursor's cell, which is painted as such.
        let grid = render(state)
        let cursor = try #require(grid.cursor)
        #expect(cursor.x == 13 && grid[cursor.x, cursor.y].text == " " && grid[cursor.x, cursor.y].paint == .cursor)
        #expect(grid[1, cursor.y].paint == .visual)

        state = keys([.escape, .character("/")] + typed("caf") + [.enter, .character("v"), .character("e"), .enter], state)
        let claim = try #require(try Self.stored(folder).claims.first)
        #expect(claim.quote.exact == "cafe\u{301}")
        #expect(claim.position == PositionSelector(start: 3, end: 8))
    }

    @Test func upAndDownKeepTheColumnOverShortLines() throws {
        var (_, state) = try Self.open("abcdefgh\n\nab\n\nabcdefgh\n")
        state = keys([.character("v"), .character("$")], state)
        state = keys([.character("j")], state)
        #expect(selected(state) == "abcdefgh\n\nab")
        state = keys([.character("j")], state)
        #expect(selected(state) == "abcdefgh\n\nab\n\nabcdefgh")
        state = keys([.character("k"), .character("k")], state)
        #expect(selected(state) == "abcdefgh")
    }

    @Test func anOrphanIsListedAndGivenANewPlace() throws {
        let body = ScalarText(Self.body)
        var placed = Claim(id: "c01", quote: QuoteSelector(text: body, range: 43..<48),
                           position: PositionSelector(start: 43, end: 48), verdict: .true)
        placed.rationale = "kept"
        var orphan = Claim(id: "c02", quote: QuoteSelector(exact: "the mayor was sacked", prefix: "", suffix: ""),
                           position: PositionSelector(start: 61, end: 81), verdict: .false)
        orphan.notes = [Note(author: "zoe", time: "2024-01-01T00:00:00Z", text: "see the minutes")]
        var (folder, state) = try Self.open(Self.body, claims: [placed, orphan])
        #expect(state.article?.placeInOrder == [0, -1])
        let screen = render(state).text
        #expect(screen.contains("Claims (1)") && screen.contains("Orphans (1) · v re-attaches"))
        #expect(screen.contains("orphan: the mayor was sacked"))

        let found = state.selectClaim(id: "c02")
        #expect(found)
        // Found first, then selected from there.
        state = keys([.character("/")] + typed("The mayor") + [.enter, .character("v")], state)
        #expect(state.message?.hasPrefix("re-attaching c02") == true)
        state = keys([.character("e"), .character("e"), .character("e")], state)
        #expect(selected(state) == "The mayor resigned")
        state = keys([.enter], state)
        #expect(state.message == "claim c02 has a new place in the text")
        let claim = try #require(try Self.stored(folder).claims.first { $0.id == "c02" })
        #expect(claim.quote.exact == "The mayor resigned")
        #expect(claim.position == PositionSelector(start: 61, end: 79))
        #expect(claim.notes.count == 1 && claim.verdict == .false)
        #expect(state.article?.placeInOrder == [0, 1])
        #expect(!render(state).text.contains("Orphans ("))
    }

    @Test func onlySpacesMakeNoClaim() throws {
        var (folder, state) = try Self.open("one   two\n")
        state = keys([.character("/")] + typed("  ") + [.enter, .character("v"), .character("l"), .enter], state)
        #expect(state.message == "only spaces are selected: select some words")
        #expect(state.keyContext == .visual)
        #expect(!FileManager.default.fileExists(atPath: folder + "/a.claims.json"))
    }

    /// A match hidden in Markdown syntax (a link's address): n goes on to the next one.
    @Test func nGoesOnPastAMatchInHiddenSyntax() throws {
        var (_, state) = try Self.open("See [the report](http://example.org/a) and http://example.org/b too.\n")
        state = keys([.character("v"), .character("/")] + typed("http") + [.enter], state)
        let first = state.article?.lastMatch
        state = keys([.character("n")], state)
        #expect(state.article?.lastMatch != first)
        #expect(selected(state)?.hasSuffix("and h") == true)
    }
}
