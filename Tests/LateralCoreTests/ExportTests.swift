import Foundation
import Testing
@testable import LateralCore

/// The standard formats `lateral export` writes, checked for the shape their standards ask
/// (the W3C model's MUSTs, schema.org's ClaimReview, RFC 4180), on the sample library and on
/// claims made for the purpose.
struct ExportTests {
    static let sample = Fixtures.repositoryRoot + "/Articles/north-korean-it-workers.md"

    func sampleFiles() throws -> (Article, Sidecar) {
        (try Article.read(Self.sample), try SidecarFile.readOrEmpty(forArticle: Self.sample).sidecar)
    }

    func object(_ value: JSONValue?) -> [String: JSONValue]? {
        if case .object(let fields)? = value { fields } else { nil }
    }

    func array(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let elements)? = value { elements } else { [] }
    }

    func string(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { text } else { nil }
    }

    @Test func everyClaimIsAnAnnotationWithTheModelsRequiredParts() throws {
        let (article, sidecar) = try sampleFiles()
        let collection = try #require(object(W3CAnnotations.collection(article: article, sidecar: sidecar,
                                                                          articleIRI: W3CAnnotations.articleIRI(article), articleName: "north")))
        #expect(string(collection["@context"]) == "http://www.w3.org/ns/anno.jsonld")
        #expect(string(collection["type"]) == "AnnotationCollection" && collection["total"] == .number(sidecar.claims.count))
        let page = try #require(object(collection["first"]))
        #expect(string(page["type"]) == "AnnotationPage" && string(page["id"])?.hasPrefix("urn:lateral:") == true)
        let items = array(page["items"]).compactMap(object)
        #expect(items.count == sidecar.claims.count)
        for (annotation, claim) in zip(items, sidecar.claims) {
            #expect(string(annotation["type"]) == "Annotation" && string(annotation["motivation"]) == "assessing")
            #expect(string(annotation["id"]) == "urn:lateral:north:\(claim.id)")
            let target = try #require(object(annotation["target"]))
            #expect(string(target["source"]) == article.metadata.url)
            let selectors = array(target["selector"]).compactMap(object)
            #expect(selectors.contains { string($0["type"]) == "TextQuoteSelector" && string($0["exact"]) == claim.quote.exact })
            #expect(selectors.contains { string($0["type"]) == "TextPositionSelector" && $0["start"] == .number(claim.position.start) })
            let bodies = array(annotation["body"]).compactMap(object)
            #expect(bodies.allSatisfy { ["TextualBody", "SpecificResource"].contains(string($0["type"]) ?? "") })
            #expect(bodies.contains { string($0["purpose"]) == "tagging" && string($0["value"]) == claim.verdict.label })
            #expect(bodies.filter { string($0["purpose"]) == "linking" }.count == claim.links.count)
            if let rationale = claim.rationale { #expect(bodies.contains { string($0["value"]) == rationale }) }
        }
    }

    @Test func anArticleWithoutAnAddressIsAnnotatedAtItsFile() throws {
        let folder = Fixtures.temporaryFolder()
        try "Text.\n".write(toFile: folder + "/a b.md", atomically: true, encoding: .utf8)
        let article = try Article.read(folder + "/a b.md")
        #expect(W3CAnnotations.articleIRI(article).hasPrefix("file:///") && W3CAnnotations.articleIRI(article).hasSuffix("a%20b.md"))
        #expect(W3CAnnotations.absoluteIRI("not a url") == nil && W3CAnnotations.absoluteIRI("https://example.org/a?b=1") != nil)
    }

    @Test func ratingsFollowTheDesignsScale() throws {
        let (article, sidecar) = try sampleFiles()
        let graph = try #require(object(ClaimReviewExport.graph(article: article, sidecar: sidecar, publishedAt: "https://example.org/check")))
        let reviews = array(graph["@graph"]).compactMap(object)
        let rated = sidecar.claims.filter { $0.verdict != .opinion && $0.verdict != .unverified }
        #expect(reviews.count == rated.count)
        for (review, claim) in zip(reviews, rated) {
            let rating = try #require(object(review["reviewRating"]))
            #expect(string(review["claimReviewed"]) == claim.quote.exact)
            #expect(string(review["url"]) == "https://example.org/check#\(claim.id)")
            if let value = claim.verdict.claimReviewRating {
                #expect(rating["ratingValue"] == .number(value) && rating["bestRating"] == .number(5) && rating["worstRating"] == .number(1))
            } else {
                #expect(string(rating["alternateName"]) == "Unverifiable" && rating["ratingValue"] == nil)
            }
            let item = try #require(object(review["itemReviewed"]))
            #expect(string(object(item["appearance"])?["url"]) == article.metadata.url)
        }
        let falseReview = try #require(reviews.first { string($0["claimReviewed"])?.hasPrefix("The only authority figure") == true })
        #expect(string(object(falseReview["reviewRating"])?["alternateName"]) == "False")
    }

    @Test func csvQuotesWhatItMustAndDisarmsFormulas() {
        let body = ScalarText("=HYPERLINK(\"x\"), said \"he\",\nthen.\n")
        var sidecar = Sidecar()
        let stamp = Stamp(author: "ana", time: "2026-01-01T00:00:00Z")
        _ = try? sidecar.addClaim(range: 0..<15, in: body, verdict: .false, stamp: stamp)
        let anchors = sidecar.claims.map(Anchorer(text: body).anchor)
        let lines = ClaimsCSV.text(sidecar: sidecar, anchors: anchors).components(separatedBy: "\r\n")
        #expect(lines[0] == ClaimsCSV.header.joined(separator: ","))
        #expect(lines[1] == "1,c01,0,15,exact,false,not-applicable,,\"'=HYPERLINK(\"\"x\"\")\",,,,ana,2026-01-01T00:00:00Z")
        sidecar.claims[0].addNote("Asked the clerk.", stamp: stamp)
        sidecar.claims[0].addNote("No answer yet.", stamp: Stamp(author: "ben", time: "2026-01-02T00:00:00Z"))
        let noted = ClaimsCSV.text(sidecar: sidecar, anchors: anchors).components(separatedBy: "\r\n")
        #expect(noted[1].contains(",\"ana: Asked the clerk.\nben: No answer yet.\",ana,"))
        #expect(ClaimsCSV.field("a\nb") == "\"a\nb\"" && ClaimsCSV.field("-3") == "-3" && ClaimsCSV.field("-x") == "'-x")
    }

    @Test func theReportHasEveryClaimSourceTheMethodAndTheCorrections() throws {
        let (article, sidecar) = try sampleFiles()
        let anchors = sidecar.claims.map(Anchorer(text: article.body).anchor)
        let report = MarkdownReport.text(article: article, sidecar: sidecar, anchors: anchors, methodology: nil)
        #expect(report.hasPrefix("# Fact-check: Are North Korean Remote IT Workers"))
        #expect(sidecar.claims.allSatisfy { report.contains("“\(MarkdownReport.escaped($0.quote.exact))” — \($0.verdict.label.capitalizedFirst)") })
        #expect(sidecar.sources.allSatisfy { report.contains("- **\(MarkdownReport.escaped($0.title))**") })
        #expect(report.contains("## Methodology\n\n" + MarkdownReport.defaultMethodology))
        let corrections = report.components(separatedBy: "## Corrections\n\n")[1].split(separator: "\n")
        #expect(corrections.count == 4 && corrections[0].contains("claim 7 (c07) from unverifiable to true"))
        var copied = sidecar
        copied.sources[0].retrieved = "2026-11-25"
        copied.sources[0].localCopySHA256 = String(repeating: "ab", count: 32)
        copied.sources[1].retrieved = "2026-11-24"
        copied.sources[1].localCopySHA256 = "`<b>not a hash</b>`"
        let kept = MarkdownReport.text(article: article, sidecar: copied, anchors: anchors, methodology: nil)
        #expect(kept.contains(" Retrieved 2026-11-25, kept copy's SHA-256 `\(String(repeating: "ab", count: 32))`."))
        #expect(kept.contains(" Retrieved 2026-11-24.") && !kept.contains("not a hash"))
        let own = MarkdownReport.text(article: article, sidecar: sidecar, anchors: anchors, methodology: "We read everything twice.\n")
        #expect(own.contains("## Methodology\n\nWe read everything twice.\n"))
    }

    @Test func aHostileArticlesReportCarriesNoControls() throws {
        let path = Fixtures.repositoryRoot + "/Tests/Fixtures/Library/hostile.md"
        let article = try Article.read(path)
        let sidecar = try SidecarFile.readOrEmpty(forArticle: path).sidecar
        let report = MarkdownReport.text(article: article, sidecar: sidecar, anchors: sidecar.claims.map(Anchorer(text: article.body).anchor),
                                         methodology: nil)
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) || $0.value == 0x202E })
    }

    /// Text from the files reads as written: it cannot make headings, links, HTML or lists.
    @Test func theReportEscapesWhatMarkdownWouldRead() {
        #expect(MarkdownReport.escaped("## Corrections\n- fake entry\n1. one") == "\\#\\# Corrections\n\\- fake entry\n1\\. one")
        #expect(MarkdownReport.escaped("<img src=x onerror=alert(1)> [Click](javascript:x) a_b *c*")
                == "\\<img src=x onerror=alert(1)\\> \\[Click\\](javascript:x) a\\_b \\*c\\*")
        #expect(W3CAnnotations.date("2024-02-30T00:00:00Z") == nil && W3CAnnotations.date("2024-02-29T23:59:60.5+01:00") != nil)
        #expect(W3CAnnotations.date("٢٠٢٤-01-01T00:00:00Z") == nil && W3CAnnotations.absoluteIRI("1http://x") == nil)
    }
}
