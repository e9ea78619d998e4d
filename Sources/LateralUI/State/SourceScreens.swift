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

/// What is known of a source, as lines: its title, publisher, author, date, kind, URL, and
/// how it was read.
enum SourceFacts {
    /// A source in one line: its title, then who published it and when.
    static func label(_ source: Source) -> String {
        let detail = [source.publisher, source.date].compactMap { $0 }.joined(separator: ", ")
        return detail.isEmpty ? source.title : "\(source.title) (\(detail))"
    }

    static func lines(_ source: Source, width: Int, limit: Int = .max) -> [(text: String, paint: Paint)] {
        var lines: [(String, Paint)] = []
        func add(_ text: String, _ paint: Paint = .plain) {
            guard lines.count < limit else { return }
            for line in Wrapping.lines(text, width: width, limit: limit - lines.count) { lines.append((line, paint)) }
        }
        add(source.title, .heading)
        let facts: [(String, String?)] = [("Publisher", source.publisher), ("Author", source.author), ("Date", source.date),
                                          ("Kind", source.kind.rawValue), ("URL", source.url), ("Archived", source.archivedURL),
                                          ("Local copy", source.localCopy.map { copy in source.retrieved.map { "\(copy), retrieved \($0)" } ?? copy })]
        for (label, value) in facts { if let value { add("\(label): \(value)", .dim) } }
        if let note = source.note { add(note, .dim) }
        return lines
    }
}

/// A source that has no local copy: what is known of it, its passages, and the claims that
/// use it, each of which leads back to its claim.
public struct SourcePage: Sendable {
    public var context: SourceContext
    public var scroll = 0
    /// The claim that Enter goes back to, by its place among the claims that use the source.
    public var selection = 0

    public var source: Source { context.source }
    public var sidecar: Sidecar { context.sidecar }
    /// The passage the jump came for, shown first.
    public var passage: String? { context.passage?.id }

    var uses: [SourceUse] { context.uses }

    struct Line {
        var text: String
        var paint: Paint
        /// For a row of a claim that uses the source: its place among them.
        var use: Int?
    }

    /// The page's lines, wrapped to a width; at most `limit`, wrapping nothing past them, and
    /// none past the lines of the claim at `lastUse` (a place among the uses), when given.
    func lines(width: Int, ascii: Bool = false, limit: Int = .max, lastUse: Int? = nil) -> [Line] {
        var lines = SourceFacts.lines(source, width: width, limit: limit).map { Line(text: $0.text, paint: $0.paint) }
        func add(_ text: String, _ paint: Paint = .plain, use: Int? = nil) {
            guard lines.count < limit else { return }
            for line in Wrapping.lines(text, width: width, limit: limit - lines.count) { lines.append(Line(text: line, paint: paint, use: use)) }
        }
        let passages = source.passages.sorted { ($0.id == passage ? 0 : 1) < ($1.id == passage ? 0 : 1) }
        if !passages.isEmpty {
            add("")
            add("Passages", .heading)
            for item in passages {
                add("“\(item.exact)”", item.id == passage ? .searchMatch : .plain)
                if let location = item.location { add("  (\(location))", .dim) }
            }
        }
        add("")
        add("Claims that use it (Enter goes back to the selected one)", .heading)
        for (index, use) in uses.enumerated() {
            // Past the lines asked for, the rest of a thousand claims is not written out.
            guard lines.count < limit, index <= lastUse ?? index else { break }
            let claim = context.claim(use)
            let glyph = ascii ? claim.verdict.asciiGlyph : claim.verdict.glyph
            add("\(use.relation.rawValue): \(glyph) \(claim.id) “\(claim.quote.exact)”", .claim(claim.verdict), use: index)
        }
        return lines
    }
}
