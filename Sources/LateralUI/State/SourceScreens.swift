import LateralCore

/// The numbered list of a claim's sources, shown when Enter is pressed on a claim with
/// more than one.
public struct SourcePicker: Sendable {
    public var claim: Claim
    public var sidecar: Sidecar
    /// The folder of the claims file, where local copies are found.
    public var folder: String
    /// The article the claim is in.
    public var articlePath: String
    public var selection = 0
}

/// A source that has no local copy: what is known of it, its passages, and its claims.
public struct SourcePage: Sendable {
    public var context: SourceContext
    public var scroll = 0

    public var source: Source { context.source }
    public var sidecar: Sidecar { context.sidecar }
    /// The passage the jump came for, shown first.
    public var passage: String? { context.passage?.id }

    /// The page's lines, wrapped to a width.
    func lines(width: Int) -> [(text: String, paint: Paint)] {
        var lines: [(String, Paint)] = []
        func add(_ text: String, _ paint: Paint = .plain) {
            for line in Wrapping.lines(VisibleText.make(text), width: width) { lines.append((line, paint)) }
        }
        add(source.title, .heading)
        let facts: [(String, String?)] = [("Publisher", source.publisher), ("Author", source.author), ("Date", source.date),
                                          ("Kind", source.kind.rawValue), ("URL", source.url), ("Archived", source.archivedURL)]
        for (label, value) in facts { if let value { add("\(label): \(value)", .dim) } }
        if let note = source.note { lines.append(("", .plain)); add(note, .dim) }
        let passages = source.passages.sorted { ($0.id == passage ? 0 : 1) < ($1.id == passage ? 0 : 1) }
        if !passages.isEmpty {
            lines.append(("", .plain))
            add("Passages", .heading)
            for item in passages {
                add("“\(item.exact)”", item.id == passage ? .searchMatch : .plain)
                if let location = item.location { add("  (\(location))", .dim) }
            }
        }
        lines.append(("", .plain))
        add("Claims that use it", .heading)
        for claim in sidecar.claims {
            for relation in Set(claim.links.filter { $0.source == source.id }.map(\.relation)).sorted(by: { $0.rawValue < $1.rawValue }) {
                add("\(relation.rawValue): \(claim.verdict.glyph) \(claim.id) “\(claim.quote.exact)”", .claim(claim.verdict))
            }
        }
        return lines
    }
}
