import Foundation
import LateralCore
import Testing
@testable import LateralUI

struct ReducerTests {
    init() { DisplayWidth.prepareLocale() }

    func articleState(width: Int = 120, height: Int = 40) throws -> ReaderState {
        reduce(try ReaderSnapshotTests.sampleState(width: width, height: height), .open)
    }

    @Test func openAndBackAndQuit() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 80, height: 24)
        #expect(state.keyContext == .library)
        state = reduce(state, .open)
        #expect(state.keyContext == .article)
        #expect(state.article?.sidecar.claims.count == 31)
        state = reduce(state, .back)
        #expect(state.keyContext == .library && state.article == nil && !state.isFinished)
        state = reduce(state, .back)
        #expect(state.isFinished)
        #expect(reduce(try ReaderSnapshotTests.sampleState(width: 80, height: 24), .quit).isFinished)
    }

    @Test func scrollingStopsAtBothEnds() throws {
        var state = try articleState(width: 80, height: 24)
        let first = state.article!.top
        state = reduce(state, .lineUp)
        #expect(state.article!.top == first)
        let second = state.article!.layout.move(first, by: 1)
        state = reduce(state, .lineDown)
        #expect(state.article!.top == second)
        state = reduce(state, .pageDown)
        #expect(state.article!.top == state.article!.layout.move(second, by: state.articleRows - 1))
        state = reduce(state, .pageUp)
        #expect(state.article!.top == second)
        state = reduce(state, .bottom)
        let bottom = state.article!.top
        state = reduce(state, .lineDown)
        #expect(state.article!.top == bottom, "the last page is as far as it scrolls")
        #expect(render(state).row(text: 23).hasSuffix("100%"))
        state = reduce(state, .top)
        #expect(state.article!.top == first)
    }

    @Test func tabWalksTheClaimsInTextOrderAndScrollsThemIntoView() throws {
        var state = try articleState(width: 80, height: 24)
        state = reduce(state, .nextClaim)
        #expect(state.article!.selected == 0)
        for _ in 0..<30 { state = reduce(state, .nextClaim) }
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c31")
        #expect(render(state).text.contains("✘the US government didn’t even mention"))
        state = reduce(state, .nextClaim)
        #expect(state.message == "no more claims")
        state = reduce(state, .previousClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c30")
        #expect(state.message == nil)
    }

    @Test func sidePaneTogglesAndMovesBelowOnNarrowWindows() throws {
        var state = try articleState(width: 120, height: 40)
        #expect(state.panes.side?.x == 72)
        state = reduce(state, .resize(width: 90, height: 30))
        #expect(state.panes.side?.x == 0)
        #expect(state.article!.layout.width == 88)
        state = reduce(state, .toggleSidePane)
        #expect(state.panes.side == nil)
        #expect(state.article!.layout.width == 88)
        state = reduce(state, .resize(width: 120, height: 40))
        #expect(state.article!.layout.width == 118)
    }

    @Test func resizeKeepsTheSelectedClaimInView() throws {
        var state = try articleState(width: 120, height: 40)
        for _ in 0..<20 { state = reduce(state, .nextClaim) }
        state = reduce(state, .resize(width: 60, height: 16))
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c20")
        #expect(render(state).text.contains("❝These guys know"))
    }

    @Test func libraryMovesAndHelpOpens() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 80, height: 24)
        for action in [Action.lineDown, .pageDown, .bottom, .lineUp, .pageUp, .top] { state = reduce(state, action) }
        #expect(state.librarySelection == 0)
        state = reduce(state, .help)
        #expect(state.keyContext == .help)
        state = reduce(state, .help)
        #expect(state.screens.map(\.kind) == [.library, .help])
        state = reduce(state, .bottom)
        #expect(render(state).text.contains("copy the URL to the clipboard"))
        #expect(render(state).text.contains("step through one verdict only"))
        state = reduce(state, .back)
        #expect(state.keyContext == .library)
    }

    @Test func keysMapThroughTheTable() {
        #expect(KeyMap.action(for: .character("j"), in: .article) == .lineDown)
        #expect(KeyMap.action(for: .tab, in: .article) == .nextClaim)
        #expect(KeyMap.action(for: .tab, in: .library) == nil)
        #expect(KeyMap.action(for: .enter, in: .library) == .open)
        #expect(KeyMap.action(for: .function(1), in: .library) == .help)
        #expect(KeyMap.action(for: .character("3"), in: .picker) == .choose(3))
        #expect(KeyMap.action(for: .character("3"), in: .article) == nil)
        #expect(KeyMap.hints(for: .article) == "Tab next claim · Enter source · / search · s side pane · h help · q back")
    }

    @Test func enterJumpsToTheSourceAndBackRestoresThePlace() throws {
        var state = try articleState(width: 120, height: 40)
        for _ in 0..<12 { state = reduce(state, .nextClaim) }
        let before = state.article!
        #expect(before.sidecar.claims[before.selected!].id == "c12")
        // c12 has two sources: the picker comes first.
        state = reduce(state, .open)
        #expect(state.keyContext == .picker)
        #expect(render(state).text.contains("2. supports: AP report on the UN sanctions panel"))
        state = reduce(state, .choose(2))
        #expect(state.keyContext == .source)
        let page = render(state).text
        #expect(page.contains("Associated Press (via The Oklahoman)"))
        #expect(page.contains("“A panel monitoring U.N. sanctions says North Korean cyber experts"))
        state = reduce(state, .lineDown)
        state = reduce(state, .back)
        #expect(state.keyContext == .article)
        #expect(state.article!.top == before.top)
        #expect(state.article!.selected == before.selected)
        #expect(state.screens.map(\.kind) == [.library, .article])
    }

    @Test func aClaimWithOneSourceGoesStraightThere() throws {
        var state = try articleState(width: 120, height: 40)
        state = reduce(state, .open)
        #expect(state.message == "select a claim first (Tab)")
        for _ in 0..<4 { state = reduce(state, .nextClaim) }
        state = reduce(state, .open)
        #expect(state.keyContext == .source)
        #expect(render(state).row(text: 0).contains("› Here’s how North Korean operatives are trying to infiltrate US crypto firms"))
    }

    @Test func aLocalCopyOpensAtTheQuotedPassage() throws {
        let folder = NSTemporaryDirectory() + "lateral-local-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/sources", withIntermediateDirectories: true)
        try "The mayor said the vote was close.\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try (String(repeating: "Filler line.\n", count: 200) + "Minutes: the vote was seven to two.\n")
            .write(toFile: folder + "/sources/minutes.md", atomically: true, encoding: .utf8)
        var file = SidecarFile(path: folder + "/a.claims.json", sidecar: Sidecar(
            sources: [Source(id: "m", title: "Minutes", kind: .primary, localCopy: "sources/minutes.md",
                             passages: [Passage(id: "p", exact: "the vote was seven to two")])],
            claims: [Claim(id: "c1", quote: QuoteSelector(exact: "the vote was close"), position: PositionSelector(start: 15, end: 33),
                           verdict: .misleading, links: [SourceLink(source: "m", relation: .refutes, passage: "p")])]), originalBytes: nil)
        try file.save()
        var state = ReaderState(width: 100, height: 30, libraryFolder: folder, library: try Library.load(folder: folder).entries)
        state = reduce(reduce(reduce(state, .open), .nextClaim), .open)
        #expect(state.article?.path == folder + "/sources/minutes.md")
        let screen = render(state)
        let row = try #require((0..<30).first { screen.row(text: $0).contains("Minutes: the vote was seven to two.") })
        #expect(GridSnapshot.text(of: screen).split(separator: "\n")[row * 2 + 1].contains("/////////"))
        state = reduce(state, .back)
        #expect(state.article?.path == folder + "/a.md")
    }

    func type(_ text: String, into state: ReaderState) -> ReaderState {
        var state = state
        for character in text { state = reduce(state, state.action(for: .character(character))!) }
        return reduce(state, state.action(for: .enter)!)
    }

    @Test func searchIsSmartCaseHighlightsAndWrapsAround() throws {
        var state = try articleState(width: 120, height: 40)
        state = reduce(state, .startSearch(forward: true))
        #expect(state.prompt?.purpose == .search(forward: true))
        #expect(render(state).row(text: 39) == " /█")
        state = type("lazarus", into: state)
        let first = try #require(state.article!.lastMatch)
        #expect(state.article!.article.body.string(scalars: first) == "Lazarus")
        let screen = render(state)
        #expect(GridSnapshot.text(of: screen).contains("///////"))
        state = reduce(state, .nextMatch)
        let second = try #require(state.article!.lastMatch)
        #expect(second.lowerBound > first.lowerBound)
        state = reduce(state, .previousMatch)
        #expect(state.article!.lastMatch == first)
        // Capitals make it case-sensitive: "LAZARUS" is not in the text.
        state = type("", into: reduce(state, .startSearch(forward: true)))
        state = reduce(state, .startSearch(forward: true))
        state = type("LAZARUS", into: state)
        #expect(state.message == "not found: LAZARUS")
        // Searching on from the last match wraps to the top.
        state = type("According to the US", into: reduce(state, .startSearch(forward: true)))
        state = reduce(state, .nextMatch)
        #expect(state.message == "search wrapped around to the top")
        state = reduce(state, .startSearch(forward: false))
        state = reduce(state, .promptCancel)
        #expect(state.prompt == nil)
    }

    @Test func vStepsThroughOneVerdict() throws {
        var state = try articleState(width: 120, height: 40)
        state = reduce(state, .cycleVerdict)
        #expect(state.message == "Tab steps through ✘ false claims only (2)")
        state = reduce(state, .nextClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c18")
        state = reduce(state, .nextClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c31")
        #expect(render(state).row(text: 39).hasSuffix("only ✘ false  claim 31/31  100%"))
        state = reduce(state, .previousClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c18")
        for _ in 0..<8 { state = reduce(state, .cycleVerdict) }
        #expect(state.article!.verdictFilter == nil)
        #expect(state.message == "Tab steps through all claims")
    }

    @Test func slashFiltersTheLibraryByTitle() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 80, height: 24)
        state = reduce(state, .startSearch(forward: true))
        #expect(state.prompt?.purpose == .filter)
        for character in "zzz" { state = reduce(state, .promptInput(character)) }
        #expect(state.visibleLibrary.isEmpty)
        #expect(render(state).row(text: 1) == " No title matches \"zzz\".")
        for _ in 0..<3 { state = reduce(state, .promptDelete) }
        for character in "crypto" { state = reduce(state, .promptInput(character)) }
        state = reduce(state, .promptSubmit)
        #expect(state.visibleLibrary == [0])
        state = reduce(state, .open)
        #expect(state.keyContext == .article)
    }

    @Test func ctrlWMovesTheFocusToTheSidePaneList() throws {
        var state = try articleState(width: 120, height: 40)
        state = reduce(state, .switchPane)
        #expect(state.article!.sidePaneFocused)
        state = reduce(state, .lineDown)
        #expect(state.article!.selected == 0)
        state = reduce(state, .lineDown)
        #expect(state.article!.selected == 1)
        let top = state.article!.top
        state = reduce(state, .pageDown)
        #expect(state.article!.selected == 21)
        #expect(state.article!.top > top, "the article follows the list")
        state = reduce(state, .switchPane)
        state = reduce(state, .lineDown)
        #expect(state.article!.selected == 21)
        state = reduce(reduce(state, .toggleSidePane), .switchPane)
        #expect(state.message == "the side pane is hidden (s shows it)")
    }

    @Test func oAndYNameTheirEffects() throws {
        var state = try articleState(width: 120, height: 40)
        state = reduce(state, .openURL)
        #expect(state.effect == nil && state.message == "select a claim first (Tab)")
        state = reduce(reduce(state, .nextClaim), .openURL)
        #expect(state.effect == .openURL("https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf"))
        state = reduce(state, .copy)
        #expect(state.effect == .copy("According to the US government, North Korean IT workers are flooding the free market."))
        state = reduce(state, .lineDown)
        #expect(state.effect == nil)
        for _ in 0..<3 { state = reduce(state, .nextClaim) }
        state = reduce(reduce(state, .open), .copy)
        #expect(state.keyContext == .source)
        #expect(state.effect == .copy("https://cryptonewswire.org/index.php/2022/07/10/heres-how-north-korean-operatives-are-trying-to-infiltrate-us-crypto-firms/"))
    }

    @Test func clicksSelectAndDoubleClicksOpen() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 120, height: 40)
        state = reduce(state, .click(x: 10, y: 1, double: true))
        #expect(state.keyContext == .article)
        // Row 4 of the screen is the article's first claim, after its glyph at column 1.
        #expect(render(state).row(text: 4).hasPrefix(" ✓According to the US government"))
        state = reduce(state, .click(x: 5, y: 4, double: false))
        #expect(state.article!.selected == 0)
        state = reduce(state, .click(x: 1, y: 3, double: false))
        #expect(state.article!.selected == 0, "a click on no claim changes nothing")
        // A click on claim 5's entry in the side pane's list.
        let side = try #require(state.panes.side)
        let geometry = SidePane.Geometry(state.article!, ascii: false, area: side)
        let row = side.y + geometry.detailRows + 5
        state = reduce(state, .click(x: side.x + 3, y: row, double: false))
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c05")
        #expect(state.article!.sidePaneFocused)
        state = reduce(state, .click(x: 5, y: 4, double: true))
        #expect(state.keyContext == .picker)
        state = reduce(state, .wheel(3))
        state = reduce(state, .back)
        let top = state.article!.top
        state = reduce(state, .wheel(3))
        #expect(state.article!.top == state.article!.layout.move(top, by: 3))
    }
}

struct DeferredClaimsTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func theTextShowsFirstAndTheClaimsFollow() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 120, height: 40)
        state.loadsClaimsLater = true
        state = reduce(state, .open)
        let open = try #require(state.article)
        #expect(open.claimsPending && open.sidecar.claims.isEmpty)
        guard case .loadClaims(let path, let body) = state.effect else {
            Issue.record("no effect to load the claims")
            return
        }
        #expect(render(state).text.contains("According to the US government, North Korean IT workers"))
        // The user scrolls and starts a search while the claims load.
        state = reduce(state, .lineDown)
        state = reduce(state, .startSearch(forward: true))
        let claims = try LoadedClaims.load(articlePath: path, body: body).get()
        state = reduce(state, .claimsLoaded(path: path, claims: claims, problem: nil))
        #expect(state.prompt != nil)
        #expect(state.article!.sidecar.claims.count == 31)
        #expect(!state.article!.claimsPending)
        #expect(state.article!.top == state.article!.layout.move(state.article!.layout.first, by: 1))
        #expect(render(state).text.contains("✓According to the US government"))
    }

    @Test func aBrokenClaimsFileStillShowsTheText() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 120, height: 40)
        state.loadsClaimsLater = true
        state = reduce(state, .open)
        state = reduce(state, .claimsLoaded(path: state.article!.path, claims: nil, problem: "x.claims.json:1:1: error: broken"))
        #expect(state.message == "x.claims.json:1:1: error: broken")
        #expect(state.article!.sidecar.claims.isEmpty && !state.article!.claimsPending)
    }
}

struct PickerClickTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func aClickHitsTheEntryDrawnUnderALongQuote() throws {
        var state = reduce(try ReaderSnapshotTests.sampleState(width: 80, height: 24), .open)
        _ = state.selectClaim(id: "c12")
        state = reduce(state, .open)
        #expect(state.keyContext == .picker)
        let screen = render(state)
        let second = try #require((0..<24).first { screen.row(text: $0).contains("2. supports: AP report") })
        state = reduce(state, .click(x: 5, y: second - 1, double: false))
        guard case .picker(let picker) = state.screen else { Issue.record("not the picker"); return }
        #expect(picker.selection == 0)
        state = reduce(state, .click(x: 5, y: second, double: true))
        #expect(render(state).text.contains("Associated Press (via The Oklahoman)"))
    }
}

struct SidePaneOrderTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func theListIsInTextOrderWithOrphansLast() throws {
        let folder = ReaderSnapshotTests.repository.appendingPathComponent("Tests/Fixtures/Library").path
        var state = ReaderState(width: 120, height: 30, libraryFolder: folder, library: try Library.load(folder: folder).entries)
        state.openArticle(path: folder + "/orphans.md")
        let text = render(state).text
        #expect(text.contains("│ ○ 1. council approved the budget on Monday"))
        #expect(text.contains("│ ○ orphan: the mayor resigned after the vote"))
        state = reduce(reduce(state, .switchPane), .lineDown)
        state = reduce(state, .lineDown)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c2")
        #expect(render(state).text.contains("│ ○ unverified · claim c2"))
    }
}
