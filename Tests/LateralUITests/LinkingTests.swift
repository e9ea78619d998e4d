import Foundation
import LateralCore
import Testing
@testable import LateralUI

/// Sources in the reader: linking a claim to a source or a new one from the form, with a
/// relation and a passage; unlinking; editing and deleting a source from the side list.
struct LinkingTests {
    /// An article with one claim, c01 over "Taxes rise by 3%", and one source, the minutes.
    static func library() throws -> (folder: String, state: ReaderState) {
        try AnnotatingTests.library(claim: 43..<59, sources: [
            Source(id: "minutes", title: "Council minutes", publisher: "City council", date: "2024-03-04", kind: .primary),
        ])
    }

    static func stored(_ folder: String) throws -> Sidecar {
        try SidecarFile.read(folder + "/a.claims.json").sidecar
    }

    static func bytes(_ folder: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: folder + "/a.claims.json"))
    }

    @Test func aClaimIsLinkedToASourceWithARelationAndAPassage() throws {
        var (folder, state) = try Self.library()
        let before = try Self.bytes(folder)
        state = keys([.character("l")], state)
        let menu = render(state).text
        #expect(menu.contains("link claim c01 to") && menu.contains("+  a new source…") && menu.contains("1  Council minutes (City council, 2024-03-04)"))
        state = keys([.character("1")], state)
        #expect(render(state).text.contains("s  supports: it shows the claim true"))
        state = keys([.character("s")] + typed("Property tax: +3.0%") + [.control("s")], state)
        #expect(state.overlay == nil)
        #expect(state.message == "claim c01 supports minutes")
        let sidecar = try Self.stored(folder)
        #expect(sidecar.claims[0].links == [SourceLink(source: "minutes", relation: .supports, passage: "minutes-p1")])
        #expect(sidecar.sources[0].passages == [Passage(id: "minutes-p1", exact: "Property tax: +3.0%")])
        #expect(sidecar.claims[0].modified == Stamp(author: "ana", time: AnnotatingTests.time))

        // Another passage of the same source is a second link; the same one is not made twice.
        state = keys([.character("l"), .character("1"), .character("s")] + typed("Rates: 3%") + [.control("s")], state)
        state = keys([.character("l"), .character("1"), .character("s")] + typed("Rates: 3%") + [.control("s")], state)
        #expect(state.message == "nothing changed")
        #expect(try Self.stored(folder).claims[0].links.map(\.passage) == ["minutes-p1", "minutes-p2"])
        // One undo takes back a link and its passage together.
        state = keys([.character("u"), .character("u")], state)
        #expect(try Self.bytes(folder) == before)
    }

    @Test func aNewSourceIsDescribedInTheFormAndCheckedBeforeItIsAdded() throws {
        var (folder, state) = try Self.library()
        state = keys([.character("l"), .character("+")], state)
        #expect(state.keyContext == .form)
        #expect(render(state).row(text: 29).contains("Ctrl-S save · Esc cancel · Tab next field"))
        state = keys([.control("s")], state)
        #expect(state.message == "a source needs its title")
        #expect(state.keyContext == .form)
        state = keys(typed("Budget papers 2024") + [.tab] + typed("https://example.org/budget") + [.tab] + typed("City of Example")
                     + [.tab, .tab] + typed("May 2024") + [.tab, .control("w")] + typed("primary") + [.control("s")], state)
        #expect(state.message == "\"May 2024\" is not an ISO 8601 date: write 2024-02-01, 2024-02 or 2024")
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.focusedField == .date)
        state = keys([.control("w"), .control("w")] + typed("2024-05") + [.control("s")], state)
        // Then the relation, and no passage.
        state = keys([.character("c"), .control("s")], state)
        let sidecar = try Self.stored(folder)
        let source = try #require(sidecar.source(id: "budget-papers-2024"))
        #expect(source == Source(id: "budget-papers-2024", title: "Budget papers 2024", publisher: "City of Example", date: "2024-05",
                                 url: "https://example.org/budget", kind: .primary))
        #expect(sidecar.claims[0].links == [SourceLink(source: "budget-papers-2024", relation: .cites)])
        // The side pane lists it.
        #expect(render(state).text.contains("Budget papers 2024 (cites 1)"))
        state = keys([.character("u")], state)
        #expect(try Self.stored(folder).sources.map(\.id) == ["minutes"])
    }

    @Test func aLinkIsTakenAwayAndASourceEditedAndDeletedFromTheSideList() throws {
        var (folder, state) = try Self.library()
        state = keys([.character("U")], state)
        #expect(state.message == "claim c01 has no sources: l links one")
        state = keys([.character("l"), .character("1"), .character("x"), .control("s"), .character("U")], state)
        #expect(render(state).text.contains("1  context: Council minutes"))
        state = keys([.character("1")], state)
        #expect(try Self.stored(folder).claims[0].links.isEmpty)

        // e and D act on the source selected in the side list.
        state = keys([.character("e")], state)
        #expect(state.message?.hasPrefix("select a source in the side list first") == true)
        state = keys([.control("w"), .character("j")], state)
        #expect(state.article?.listSelection == 0)
        state = keys([.character("e"), .tab, .tab] + [.control("w"), .control("w")] + typed("Example City Council") + [.control("s")], state)
        #expect(state.message == "source minutes saved")
        #expect(try Self.stored(folder).sources[0].publisher == "Example City Council")
        #expect(try Self.stored(folder).sources[0].title == "Council minutes")

        state = keys([.character("l")], state)
        #expect(state.overlay != nil)
        state = keys([.escape, .character("D")], state)
        guard case .confirm(let question) = state.overlay else { Issue.record("no question"); return }
        #expect(question.question == "delete source minutes “Council minutes”? no claim links to it")
        state = keys([.character("y")], state)
        #expect(try Self.stored(folder).sources.isEmpty)
        #expect(state.article?.listSelection == nil)
    }

    /// Two passages of one source are two links: U takes away the one picked, and says which.
    @Test func unlinkingTakesAwayOnlyTheLinkPicked() throws {
        var (folder, state) = try Self.library()
        state = keys([.character("l"), .character("1"), .character("s")] + typed("First.") + [.control("s")], state)
        state = keys([.character("l"), .character("1"), .character("s")] + typed("Second.") + [.control("s")], state)
        state = keys([.character("U")], state)
        #expect(render(state).text.contains("2  supports: Council minutes (City council, 2024-03-04) — “Second.”"))
        state = keys([.character("2")], state)
        #expect(try Self.stored(folder).claims[0].links.map(\.passage) == ["minutes-p1"])
    }

    @Test func theMenusOwnKeysAreNoSourcesKeys() {
        #expect(!ChoiceMenu.listKeys.contains("j") && !ChoiceMenu.listKeys.contains("k") && !ChoiceMenu.listKeys.contains("q"))
        let sources = (1...40).map { Source(id: "s\($0)", title: "Source \($0)", kind: .secondary) }
        let claim = Claim(id: "c01", quote: QuoteSelector(exact: "x"), position: PositionSelector(start: 0, end: 1))
        let menu = ChoiceMenu.linkSource(of: claim, in: Sidecar(sources: sources))
        #expect(menu.item(for: "m") == 20)
        #expect(menu.items.last?.key == " " && menu.item(for: " ") == nil)
    }

    /// A source deleted and the deletion undone is back where it was, in the file and the list.
    @Test func undoingADeletionPutsTheSourceBackInItsPlace() throws {
        var (folder, state) = try AnnotatingTests.library(sources: ["a", "b", "c"].map { Source(id: $0, title: "Source \($0)", kind: .secondary) })
        state = keys([.control("w"), .character("j"), .character("j")], state)
        #expect(state.article?.listSelection == 1)
        state = keys([.character("D"), .character("y")], state)
        #expect(try Self.stored(folder).sources.map(\.id) == ["a", "c"])
        #expect(state.article?.listSelection == 1)
        state = keys([.escape, .character("u")], state)
        #expect(try Self.stored(folder).sources.map(\.id) == ["a", "b", "c"])
    }
}
