import Foundation
import Testing
@testable import LateralUI

/// The README's key table is the key table: `LATERAL_UPDATE_SNAPSHOTS=1 swift test` rewrites it.
struct ReadmeKeyTableTests {
    @Test func readmeListsEveryKeyOfTheTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "<!-- keys: generated from KeyMap -->\n"))
        let end = try #require(text.range(of: "<!-- /keys -->", range: start.upperBound..<text.endIndex))
        let table = String(text[start.upperBound..<end.lowerBound])
        let environment = ProcessInfo.processInfo.environment
        if table != KeyMap.markdownTable && environment["LATERAL_UPDATE_SNAPSHOTS"] != nil && environment["CI"] == nil {
            try text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: KeyMap.markdownTable)
                .write(to: readme, atomically: true, encoding: .utf8)
            Issue.record("README's key table was rewritten; review the diff and run the tests again")
            return
        }
        #expect(table == KeyMap.markdownTable)
    }
}
