import LateralCore

/// A claim's whole case as lines of text, in one place: the side pane shows its top, the
/// case screen (`i`) all of it, scrolled.
enum ClaimDetails {
    struct Line: Sendable {
        var text: String
        var paint: Paint
    }

    /// - Parameters:
    ///   - anchor: where the claim was found in the text now, to say if it moved.
    ///   - numbered: number the sources, for the case screen where a digit goes to one.
    ///   - limit: lines wanted; nothing past them is wrapped.
    static func lines(_ claim: Claim, anchor: AnchorResult?, sidecar: Sidecar, ascii: Bool, width: Int,
                      numbered: Bool = false, limit: Int = .max) -> [Line] {
        var lines: [Line] = []
        func add(_ text: String, _ paint: Paint = .plain) {
            guard lines.count < limit else { return }
            for line in Wrapping.lines(text, width: width, limit: limit - lines.count) { lines.append(Line(text: line, paint: paint)) }
        }
        let glyph = ascii ? claim.verdict.asciiGlyph : claim.verdict.glyph
        add("\(glyph) \(claim.verdict.label) · claim \(claim.id)", .claim(claim.verdict))
        for conflict in claim.conflicts {
            add(conflict.summary + " — K keeps the first, O takes the other", .heading)
        }
        add("“\(claim.quote.exact)”")
        if let anchor, let note = anchorNote(anchor) { add(note, .heading) }
        if let claimant = claim.claimant { add("Claimed by: " + claimant, .dim) }
        add("Attribution: " + claim.attribution.label, .dim)
        if let rationale = claim.rationale { add(rationale) }
        for (index, link) in claim.links.enumerated() {
            let source = sidecar.source(id: link.source)
            let number = numbered ? "\(index + 1). " : ""
            add("\(number)\(link.relation.rawValue): \(source?.title ?? "missing source " + link.source)", .heading)
            if let passageID = link.passage, let passage = source?.passage(id: passageID) { add("  “\(passage.exact)”") }
        }
        for note in claim.notes { add("Note by \(note.author), \(note.time): \(note.text)", .dim) }
        for change in claim.history {
            add("Verdict \(change.from.label) → \(change.to.label) by \(change.author), \(change.time)", .dim)
        }
        return lines
    }

    /// What changed since the claims file was written, if anything.
    static func anchorNote(_ anchor: AnchorResult) -> String? {
        switch anchor.method {
        case .exact: return nil
        case .moved: return "Moved since the claims file was written; `lateral check --fix` records its new place."
        case .fuzzy: return "Its text changed since the claims file was written (\(Plural.count(anchor.editDistance, "edit"))); shown where it is now."
        case .orphan: return "Orphan: its quote is no longer in the article; kept, and listed last."
        }
    }
}

/// A claim's whole case on a screen of its own, scrolled like a page, its sources numbered.
public struct ClaimCase: Sendable {
    public var claim: Claim
    public var anchor: AnchorResult?
    public var sidecar: Sidecar
    /// Where its local copies are found, and the article it is in.
    public var folder: String
    public var articlePath: String
    public var scroll = 0

    func lines(width: Int, ascii: Bool, limit: Int = .max) -> [ClaimDetails.Line] {
        ClaimDetails.lines(claim, anchor: anchor, sidecar: sidecar, ascii: ascii, width: width, numbered: true, limit: limit)
    }
}
