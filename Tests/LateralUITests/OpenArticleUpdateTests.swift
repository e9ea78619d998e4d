import LateralCore
import Testing
@testable import LateralUI

/// An edit inside claims is taken in place: the anchors stay, the glyph in the text follows
/// the verdict, and the sources' uses follow the links.
struct OpenArticleUpdateTests {
    static let body = "The council approved the budget on Monday. Taxes rise by 3%. The mayor resigned.\n"

    static func article() throws -> OpenArticle {
        let text = ScalarText(body)
        var sidecar = Sidecar()
        let stamp = Stamp(author: "zoe", time: "2024-01-01T00:00:00Z")
        _ = try sidecar.addClaim(range: 49..<59, in: text, stamp: stamp)
        _ = try sidecar.addClaim(range: 61..<80, in: text, stamp: stamp)
        _ = try sidecar.addSource(Source(id: "minutes", title: "Minutes", url: "https://example.org/minutes", kind: .primary))
        let anchors = sidecar.claims.map { Anchorer(text: text).anchor($0) }
        return OpenArticle(id: 1, path: "a.md", article: Article.parse(Array(body.utf8), path: "a.md"), claims: LoadedClaims(sidecar: sidecar, anchors: anchors),
                           width: 100, asciiGlyphs: false)
    }

    static func firstLine(_ article: OpenArticle) -> String {
        (article.layout.line(at: article.layout.first) ?? []).map(\.shown).joined()
    }

    @Test func aNoteKeepsAnchorsAndTheTextAsItWas() throws {
        var open = try Self.article()
        open.selected = 1
        let anchors = open.anchors, line = Self.firstLine(open)
        var sidecar = open.sidecar
        sidecar.claims[0].notes = [Note(author: "ana", time: "2024-01-02T00:00:00Z", text: "Checked against the minutes.")]
        open.update(to: sidecar, asciiGlyphs: false)
        #expect(open.sidecar.claims[0].notes.map(\.text) == ["Checked against the minutes."])
        #expect(open.anchors == anchors && open.selected == 1)
        #expect(Self.firstLine(open) == line)
    }

    @Test func aVerdictChangesItsGlyphInTheText() throws {
        var open = try Self.article()
        #expect(Self.firstLine(open).contains(Verdict.unverified.glyph + "rise"))
        var sidecar = open.sidecar
        sidecar.claims[0].verdict = .false
        open.update(to: sidecar, asciiGlyphs: false)
        #expect(Self.firstLine(open).contains(Verdict.false.glyph + "rise"))
        #expect(!Self.firstLine(open).contains(Verdict.unverified.glyph + "rise"))
    }

    @Test func aLinkIsCountedInTheSourcesUses() throws {
        var open = try Self.article()
        #expect(open.sourceUses["minutes"] == nil)
        var sidecar = open.sidecar
        sidecar.claims[1].links = [SourceLink(source: "minutes", relation: .supports)]
        open.update(to: sidecar, asciiGlyphs: false)
        #expect(open.sourceUses["minutes"] == [.supports: 1])
        #expect(open.usesBySource["minutes"] == [SourceUse(claimIndex: 1, relation: .supports)])
        sidecar.claims[1].links = []
        open.update(to: sidecar, asciiGlyphs: false)
        #expect(open.sourceUses["minutes"] == nil)
        #expect(open.usesBySource["minutes"] == nil)
    }

    /// The index a source page takes its claims from lists what a look through every claim
    /// finds: each claim once per relation, in claim order, a link written twice once.
    @Test func theIndexOfUsesAgreesWithALookThroughEveryClaim() throws {
        var sidecar = try Self.article().sidecar
        sidecar.claims[0].links = [SourceLink(source: "minutes", relation: .refutes), SourceLink(source: "minutes", relation: .supports),
                                   SourceLink(source: "minutes", relation: .supports), SourceLink(source: "memo", relation: .cites)]
        sidecar.claims[1].links = [SourceLink(source: "memo", relation: .supports)]
        let index = SourceUse.bySource(in: sidecar)
        #expect(index["minutes"] == [SourceUse(claimIndex: 0, relation: .supports), SourceUse(claimIndex: 0, relation: .refutes)])
        #expect(index["memo"] == [SourceUse(claimIndex: 0, relation: .cites), SourceUse(claimIndex: 1, relation: .supports)])
        let seed = try SidecarFile.read(ReaderSnapshotTests.repository.appendingPathComponent("Articles/north-korean-it-workers.claims.json").path).sidecar
        let seedIndex = SourceUse.bySource(in: seed)
        #expect(!seedIndex.isEmpty)
        for source in seed.sources.map(\.id) + ["memo"] {
            #expect((seedIndex[source] ?? []) == SourceUse.all(of: source, in: seed))
        }
        for source in ["minutes", "memo", "none"] { #expect((index[source] ?? []) == SourceUse.all(of: source, in: sidecar)) }
    }
}
