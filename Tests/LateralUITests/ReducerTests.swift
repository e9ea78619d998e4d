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
        #expect(state.screen == .library)
        state = reduce(state, .open)
        #expect(state.screen == .article)
        #expect(state.article?.sidecar.claims.count == 31)
        state = reduce(state, .back)
        #expect(state.screen == .library && state.article == nil && !state.isFinished)
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
        #expect(state.screen == .help)
        state = reduce(state, .help)
        #expect(state.screens == [.library, .help])
        state = reduce(state, .back)
        #expect(state.screen == .library)
    }

    @Test func keysMapThroughTheTable() {
        #expect(KeyMap.action(for: .character("j"), in: .article) == .lineDown)
        #expect(KeyMap.action(for: .tab, in: .article) == .nextClaim)
        #expect(KeyMap.action(for: .tab, in: .library) == nil)
        #expect(KeyMap.action(for: .enter, in: .library) == .open)
        #expect(KeyMap.action(for: .function(1), in: .library) == .help)
        #expect(KeyMap.hints(for: .article) == "Tab next claim · s show or hide the side pane · h this help · q back; quit from the library")
    }
}
