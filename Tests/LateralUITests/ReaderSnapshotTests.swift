import Foundation
import LateralCore
import Testing
@testable import LateralUI

/// Screens of the sample library compared with golden files in Snapshots/. To accept a
/// change on purpose: `LATERAL_UPDATE_SNAPSHOTS=1 swift test`, then review the diff in git.
struct ReaderSnapshotTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    init() { DisplayWidth.prepareLocale() }

    static func sampleState(width: Int, height: Int) throws -> ReaderState {
        let folder = repository.appendingPathComponent("Articles").path
        return ReaderState(width: width, height: height, libraryFolder: "Articles", library: try Library.summaries(folder: folder, index: nil))
    }

    func expectSnapshot(_ state: ReaderState, named name: String) throws {
        let actual = GridSnapshot.text(of: render(state))
        let file = Self.snapshots.appendingPathComponent(name + ".txt")
        try Self.compare(actual, with: file, named: name)
    }

    /// Compares text with a golden file. With LATERAL_UPDATE_SNAPSHOTS set (and not in CI), a
    /// file that differs is rewritten and the test still fails, so that an update run never
    /// passes quietly; the next run, after a look at the diff, passes.
    static func compare(_ actual: String, with file: URL, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try? String(contentsOf: file, encoding: .utf8)
        guard actual != expected else { return }
        let environment = ProcessInfo.processInfo.environment
        if environment["LATERAL_UPDATE_SNAPSHOTS"] != nil && environment["CI"] == nil {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("\(name) was rewritten; review the diff in git and run the tests again", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs; LATERAL_UPDATE_SNAPSHOTS=1 swift test rewrites it", sourceLocation: sourceLocation)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func libraryScreen(width: Int, height: Int) throws {
        try expectSnapshot(try Self.sampleState(width: width, height: height), named: "library-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func articleWithTheThirdClaimSelected(width: Int, height: Int) throws {
        var state = step(try Self.sampleState(width: width, height: height), .open)
        for _ in 0..<3 { state = step(state, .nextClaim) }
        try expectSnapshot(state, named: "article-claim3-\(width)x\(height)")
    }

    /// Every word of a claim's case can be read at any size: at 80×24 its case screen
    /// scrolls to the end of the rationale and the sources.
    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func aClaimsWholeCaseIsReachable(width: Int, height: Int) throws {
        var state = step(try Self.sampleState(width: width, height: height), .open)
        for _ in 0..<12 { state = step(state, .nextClaim) }
        state = step(state, .claimCase)
        guard case .claim(let page) = state.screen else { Issue.record("no case screen"); return }
        let rationale = try #require(page.claim.rationale)
        var seen = ""
        for _ in 0..<20 {
            seen += render(state).text.replacingOccurrences(of: "\n", with: " ")
            state = step(state, .pageDown)
        }
        // Every word of the rationale and each source's title was on screen at some point.
        let words = (rationale + " " + page.claim.links.compactMap { page.sidecar.source(id: $0.source)?.title }.joined(separator: " "))
            .split(separator: " ")
        #expect(words.allSatisfy { seen.contains($0) })
        state = step(state, .top)
        try expectSnapshot(state, named: "claim-case-\(width)x\(height)")
    }

    @Test func helpScreen() throws {
        try expectSnapshot(step(try Self.sampleState(width: 80, height: 24), .help), named: "help-80x24")
    }

    @Test func tooSmallWindow() throws {
        let state = step(try Self.sampleState(width: 80, height: 24), .resize(width: 20, height: 5))
        #expect(render(state).text.hasPrefix("Window too small for"))
    }
}
