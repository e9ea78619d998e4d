import Foundation
import Testing
@testable import LateralCore

/// The examples in docs/FORMAT.md are real files in Lateral's own format.
struct FormatDocumentTests {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/FORMAT.md")

    func codeBlock(_ language: String) throws -> String {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let start = try #require(text.range(of: "```\(language)\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test func sidecarExampleIsExactlyWhatLateralWrites() throws {
        let bytes = Array(try codeBlock("json").utf8)
        let sidecar = try SidecarFile.decode(bytes, path: "FORMAT.md")
        #expect(SidecarFile.encode(sidecar) == bytes)
    }

    @Test func exampleClaimAnchorsExactlyInTheExampleArticle() throws {
        let article = Article.parse(Array(try codeBlock("markdown").utf8), path: "FORMAT.md")
        #expect(article.metadata.date == "2024-02-01")
        let sidecar = try SidecarFile.decode(Array(try codeBlock("json").utf8), path: "FORMAT.md")
        #expect(Anchorer(text: article.body).anchor(sidecar.claims[0]).method == .exact)
    }
}
