import Foundation
import Testing
@testable import LateralCore

/// Web annotations read onto an article: Lateral's own export comes back whole, the Hypothesis
/// API's shape is understood, a quote the text no longer holds is kept as an orphan, and bad
/// input is said, not trapped.
struct AnnotationImportTests {
    static let stamp = Stamp(author: "importer", time: "2026-02-02T00:00:00Z")

    /// A claim as the round trip must keep it: its words and place, verdict, attribution,
    /// claimant, rationale, notes, creation, and each link with its passage's words.
    struct Kept: Equatable {
        var quote: QuoteSelector, position: PositionSelector, verdict: Verdict, attribution: Attribution
        var claimant: String?, rationale: String?, notes: [Note], created: Stamp?
        var links: [String]

        init(_ claim: Claim, in sidecar: Sidecar) {
            quote = claim.quote; position = claim.position; verdict = claim.verdict; attribution = claim.attribution
            claimant = claim.claimant; rationale = claim.rationale; notes = claim.notes; created = claim.created
            links = claim.links.map { link in
                "\(link.source) \(link.relation.rawValue) \(link.passage.flatMap { sidecar.source(id: link.source)?.passage(id: $0)?.exact } ?? "")"
            }.sorted()
        }
    }

    @Test func theSamplesExportComesBackWhole() throws {
        let path = Fixtures.repositoryRoot + "/Articles/north-korean-it-workers.md"
        let article = try Article.read(path)
        let original = try SidecarFile.readOrEmpty(forArticle: path).sidecar
        let exported = JSONWriter.write(W3CAnnotations.collection(article: article, sidecar: original,
                                                                  articleIRI: W3CAnnotations.articleIRI(article), articleName: "north"))
        var imported = Sidecar()
        let (change, outcome) = try AnnotationImport.apply(exported, path: "north.jsonld", to: &imported, body: article.body, stamp: Self.stamp)
        #expect(outcome.added.count == original.claims.count && outcome.orphans.isEmpty && outcome.skipped.isEmpty)
        for claim in original.claims {
            let back = try #require(imported.claims.first { $0.id == claim.id })
            #expect(Kept(back, in: imported) == Kept(claim, in: original), "\(claim.id)")
        }
        // Imported again, every claim is there already: said, nothing doubled.
        let again = try AnnotationImport.apply(exported, path: "north.jsonld", to: &imported, body: article.body, stamp: Self.stamp)
        #expect(again.outcome.added.isEmpty && again.outcome.skipped.count == original.claims.count)
        #expect(!change.isEmpty)
    }

    @Test func theHypothesisShapeIsRead() throws {
        let body = ScalarText("The council approved the budget on Monday. Taxes rise by 3%. The council met.\n")
        let json = """
            {"total": 2, "rows": [
              {"id": "Zx1", "user": "acct:ana@hypothes.is", "created": "2026-01-03T10:00:00.000000+00:00",
               "updated": "2026-01-04T10:00:00.000000+00:00", "text": "The minutes say 2.9%.", "tags": ["false", "budget"],
               "target": [{"source": "https://example.org/news/budget", "selector": [
                 {"type": "RangeSelector", "startContainer": "/p[1]", "startOffset": 43, "endContainer": "/p[1]", "endOffset": 59},
                 {"type": "TextPositionSelector", "start": 43, "end": 59},
                 {"type": "TextQuoteSelector", "exact": "Taxes rise by 3%", "prefix": "on Monday. ", "suffix": ". The council"}]}]},
              {"id": "Zx2", "user": "acct:ben@hypothes.is", "created": "2026-01-05T10:00:00Z", "text": "Gone from the text.",
               "target": [{"source": "https://example.org/news/budget", "selector": [
                 {"type": "TextQuoteSelector", "exact": "the mayor resigned", "prefix": "", "suffix": ""}]}]},
              {"id": "Zx3", "user": "acct:ben@hypothes.is", "text": "A page note.", "target": [{"source": "https://example.org/news/budget"}]}
            ]}
            """
        var sidecar = Sidecar()
        let (_, outcome) = try AnnotationImport.apply(Array(json.utf8), path: "h.json", to: &sidecar, body: body, stamp: Self.stamp)
        #expect(outcome.added == ["c01", "c02"] && outcome.orphans == ["c02"])
        #expect(outcome.skipped == ["annotation 3: no TextQuoteSelector with words in its target, so nothing to anchor"])
        let claim = try #require(sidecar.claims.first { $0.quote.exact == "Taxes rise by 3%" })
        #expect(claim.verdict == .false && claim.position == PositionSelector(start: 43, end: 59))
        #expect(claim.notes.map(\.text) == ["The minutes say 2.9%.", "tag: budget"] && claim.notes.allSatisfy { $0.author == "ana" })
        #expect(claim.created == Stamp(author: "ana", time: "2026-01-03T10:00:00.000000+00:00"))
    }

    @Test func badInputIsSaidWithItsPlace() {
        var sidecar = Sidecar()
        let body = ScalarText("Text.\n")
        #expect(throws: FileProblem.self) { try AnnotationImport.apply(Array("{\n  \"items\": [\n".utf8), path: "a.json", to: &sidecar, body: body, stamp: Self.stamp) }
        do {
            _ = try AnnotationImport.apply(Array("{\"type\": \"Image\"}".utf8), path: "b.json", to: &sidecar, body: body, stamp: Self.stamp)
            Issue.record("no error")
        } catch {
            #expect(error.message.hasPrefix("holds no annotations"))
        }
        do {
            _ = try AnnotationImport.apply([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], path: "c.png", to: &sidecar, body: body, stamp: Self.stamp)
            Issue.record("no error")
        } catch {
            #expect(error.message.contains("binary") || error.message.contains("UTF-8"))
        }
    }

    /// Ids from another file are taken only when they are ids a claims file could hold; a
    /// source with the same id elsewhere is another source unless its address is the same; an
    /// annotation skipped changes nothing.
    @Test func foreignIdsAndSourcesAreNotTrusted() throws {
        let body = ScalarText("Taxes rise by 3%. The council met.\n")
        func annotation(_ id: String, source: String, url: String) -> String {
            """
            {"type": "Annotation", "id": "\(id)", "body": [{"type": "SpecificResource", "purpose": "linking", "source": "\(url)",
              "lateral:source": "\(source)", "lateral:passage": "A passage."}],
             "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "Taxes rise"}}}
            """
        }
        var sidecar = Sidecar()
        _ = try sidecar.addSource(Source(id: "advisory", title: "A blog", url: "https://blog.example.org/", kind: .secondary))
        let json = "[" + [annotation("urn:lateral:x:c9223372036854775807", source: "advisory", url: "https://treasury.example.gov/a.pdf"),
                          annotation("urn:lateral:x:\\u001b[31m", source: "advisory", url: "https://treasury.example.gov/a.pdf")]
            .joined(separator: ",") + "]"
        let (_, outcome) = try AnnotationImport.apply(Array(json.utf8), path: "a.json", to: &sidecar, body: body, stamp: Self.stamp)
        #expect(outcome.added == ["c9223372036854775807", "c01"])
        #expect(sidecar.source(id: "advisory")?.passages.isEmpty == true)
        let other = try #require(sidecar.sources.first { $0.url == "https://treasury.example.gov/a.pdf" })
        #expect(other.id != "advisory" && other.passages.map(\.exact) == ["A passage."])
        // Again: the first is there already and is skipped without touching anything.
        let before = sidecar
        let again = try AnnotationImport.apply(Array(("[" + annotation("urn:lateral:x:c9223372036854775807", source: "advisory",
                                                                       url: "https://elsewhere.example/") + "]").utf8),
                                               path: "a.json", to: &sidecar, body: body, stamp: Self.stamp)
        #expect(again.outcome.skipped.count == 1 && sidecar == before)
    }
}
