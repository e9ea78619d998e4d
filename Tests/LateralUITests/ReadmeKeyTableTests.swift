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
        if ProcessInfo.processInfo.environment["LATERAL_UPDATE_SNAPSHOTS"] != nil {
            try text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: KeyMap.markdownTable)
                .write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[start.upperBound..<end.lowerBound]) == KeyMap.markdownTable)
    }
}
