/// An article as `lateral show` prints it: the header, the body with each claim between
/// ⟦ and ⟧ followed by its number and verdict glyph, then the claims as footnotes.
public enum AnnotatedArticle {
    public static func render(article: Article, sidecar: Sidecar, anchors: [AnchorResult]) -> StyledText {
        var out = StyledText()
        out.append(article.title, .heading, keepNewlines: false)
        out.appendSafe("\n")
        let byline = [article.metadata.outlet, article.metadata.author, article.metadata.date].compactMap { $0 }
        if !byline.isEmpty {
            out.append(byline.joined(separator: " · "), .dim, keepNewlines: false)
            out.appendSafe("\n")
        }
        if let url = article.metadata.url {
            out.append(url, .dim, keepNewlines: false)
            out.appendSafe("\n")
        }
        out.appendSafe("\n")
        appendBody(of: article, claims: sidecar.claims, anchors: anchors, to: &out)
        if !sidecar.claims.isEmpty {
            out.appendSafe("\n\nClaims\n", .heading)
            for (index, claim) in sidecar.claims.enumerated() {
                appendFootnote(number: index + 1, claim: claim, anchor: anchors[index], sidecar: sidecar, to: &out)
            }
        }
        return out
    }

    static func marker(_ number: Int, _ verdict: Verdict) -> String { "[\(number)\(verdict.glyph)]" }

    private static func appendBody(of article: Article, claims: [Claim], anchors: [AnchorResult], to out: inout StyledText) {
        // Opening and closing points of every anchored claim, in text order; at the same
        // point closings come first so that adjacent claims do not nest.
        var events: [(offset: Int, isOpening: Bool, claim: Int)] = []
        for (index, anchor) in anchors.enumerated() {
            guard let range = anchor.range else { continue }
            events.append((range.lowerBound, true, index))
            events.append((range.upperBound, false, index))
        }
        events.sort { ($0.offset, $0.isOpening ? 1 : 0, $0.claim) < ($1.offset, $1.isOpening ? 1 : 0, $1.claim) }
        var open: [Int] = []
        var cursor = 0
        for event in events {
            appendText(article.body.string(scalars: cursor..<event.offset), open: open, claims: claims, to: &out)
            cursor = event.offset
            let verdict = claims[event.claim].verdict
            if event.isOpening {
                out.appendSafe("⟦", .claim(verdict))
                open.append(event.claim)
            } else {
                out.appendSafe("⟧" + marker(event.claim + 1, verdict), .claim(verdict))
                open.removeAll { $0 == event.claim }
            }
        }
        appendText(article.body.string(scalars: cursor..<article.body.scalarCount), open: open, claims: claims, to: &out)
    }

    private static func appendText(_ text: String, open: [Int], claims: [Claim], to out: inout StyledText) {
        out.append(text, open.last.map { .claim(claims[$0].verdict) } ?? .plain)
    }

    private static func appendFootnote(number: Int, claim: Claim, anchor: AnchorResult, sidecar: Sidecar,
                                       to out: inout StyledText) {
        out.appendSafe("\n" + marker(number, claim.verdict) + " " + claim.verdict.label, .claim(claim.verdict))
        var facts: [String] = []
        if let claimant = claim.claimant { facts.append("claimed by " + claimant) }
        if claim.attribution != .notApplicable { facts.append("attribution " + claim.attribution.label) }
        if anchor.method == .orphan { facts.append("orphan: not found in the text") }
        if !facts.isEmpty { out.append(" · " + facts.joined(separator: " · "), .dim, keepNewlines: false) }
        out.appendSafe("\n")
        if anchor.method == .orphan {
            out.append("    “" + claim.quote.exact + "”", .dim, keepNewlines: false)
            out.appendSafe("\n")
        }
        if let rationale = claim.rationale {
            out.append("    " + rationale, .plain, keepNewlines: false)
            out.appendSafe("\n")
        }
        for link in claim.links {
            let source = sidecar.source(id: link.source)
            out.append("    \(link.relation.rawValue): \(source?.title ?? "(missing source \(link.source))")", .dim, keepNewlines: false)
            out.appendSafe("\n")
            if let passageID = link.passage, let passage = source?.passage(id: passageID) {
                out.append("        “" + passage.exact + "”", .plain, keepNewlines: false)
                out.appendSafe("\n")
            }
        }
        for note in claim.notes {
            out.append("    note by \(note.author), \(note.time): \(note.text)", .dim, keepNewlines: false)
            out.appendSafe("\n")
        }
    }
}
