import LateralCore
import Testing
@testable import LateralUI

/// A source used by many claims: its page is laid out only as far as a key needs, and the keys
/// land where a layout of the whole page says they should.
struct SourcePageTests {
    init() { DisplayWidth.prepareLocale() }

    /// An article of 150 claims that all support one source, the first claim selected.
    static func articleOnOneSource() throws -> ReaderState {
        let sentence = "The ministry said the figure was checked twice. "
        let body = String(repeating: sentence, count: 150) + "\n"
        let text = ScalarText(body)
        var sidecar = Sidecar()
        _ = try sidecar.addSource(Source(id: "minutes", title: "Minutes", url: "https://example.org/minutes", kind: .primary))
        let stamp = Stamp(author: "zoe", time: "2024-01-01T00:00:00Z")
        for index in 0..<150 {
            let start = index * sentence.count
            _ = try sidecar.addClaim(range: start..<(start + 30), in: text, stamp: stamp)
            sidecar.claims[index].links = [SourceLink(source: "minutes", relation: .supports)]
        }
        let anchorer = Anchorer(text: text)
        var open = OpenArticle(id: 1, path: "/tmp/a.md", article: Article.parse(Array(body.utf8), path: "/tmp/a.md"),
                               claims: LoadedClaims(sidecar: sidecar, anchors: sidecar.claims.map(anchorer.anchor)), width: 78, asciiGlyphs: false)
        open.selected = 0
        var state = ReaderState(width: 80, height: 24, libraryFolder: "/tmp", library: [])
        state.screens.append(.article(open))
        return step(state, .open)
    }

    static func page(_ state: ReaderState) throws -> SourcePage {
        guard case .source(let page) = state.screen else { throw PageMissing() }
        return page
    }

    struct PageMissing: Error {}

    @Test func theKeysGoWhereTheWholePageSays() throws {
        var state = try Self.articleOnOneSource()
        let rows = state.height - 2
        let whole = try Self.page(state).lines(width: state.width - 2)
        #expect(whole.filter { $0.use != nil }.count == 150)
        #expect(try Self.page(state).uses.count == 150)

        state = step(state, .bottom)
        #expect(try Self.page(state).scroll == whole.count - rows)
        state = step(state, .pageUp)
        #expect(try Self.page(state).scroll == whole.count - rows - (rows - 1))
        state = step(state, .top)
        #expect(try Self.page(state).scroll == 0)
        state = step(state, .pageDown)
        #expect(try Self.page(state).scroll == rows - 1)
        state = step(state, .top)

        // j walks the claims; the page follows the one selected.
        for _ in 0..<40 { state = step(state, .lineDown) }
        let page = try Self.page(state)
        #expect(page.selection == 40)
        let row = try #require(whole.firstIndex { $0.use == 40 })
        #expect(page.scroll == row - rows + 1)
        #expect(render(state).text.contains("c41 "))
    }
}
