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
        let library = try Library.load(folder: folder)
        return ReaderState(width: width, height: height, libraryFolder: "Articles", library: library.entries)
    }

    func expectSnapshot(_ state: ReaderState, named name: String) throws {
        let actual = GridSnapshot.text(of: render(state))
        let file = Self.snapshots.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["LATERAL_UPDATE_SNAPSHOTS"] != nil {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "\(name) differs; LATERAL_UPDATE_SNAPSHOTS=1 swift test accepts it")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func libraryScreen(width: Int, height: Int) throws {
        try expectSnapshot(try Self.sampleState(width: width, height: height), named: "library-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func articleWithTheThirdClaimSelected(width: Int, height: Int) throws {
        var state = step(try Self.sampleState(width: width, height: height), .open)
        for _ in 0..<3 { state = step(state, .nextClaim) }
        try expectSnapshot(state, named: "article-claim3-\(width)x\(height)")
    }

    @Test func helpScreen() throws {
        try expectSnapshot(step(try Self.sampleState(width: 80, height: 24), .help), named: "help-80x24")
    }

    @Test func tooSmallWindow() throws {
        let state = step(try Self.sampleState(width: 80, height: 24), .resize(width: 20, height: 5))
        #expect(render(state).text.hasPrefix("Window too small for"))
    }
}
