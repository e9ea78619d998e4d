/// An article's claims as CSV (RFC 4180), one row per claim, for spreadsheets.
public enum ClaimsCSV {
    public static let header = ["number", "id", "start", "end", "place", "verdict", "attribution", "claimant", "quote", "rationale",
                                "sources", "notes", "created by", "modified"]

    /// - Parameter anchors: where each claim stands now (`sidecar.claims` order).
    public static func text(sidecar: Sidecar, anchors: [AnchorResult]) -> String {
        // Numbered in text order, as `lateral claims` numbers them; orphans last.
        let order = sidecar.claims.indices.sorted { a, b in
            switch (anchors[a].range, anchors[b].range) {
            case (let x?, let y?): return (x.lowerBound, a) < (y.lowerBound, b)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        var rows = [header]
        for (number, index) in order.enumerated() {
            let claim = sidecar.claims[index]
            let anchor = anchors[index]
            let sources = claim.links.map { "\($0.relation.rawValue) \($0.source)" }.joined(separator: "; ")
            // One line per note in the cell, as a spreadsheet shows a cell's line breaks.
            let notes = claim.notes.map { "\($0.author): \($0.text)" }.joined(separator: "\n")
            rows.append([
                String(number + 1), claim.id,
                anchor.range.map { String($0.lowerBound) } ?? "", anchor.range.map { String($0.upperBound) } ?? "",
                anchor.method.rawValue, claim.verdict.rawValue, claim.attribution.rawValue, claim.claimant ?? "",
                claim.quote.exact, claim.rationale ?? "", sources, notes,
                claim.created?.author ?? "", claim.modified?.time ?? "",
            ])
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a quote or a line end; a field a spreadsheet
    /// would take for a formula is prefixed with an apostrophe (OWASP's CSV injection advice).
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@\t\r".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
    }
}
