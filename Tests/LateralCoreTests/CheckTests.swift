import Foundation
import Testing
@testable import LateralCore

struct CheckTests {
    @Test func danglingSourceAndUnsupportedVerdictAreFound() {
        let check = ArticleCheck.run(articlePath: Fixtures.path("checks/dangling.md"))
        let path = Fixtures.path("checks/dangling.claims.json")
        #expect(check.findings.map(\.description) == [
            "\(path):10:30: error: claim \"c1\" links to source \"nowhere\", which is not in \"sources\"",
        ])
    }

    @Test func citingIsNotEvidenceForAVerdict() {
        let check = ArticleCheck.run(articlePath: Fixtures.path("checks/no-source.md"))
        #expect(check.findings.map(\.message) == [
            "claim \"c1\" has the verdict \"true\" but no source that supports, refutes or gives context",
        ])
        #expect(check.findings.first?.severity == .warning)
    }

    @Test func unverifiableMustNameTheSourceThatCouldNotBeChecked() throws {
        let folder = Fixtures.temporaryFolder()
        try "Hello brave new world.\n".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        var file = SidecarFile(path: folder + "/a.claims.json", sidecar: Sidecar(claims: [
            Claim(id: "c1", quote: QuoteSelector(exact: "brave"), position: PositionSelector(start: 6, end: 11), verdict: .unverifiable),
            Claim(id: "c2", quote: QuoteSelector(exact: "world"), position: PositionSelector(start: 16, end: 21), verdict: .unverifiable,
                  links: [SourceLink(source: "s1", relation: .cites)]),
        ], extra: [:]), originalBytes: nil)
        file.sidecar.sources = [Source(id: "s1", title: "An interview", kind: .secondary)]
        try file.save()
        let check = ArticleCheck.run(articlePath: folder + "/a.md")
        #expect(check.findings.map(\.message) == [
            "claim \"c1\" is unverifiable but names no source; link the source that could not be checked",
        ])
    }

    @Test func positionsPastTheEndAreMovedOrOrphaned() {
        let check = ArticleCheck.run(articlePath: Fixtures.path("checks/past-end.md"))
        #expect(check.anchors.map(\.method) == [.moved, .orphan])
        #expect(check.findings.map(\.message) == [
            "claim \"c1\" moved from 900–905 to 6–11 (its stored position 900–905 is past the end of the text, 23 scalars); `lateral check --fix` records it",
            "claim \"c2\" is an orphan: its quote \"timid\" is no longer in the article (its stored position 950–955 is past the end of the text, 23 scalars)",
        ])
        #expect(check.fixableClaimIDs == ["c1"])
    }

    @Test func fixWritesTheNewPlaceAndKeepsOrphans() throws {
        let folder = Fixtures.temporaryFolder()
        for name in ["past-end.md", "past-end.claims.json"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("checks/\(name)"), toPath: folder + "/" + name)
        }
        let (check, count) = try ArticleCheck.run(articlePath: folder + "/past-end.md").fixed()
        #expect(count == 1)
        #expect(check.anchors.map(\.method) == [.exact, .orphan])
        let claims = try SidecarFile.read(folder + "/past-end.claims.json").sidecar.claims
        #expect(claims[0].position == PositionSelector(start: 6, end: 11, extra: ["type": .string("TextPositionSelector")]))
        #expect(claims[0].quote == QuoteSelector(exact: "brave", prefix: "Hello ", suffix: " new world.\n",
                                                 extra: ["type": .string("TextQuoteSelector")]))
        #expect(claims[0].position.extra["type"] == .string("TextPositionSelector"))
        #expect(claims[1].quote.exact == "timid")
    }
}
