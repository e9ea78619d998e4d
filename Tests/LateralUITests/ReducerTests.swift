import Foundation
import LateralCore
import LateralTerminal
import LateralTestSupport
import Testing
@testable import LateralUI

struct ReducerTests {
    init() { DisplayWidth.prepareLocale() }

    func articleState(width: Int = 120, height: Int = 40) throws -> ReaderState {
        step(try ReaderSnapshotTests.sampleState(width: width, height: height), .open)
    }

    @Test func openAndBackAndQuit() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 80, height: 24)
        #expect(state.keyContext == .library)
        state = step(state, .open)
        #expect(state.keyContext == .article)
        #expect(state.article?.sidecar.claims.count == 40)
        state = step(state, .back)
        #expect(state.keyContext == .library && state.article == nil && !state.isFinished)
        state = step(state, .backOrQuit)
        #expect(state.isFinished)
        #expect(step(try ReaderSnapshotTests.sampleState(width: 80, height: 24), .quit).isFinished)
    }

    @Test func scrollingStopsAtBothEnds() throws {
        var state = try articleState(width: 80, height: 24)
        let first = state.article!.top
        state = step(state, .lineUp)
        #expect(state.article!.top == first)
        let second = state.article!.layout.move(first, by: 1)
        state = step(state, .lineDown)
        #expect(state.article!.top == second)
        state = step(state, .pageDown)
        #expect(state.article!.top == state.article!.layout.move(second, by: state.articleRows - 1))
        state = step(state, .pageUp)
        #expect(state.article!.top == second)
        state = step(state, .bottom)
        let bottom = state.article!.top
        state = step(state, .lineDown)
        #expect(state.article!.top == bottom, "the last page is as far as it scrolls")
        #expect(render(state).row(text: 23).hasSuffix("100%"))
        state = step(state, .top)
        #expect(state.article!.top == first)
    }

    @Test func tabWalksTheClaimsInTextOrderAndScrollsThemIntoView() throws {
        var state = try articleState(width: 80, height: 24)
        state = step(state, .nextClaim)
        #expect(state.article!.selected == 0)
        for _ in 0..<39 { state = step(state, .nextClaim) }
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c31")
        #expect(render(state).text.contains("✘the US government didn’t even mention"))
        // Past the last claim, Tab wraps around to the first, saying so, as search does.
        state = step(state, .nextClaim)
        #expect(state.message == "wrapped around to the first claim")
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c01")
        state = step(state, .previousClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c31")
        #expect(state.message == "wrapped around to the last claim")
        state = step(state, .previousClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c30")
        #expect(state.message == nil)
    }

    /// With the selected claim scrolled off screen, Tab goes on from the top of the screen.
    @Test func tabGoesOnFromTheScreenWhenTheSelectionIsOffIt() throws {
        var state = try articleState(width: 80, height: 24)
        state = step(state, .nextClaim)
        #expect(state.article!.selected == 0)
        for _ in 0..<40 { state = step(state, .lineDown) }
        let top = state.article!.layout.startOffset(at: state.article!.top)
        state = step(state, .nextClaim)
        let range = try #require(state.article!.anchors[state.article!.selected!].range)
        #expect(range.lowerBound >= top)
        #expect(state.article!.selected != 1)
    }

    @Test func colonGoesToAClaimByNumberOrId() throws {
        var state = try articleState(width: 80, height: 24)
        state = step(state, .goToClaim)
        for character in "12" { state = step(state, .promptInput(character)) }
        state = step(state, .promptSubmit)
        #expect(state.article.map { $0.sidecar.claims[$0.selected!].id } == "c11")
        #expect(render(state).row(text: 23).contains("claim 12/40"))
        state = step(state, .goToClaim)
        for character in "c05" { state = step(state, .promptInput(character)) }
        state = step(state, .promptSubmit)
        #expect(state.article.map { $0.sidecar.claims[$0.selected!].id } == "c05")
        state = step(state, .goToClaim)
        for character in "99" { state = step(state, .promptInput(character)) }
        state = step(state, .promptSubmit)
        #expect(state.message == "no claim 99: claims are numbered 1 to 40")
    }

    /// The percentage is how far through the text the bottom line is, at every place:
    /// G then b is not 0 %, and k never jumps back to 0.
    @Test func thePercentageIsRightEverywhere() throws {
        var state = try articleState(width: 80, height: 24)
        func percent() -> Int { Int(render(state).row(text: 23).split(separator: " ").last!.dropLast())! }
        var last = percent()
        #expect(last > 0 && last < 100)
        state = step(state, .bottom)
        #expect(percent() == 100)
        last = 100
        for _ in 0..<60 {
            state = step(state, .lineUp)
            let now = percent()
            #expect(now <= last && now > 0)
            last = now
        }
        state = step(step(state, .bottom), .pageUp)
        #expect(percent() > 50 && percent() < 100)
    }

    @Test func halfPagesAndEscAndSearchCounts() throws {
        var state = try articleState(width: 80, height: 24)
        let first = state.article!.top
        state = step(state, .halfPageDown)
        #expect(state.article!.top == state.article!.layout.move(first, by: state.articleRows / 2))
        state = step(state, .halfPageUp)
        #expect(state.article!.top == first)
        state = step(state, .startSearch(forward: true))
        for character in "korean" { state = step(state, .promptInput(character)) }
        state = step(state, .promptSubmit)
        let total = try #require(state.article?.matchStarts.count)
        #expect(total > 3)
        #expect(render(state).row(text: 23).contains("match 1/\(total)"))
        state = step(state, .nextMatch)
        #expect(render(state).row(text: 23).contains("match 2/\(total)"))
        // The current match is painted apart from the others.
        let paints = GridSnapshot.text(of: render(state))
        #expect(paints.contains("*") && paints.contains("/"))
        state = step(state, .cancel)
        #expect(state.article?.search == nil)
        #expect(!render(state).row(text: 23).contains("match"))
    }

    /// Backspace goes back but never quits; q quits from the library.
    @Test func backspaceInTheLibraryDoesNotQuit() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 80, height: 24)
        state = step(state, .back)
        #expect(!state.isFinished)
        #expect(state.message == "this is the library: q quits")
        state = step(state, .backOrQuit)
        #expect(state.isFinished)
    }

    @Test func anArticleWithoutClaimsSaysSo() throws {
        let folder = ReaderSnapshotTests.repository.appendingPathComponent("Tests/Fixtures/Library").path
        var state = ReaderState(width: 120, height: 30, libraryFolder: folder, library: [])
        state = step(state, .openArticle(path: folder + "/no-sidecar.md", selectingClaim: nil))
        #expect(render(state).text.contains("This article has no claims yet."))
        state = step(state, .nextClaim)
        #expect(state.message == "this article has no claims")
    }

    @Test func sidePaneTogglesAndMovesBelowOnNarrowWindows() throws {
        var state = try articleState(width: 120, height: 40)
        #expect(state.panes.side?.x == 72)
        state = step(state, .resize(width: 90, height: 30))
        #expect(state.panes.side?.x == 0)
        #expect(state.article!.layout.width == 88)
        state = step(state, .toggleSidePane)
        #expect(state.panes.side == nil)
        #expect(state.article!.layout.width == 88)
        state = step(state, .resize(width: 120, height: 40))
        #expect(state.article!.layout.width == 118)
    }

    /// The view stays where the user put it: a resize, the side pane shown or hidden, keep
    /// the same text at the top, wherever the selected claim is.
    @Test func resizeAndSidePaneKeepTheTextAtTheTop() throws {
        var state = try articleState(width: 120, height: 40)
        for _ in 0..<20 { state = step(state, .nextClaim) }
        for _ in 0..<12 { state = step(state, .lineDown) }
        let topOffset = try #require(state.article!.layout.line(at: state.article!.top)?.first?.offset)
        for action in [Action.resize(width: 60, height: 16), .toggleSidePane, .toggleSidePane, .resize(width: 100, height: 30)] {
            state = step(state, action)
            let line = try #require(state.article!.layout.line(at: state.article!.top))
            #expect(line.first!.offset <= topOffset && topOffset <= line.last!.offset, "\(action)")
        }
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c15")
    }

    /// The fixture library has five articles, so that every move can be seen.
    func fixtureLibrary(width: Int = 80, height: Int = 24) throws -> ReaderState {
        let folder = ReaderSnapshotTests.repository.appendingPathComponent("Tests/Fixtures/Library").path
        return ReaderState(width: width, height: height, libraryFolder: folder, library: try Library.summaries(folder: folder, index: nil))
    }

    @Test func libraryMovesAndHelpOpens() throws {
        var state = try fixtureLibrary(width: 80, height: 8)
        #expect(state.library.count == 5)
        let steps: [(Action, Int)] = [(.lineDown, 1), (.bottom, 4), (.lineUp, 3), (.halfPageUp, 1), (.pageUp, 0), (.pageDown, 4),
                                      (.top, 0), (.halfPageDown, 2)]
        for (action, selection) in steps {
            state = step(state, action)
            #expect(state.librarySelection == selection, "\(action)")
        }
        state = step(state, .help)
        #expect(state.keyContext == .help)
        state = step(state, .help)
        #expect(state.screens.map(\.kind) == [.library, .help])
        state = step(state, .bottom)
        #expect(render(state).text.contains("start of the field"))
        state = step(state, .back)
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
        #expect(KeyMap.action(for: .character("3"), in: .claim) == .choose(3))
        #expect(KeyMap.action(for: .backspace, in: .library) == .back)
        #expect(KeyMap.action(for: .character("q"), in: .library) == .backOrQuit)
        #expect(KeyMap.hints(for: .article) == "Tab next claim · i case · Enter source · / search · c verdict · a note · v select · L legend · h help · q back")
        // Under a menu or the editor, the keys of the screen beneath do nothing.
        #expect(KeyMap.action(for: .character("q"), in: .editor) == nil)
        #expect(KeyMap.action(for: .character("j"), in: .confirm) == nil)
        #expect(KeyMap.hints(for: .editor) == "Ctrl-S save · Esc cancel · Ctrl-X $EDITOR")
    }

    @Test func enterJumpsToTheSourceAndBackRestoresThePlace() throws {
        var state = try articleState(width: 120, height: 40)
        for _ in 0..<14 { state = step(state, .nextClaim) }
        let before = state.article!
        #expect(before.sidecar.claims[before.selected!].id == "c12")
        // c12 has two sources: the picker comes first.
        state = step(state, .open)
        #expect(state.keyContext == .picker)
        #expect(render(state).text.contains("2. supports: AP report on the UN sanctions panel"))
        state = step(state, .choose(2))
        #expect(state.keyContext == .source)
        let page = render(state).text
        #expect(page.contains("Associated Press (via The Oklahoman)"))
        #expect(page.contains("“A panel monitoring U.N. sanctions says North Korean cyber experts"))
        state = step(state, .lineDown)
        state = step(state, .back)
        #expect(state.keyContext == .article)
        #expect(state.article!.top == before.top)
        #expect(state.article!.selected == before.selected)
        #expect(state.screens.map(\.kind) == [.library, .article])
    }

    @Test func aClaimWithOneSourceGoesStraightThere() throws {
        var state = try articleState(width: 120, height: 40)
        state = step(state, .open)
        #expect(state.message == "select a claim first (Tab)")
        for _ in 0..<4 { state = step(state, .nextClaim) }
        state = step(state, .open)
        #expect(state.keyContext == .source)
        #expect(render(state).row(text: 0).contains("› Here’s how North Korean operatives are trying to infiltrate US crypto firms"))
    }

    @Test func aLocalCopyOpensAtTheQuotedPassage() throws {
        let folder = TestFolder.path("local")
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
        var state = ReaderState(width: 100, height: 30, libraryFolder: folder, library: try Library.summaries(folder: folder, index: nil))
        state = step(step(step(state, .open), .nextClaim), .open)
        #expect(state.article?.path == folder + "/sources/minutes.md")
        let screen = render(state)
        let row = try #require((0..<30).first { screen.row(text: $0).contains("Minutes: the vote was seven to two.") })
        #expect(GridSnapshot.text(of: screen).split(separator: "\n")[row * 2 + 1].contains("/////////"))
        state = step(state, .back)
        #expect(state.article?.path == folder + "/a.md")
    }

    func type(_ text: String, into state: ReaderState) -> ReaderState {
        var state = state
        for character in text { state = step(state, state.action(for: .character(character))!) }
        return step(state, state.action(for: .enter)!)
    }

    @Test func searchIsSmartCaseHighlightsAndWrapsAround() throws {
        var state = try articleState(width: 120, height: 40)
        state = step(state, .startSearch(forward: true))
        #expect(state.prompt?.purpose == .search(forward: true))
        #expect(render(state).row(text: 39) == " /█")
        state = type("lazarus", into: state)
        let first = try #require(state.article!.lastMatch)
        #expect(state.article!.article.body.string(scalars: first) == "Lazarus")
        let screen = render(state)
        #expect(GridSnapshot.text(of: screen).contains("///////"))
        state = step(state, .nextMatch)
        let second = try #require(state.article!.lastMatch)
        #expect(second.lowerBound > first.lowerBound)
        state = step(state, .previousMatch)
        #expect(state.article!.lastMatch == first)
        // Capitals make it case-sensitive: "LAZARUS" is not in the text.
        state = type("", into: step(state, .startSearch(forward: true)))
        state = step(state, .startSearch(forward: true))
        state = type("LAZARUS", into: state)
        #expect(state.message == "not found: LAZARUS")
        // Searching on from the last match wraps to the top.
        state = type("According to the US", into: step(state, .startSearch(forward: true)))
        state = step(state, .nextMatch)
        #expect(state.message == "search wrapped around to the top")
        state = step(state, .startSearch(forward: false))
        state = step(state, .promptCancel)
        #expect(state.prompt == nil)
    }

    @Test func nGoesOnFromTheLastMatchWhenTheBottomRowIsBlank() throws {
        // Short paragraphs: every other row is the blank line between two, at the bottom too
        // at one of the two heights.
        let folder = TestFolder.path("search")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let body = (1...60).map { "Paragraph \($0) mentions the needle once." }.joined(separator: "\n\n") + "\n"
        try body.write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        for height in [30, 31] {
            var state = ReaderState(width: 100, height: height, libraryFolder: folder, library: try Library.summaries(folder: folder, index: nil))
            state = step(step(state, .open), .startSearch(forward: true))
            state = type("needle", into: state)
            for expected in 1...4 {
                #expect(state.article?.currentMatchPlace?.current == expected, "height \(height)")
                state = step(state, .nextMatch)
            }
        }
    }

    @Test func vStepsThroughOneVerdict() throws {
        var state = try articleState(width: 120, height: 40)
        state = step(state, .cycleVerdict)
        #expect(state.message == "Tab steps through ✘ false claims only (2)")
        state = step(state, .nextClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c18")
        state = step(state, .nextClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c31")
        #expect(render(state).row(text: 39).hasSuffix("only ✘ false  claim 40/40  100%"))
        state = step(state, .previousClaim)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c18")
        for _ in 0..<8 { state = step(state, .cycleVerdict) }
        #expect(state.article!.verdictFilter == nil)
        #expect(state.message == "Tab steps through all claims")
    }

    @Test func slashFiltersTheLibraryByTitle() throws {
        var state = try fixtureLibrary()
        state = step(state, .startSearch(forward: true))
        #expect(state.prompt?.purpose == .filter)
        for character in "zzz" { state = step(state, .promptInput(character)) }
        #expect(state.visibleLibrary.isEmpty)
        #expect(render(state).row(text: 1) == " No title matches \"zzz\".")
        for _ in 0..<3 { state = step(state, .promptDelete) }
        // Two of the five titles have "article" in them; smart case matches any case.
        for character in "article" { state = step(state, .promptInput(character)) }
        state = step(state, .promptSubmit)
        #expect(state.visibleLibrary.map { state.library[$0].title } == ["An article nobody has checked yet", "A corrected article"])
        state = step(state, .lineDown)
        state = step(state, .open)
        #expect(state.article?.article.title == "A corrected article")
        // Esc in the library clears the filter.
        state = step(step(state, .back), .cancel)
        #expect(state.visibleLibrary.count == 5)
    }

    @Test func ctrlWMovesTheFocusToTheSidePaneList() throws {
        var state = try articleState(width: 120, height: 40)
        state = step(state, .switchPane)
        #expect(state.article!.sidePaneFocused)
        state = step(state, .lineDown)
        #expect(state.article!.selected == 0)
        state = step(state, .lineDown)
        #expect(state.article!.selected == 1)
        let top = state.article!.top
        state = step(state, .pageDown)
        #expect(state.article!.selected == 21)
        #expect(state.article!.top > top, "the article follows the list")
        state = step(state, .switchPane)
        state = step(state, .lineDown)
        #expect(state.article!.selected == 21)
        state = step(step(state, .toggleSidePane), .switchPane)
        #expect(state.message == "the side pane is hidden (s shows it)")
    }

    @Test func oAndYNameTheirEffects() throws {
        var reader = ImmediateReader(try articleState(width: 120, height: 40))
        reader.send(.openURL)
        #expect(reader.effects.isEmpty && reader.state.message == "select a claim first (Tab)")
        reader.send(.nextClaim)
        reader.send(.openURL)
        #expect(reader.effects == [.openURL("https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf")])
        reader.send(.copy)
        #expect(reader.effects == [.copy("According to the US government, North Korean IT workers are flooding the free market.")])
        #expect(reader.state.message == "copied the quote of claim c01")
        reader.send(.lineDown)
        #expect(reader.effects.isEmpty)
        for _ in 0..<3 { reader.send(.nextClaim) }
        reader.send(.open)
        reader.send(.copy)
        #expect(reader.state.keyContext == .source)
        #expect(reader.effects == [.copy("https://cryptonewswire.org/index.php/2022/07/10/heres-how-north-korean-operatives-are-trying-to-infiltrate-us-crypto-firms/")])
    }

    /// A paste runs what the clipboard holds: a quote's controls are copied as symbols.
    @Test func copiedQuotesCarryNoControls() throws {
        let folder = ReaderSnapshotTests.repository.appendingPathComponent("Tests/Fixtures/Library").path
        var reader = ImmediateReader(ReaderState(width: 120, height: 30, libraryFolder: folder, library: []))
        reader.send(.openArticle(path: folder + "/hostile.md", selectingClaim: "c1"))
        reader.send(.copy)
        guard case .copy(let text) = reader.effects.first else { Issue.record("nothing copied"); return }
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(text.contains("␛"))
    }

    /// A browser that cannot start is said in the status line, however late the answer.
    @Test func aFailedEffectIsSaid() throws {
        let (state, effects) = reduce(try articleState(), .effectFailed("no browser: set BROWSER (xdg-open is not installed)"))
        #expect(effects.isEmpty)
        #expect(state.message == "no browser: set BROWSER (xdg-open is not installed)")
    }

    @Test func clicksSelectAndDoubleClicksOpen() throws {
        var state = try ReaderSnapshotTests.sampleState(width: 120, height: 40)
        state = step(state, .click(x: 10, y: 1, double: true))
        #expect(state.keyContext == .article)
        // Row 4 of the screen is the article's first claim, after its glyph at column 1.
        #expect(render(state).row(text: 4).hasPrefix(" ✓According to the US government"))
        state = step(state, .click(x: 5, y: 4, double: false))
        #expect(state.article!.selected == 0)
        state = step(state, .click(x: 1, y: 3, double: false))
        #expect(state.article!.selected == 0, "a click on no claim changes nothing")
        // A click on claim 5's entry in the side pane's list.
        let side = try #require(state.panes.side)
        let geometry = SidePane.Geometry(state.article!, ascii: false, area: side)
        let row = side.y + geometry.detail.count + 5
        state = step(state, .click(x: side.x + 3, y: row, double: false))
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c05")
        #expect(state.article!.sidePaneFocused)
        state = step(state, .click(x: 5, y: 4, double: true))
        #expect(state.keyContext == .picker)
        state = step(state, .wheel(3))
        state = step(state, .back)
        let top = state.article!.top
        state = step(state, .wheel(3))
        #expect(state.article!.top == state.article!.layout.move(top, by: 3))
    }
}

struct DeferredClaimsTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func theTextShowsFirstAndTheClaimsFollow() throws {
        var reader = ImmediateReader(try ReaderSnapshotTests.sampleState(width: 120, height: 40))
        reader.holdsClaims = true
        reader.send(.open)
        let open = try #require(reader.state.article)
        #expect(open.claimsPending && open.sidecar.claims.isEmpty)
        #expect(reader.heldClaims.count == 1)
        #expect(render(reader.state).text.contains("According to the US government, North Korean IT workers"))
        #expect(render(reader.state).text.contains("reading claims…"))
        // The user scrolls, copies, and starts a search while the claims load.
        reader.send(.lineDown)
        reader.send(.startSearch(forward: true))
        reader.answerHeldClaims()
        #expect(reader.state.prompt != nil)
        #expect(reader.state.article!.sidecar.claims.count == 40)
        #expect(!reader.state.article!.claimsPending)
        #expect(reader.state.article!.top == reader.state.article!.layout.move(reader.state.article!.layout.first, by: 1))
        #expect(render(reader.state).text.contains("✓According to the US government"))
    }

    /// Claims that arrive after a key leave that key's message alone.
    @Test func lateClaimsKeepTheMessageOfTheLastKey() throws {
        var reader = ImmediateReader(try ReaderSnapshotTests.sampleState(width: 120, height: 40))
        reader.holdsClaims = true
        reader.send(.open)
        reader.send(.nextClaim)
        #expect(reader.state.message == "the claims are still being read")
        reader.answerHeldClaims()
        #expect(reader.state.message == "the claims are still being read")
    }

    /// Opening article B while A's claims are read: each set of claims lands in its own
    /// article, whichever finishes first.
    @Test func claimsLandInTheArticleTheyWereReadFor() throws {
        let folder = ReaderSnapshotTests.repository.appendingPathComponent("Tests/Fixtures/Library").path
        var reader = ImmediateReader(ReaderState(width: 120, height: 30, libraryFolder: folder, library: []))
        reader.holdsClaims = true
        reader.send(.openArticle(path: folder + "/orphans.md", selectingClaim: nil))
        reader.send(.openArticle(path: folder + "/scripts.md", selectingClaim: nil))
        #expect(reader.heldClaims.count == 2)
        reader.answerHeldClaims(reversed: true)
        #expect(reader.state.article?.path == folder + "/scripts.md")
        #expect(reader.state.article?.sidecar.claims.count == 3)
        #expect(reader.state.article?.claimsPending == false)
        reader.send(.back)
        #expect(reader.state.article?.path == folder + "/orphans.md")
        #expect(reader.state.article?.sidecar.claims.count == 2)
        #expect(reader.state.article?.claimsPending == false)
    }

    @Test func aBrokenClaimsFileStillShowsTheText() throws {
        let folder = TestFolder.path("broken-claims")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "Some text.\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try "{".write(toFile: folder + "/a.claims.json", atomically: true, encoding: .utf8)
        var reader = ImmediateReader(ReaderState(width: 120, height: 30, libraryFolder: folder, library: []))
        reader.send(.openArticle(path: folder + "/a.md", selectingClaim: nil))
        #expect(reader.state.message == "\(folder)/a.claims.json:1:2: error: unexpected end of file; expected a key in quotes")
        #expect(reader.state.article!.sidecar.claims.isEmpty && !reader.state.article!.claimsPending)
        #expect(render(reader.state).text.contains("Some text."))
    }

    @Test func anArticleThatCannotBeReadIsSaid() throws {
        var reader = ImmediateReader(try ReaderSnapshotTests.sampleState(width: 120, height: 40))
        reader.send(.openArticle(path: "/nonexistent/x.md", selectingClaim: nil))
        #expect(reader.state.keyContext == .library)
        #expect(reader.state.message == "/nonexistent/x.md: error: no such file")
    }

    @Test func aClaimAskedForIsSelectedWhenTheClaimsArrive() throws {
        var reader = ImmediateReader(try ReaderSnapshotTests.sampleState(width: 80, height: 24))
        reader.holdsClaims = true
        reader.send(.openArticle(path: ReaderSnapshotTests.repository.appendingPathComponent("Articles/north-korean-it-workers.md").path,
                                 selectingClaim: "c20"))
        #expect(reader.state.article?.selected == nil)
        reader.answerHeldClaims()
        #expect(reader.state.article.map { $0.sidecar.claims[$0.selected!].id } == "c20")
        reader.send(.openArticle(path: reader.state.article!.path, selectingClaim: "nope"))
        reader.answerHeldClaims()
        #expect(reader.state.message?.hasPrefix("no claim with the id \"nope\"") == true)
    }
}

struct PickerClickTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func aClickHitsTheEntryDrawnUnderALongQuote() throws {
        var state = step(try ReaderSnapshotTests.sampleState(width: 80, height: 24), .open)
        _ = state.selectClaim(id: "c12")
        state = step(state, .open)
        #expect(state.keyContext == .picker)
        let screen = render(state)
        let second = try #require((0..<24).first { screen.row(text: $0).contains("2. supports: AP report") })
        state = step(state, .click(x: 5, y: second - 1, double: false))
        guard case .picker(let picker) = state.screen else { Issue.record("not the picker"); return }
        #expect(picker.selection == 0)
        state = step(state, .click(x: 5, y: second, double: true))
        #expect(render(state).text.contains("Associated Press (via The Oklahoman)"))
    }
}

struct SidePaneOrderTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func theListIsInTextOrderWithOrphansLast() throws {
        let folder = ReaderSnapshotTests.repository.appendingPathComponent("Tests/Fixtures/Library").path
        var state = ReaderState(width: 120, height: 30, libraryFolder: folder, library: try Library.summaries(folder: folder, index: nil))
        state = step(state, .openArticle(path: folder + "/orphans.md", selectingClaim: nil))
        let text = render(state).text
        #expect(text.contains("│ ○ 1. council approved the budget on Monday"))
        #expect(text.contains("│ ○ orphan: the mayor resigned after the vote"))
        state = step(step(state, .switchPane), .lineDown)
        state = step(state, .lineDown)
        #expect(state.article!.sidecar.claims[state.article!.selected!].id == "c2")
        #expect(render(state).text.contains("│ ○ unverified · claim c2"))
    }
}

/// A source with a local copy opens as that source: its title, its URL for o and y, and the
/// claims that use it, each leading back to its claim.
struct LocalCopyTests {
    init() { DisplayWidth.prepareLocale() }

    static func library() throws -> String {
        let folder = TestFolder.path("copy")
        try FileManager.default.createDirectory(atPath: folder + "/sources", withIntermediateDirectories: true)
        try "---\ntitle: Budget\n---\nThe council approved the budget on Monday.\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try "Minutes\n\nThe council approved the budget by seven votes to two.\n"
            .write(toFile: folder + "/sources/minutes.md", atomically: true, encoding: .utf8)
        try """
            {"version": 1,
             "sources": [{"id": "m", "title": "Minutes of the council", "kind": "primary", "url": "https://example.org/minutes",
                          "localCopy": "sources/minutes.md", "passages": [{"id": "p", "exact": "approved the budget by seven votes"}]}],
             "claims": [{"id": "c1", "quote": {"exact": "approved the budget"}, "position": {"start": 12, "end": 31},
                         "verdict": "true", "links": [{"source": "m", "relation": "supports", "passage": "p"}]}]}
            """.write(toFile: folder + "/a.claims.json", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aLocalCopyOpensAsItsSourceAndLeadsBack() throws {
        let folder = try Self.library()
        var reader = ImmediateReader(ReaderState(width: 120, height: 30, libraryFolder: folder, library: []))
        reader.send(.openArticle(path: folder + "/a.md", selectingClaim: "c1"))
        reader.send(.open)
        let copy = try #require(reader.state.article)
        #expect(copy.path == folder + "/sources/minutes.md")
        #expect(copy.sourceContext?.source.id == "m")
        let screen = render(reader.state).text
        #expect(screen.contains("› Minutes of the council"))
        #expect(screen.contains("URL: https://example.org/minutes"))
        #expect(screen.contains("Claims that use it (1)"))
        #expect(screen.contains("✔ supports: approved the budget"))
        // The quoted passage is highlighted in the copy.
        #expect(copy.highlighted.map { copy.article.body.string(scalars: $0) } == "approved the budget by seven votes")
        reader.send(.copy)
        #expect(reader.effects == [.copy("https://example.org/minutes")])
        reader.send(.openURL)
        #expect(reader.effects == [.openURL("https://example.org/minutes")])
        reader.send(.nextClaim)
        #expect(reader.state.message?.hasPrefix("a source's copy has no claims of its own") == true)
        // From the claims that use it, back to the claim.
        reader.send(.switchPane)
        reader.send(.lineDown)
        reader.send(.open)
        #expect(reader.state.screens.count == 2)
        #expect(reader.state.article?.path == folder + "/a.md")
        #expect(reader.state.article.map { $0.sidecar.claims[$0.selected!].id } == "c1")
    }

    /// In the side pane's list, j goes on from the claims to the sources, and Enter opens one.
    @Test func theSidePaneListReachesAndOpensTheSources() throws {
        let folder = try Self.library()
        var reader = ImmediateReader(ReaderState(width: 120, height: 30, libraryFolder: folder, library: []))
        reader.send(.openArticle(path: folder + "/a.md", selectingClaim: nil))
        reader.send(.switchPane)
        reader.send(.lineDown)
        #expect(reader.state.article?.selected == 0)
        reader.send(.lineDown)
        #expect(reader.state.article?.listSelection == 0)
        // The selected source's row is inverted across the pane.
        let grid = render(reader.state)
        let row = try #require((0..<30).first { grid.row(text: $0).contains("│ Minutes of the council (supports 1)") })
        #expect(grid[119, row].paint == .selection)
        reader.send(.open)
        #expect(reader.state.article?.sourceContext?.source.id == "m")
    }
}

struct AnchoringNoticeTests {
    init() { DisplayWidth.prepareLocale() }

    /// Claims that moved or were lost since the claims file was written are said once when
    /// the claims arrive, and in the claim's case.
    @Test func movedAndOrphanedClaimsAreSaid() throws {
        let folder = ReaderSnapshotTests.repository.appendingPathComponent("Tests/Fixtures/Library").path
        var reader = ImmediateReader(ReaderState(width: 120, height: 30, libraryFolder: folder, library: []))
        reader.send(.openArticle(path: folder + "/orphans.md", selectingClaim: nil))
        #expect(reader.state.message == "since the claims file was written: 1 orphan (lateral check --fix records moves)")
        reader.send(.lineDown)
        #expect(reader.state.message == nil)
        reader.send(.switchPane)
        reader.send(.lineDown)
        reader.send(.lineDown)
        #expect(reader.state.article.map { $0.sidecar.claims[$0.selected!].id } == "c2")
        #expect(render(reader.state).text.contains("Orphan: its quote is no longer in the article"))
    }
}

struct FoldTests {
    /// Folding bytes gives what folding the string gives, scalar for scalar, so that offsets
    /// found in the folded text are offsets in the article.
    @Test func foldingBytesMatchesFoldingText() {
        let text = "North KOREAN Ünïcödé ΣΟΦΙΑ İstanbul 中文 👩🏽‍💻 e\u{301} ẞ"
        let folded = TextSearch.fold(bytes: Array(text.utf8))
        #expect(folded == Array(TextSearch.fold(text).utf8))
        #expect(String(decoding: folded, as: UTF8.self).unicodeScalars.count == text.unicodeScalars.count)
    }

    /// Started on an article, the reader shows it before the library is read; the library
    /// comes after, with that article selected in it, and so does who signs changes.
    @Test func theLibraryIsReadAfterTheArticleNamedOnTheCommandLine() throws {
        let folder = ReaderSnapshotTests.repository.appendingPathComponent("Tests/Fixtures/Library").path
        var state = ReaderState(width: 80, height: 24, libraryFolder: folder, library: [])
        state.libraryPending = true
        #expect(render(state).text.contains("Reading the library…"))
        let article = try #require(try Library.articlePaths(in: folder).last)
        var (next, effects) = reduce(state, .openArticle(path: article, selectingClaim: nil))
        let opening = try #require(effects.first)
        (next, effects) = reduce(next, .start)
        // The library waits for the article, its text and its claims.
        #expect(effects == [.findAuthor])
        (next, effects) = reduce(next, try #require(FileEffects.answer(to: opening)))
        #expect(effects.count == 1 && !effects.contains(.readLibrary(LibraryRequest(folder: folder))))
        (next, effects) = reduce(next, try #require(FileEffects.answer(to: effects[0])))
        #expect(effects == [.readLibrary(LibraryRequest(folder: folder))])
        // Back on the library screen before the article is in, the library is read at once.
        (next, effects) = reduce(state, .start)
        #expect(effects == [.findAuthor, .readLibrary(LibraryRequest(folder: folder))])
        var reader = ImmediateReader(state)
        reader.send(.openArticle(path: article, selectingClaim: nil))
        reader.send(.start)
        #expect(!reader.state.libraryPending && reader.state.library.count == 5)
        #expect(reader.state.library[reader.state.librarySelection].articlePath == article)
        #expect(reader.state.author != "unknown")
    }

    /// A long article shows its beginning at once, as a pager does; the whole text takes its
    /// place with the view kept, and only then are its claims read.
    @Test func aLongArticleShowsItsBeginningWhileTheRestIsRead() throws {
        let folder = TestFolder.path("beginning")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/long.md"
        let text = (0..<4000).map { "Paragraph \($0): taxes rise by 3% in the budget, says the council 北京.\n\n" }.joined()
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(FileEffects.beginning(of: ArticleRequest(id: 1, path: path, purpose: .article(selectingClaim: nil))) != nil)
        let state = ReaderState(width: 100, height: 30, libraryFolder: folder, library: [])
        var (next, effects) = reduce(state, .openArticle(path: path, selectingClaim: nil))
        guard case .readArticle(let request) = effects.first else { Issue.record("no read asked for"); return }
        let beginning = try #require(FileEffects.beginning(of: request))
        guard case .success(let partial) = beginning.result else { Issue.record("no beginning"); return }
        #expect(partial.body.bytes.count <= FileEffects.beginningBytes && partial.body.bytes.last == UInt8(ascii: "\n"))
        (next, effects) = reduce(next, .articleBeginning(beginning))
        #expect(effects.isEmpty && next.article?.textPending == true)
        #expect(render(next).row(text: 29).hasSuffix("reading…"))
        next = step(next, .pageDown)
        let top = next.article!.layout.startOffset(at: next.article!.top)
        (next, effects) = reduce(next, FileEffects.answer(to: .readArticle(request))!)
        #expect(next.article?.textPending == false && next.article?.article.body.bytes.count == text.utf8.count)
        #expect(next.article!.layout.startOffset(at: next.article!.top) == top)
        guard case .loadClaims = effects.first else { Issue.record("no claims asked for"); return }
        // A short article is read whole, in one answer.
        try "Short.\n".write(toFile: folder + "/short.md", atomically: true, encoding: .utf8)
        #expect(FileEffects.beginning(of: ArticleRequest(id: 2, path: folder + "/short.md", purpose: .article(selectingClaim: nil))) == nil)
    }
}
