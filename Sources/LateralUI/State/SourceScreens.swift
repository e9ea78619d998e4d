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

/// A claim that uses a source, and how.
/// The claim is kept by its place in the claims file, not copied: a source of a long article
/// is used by a thousand claims.
struct SourceUse: Sendable, Equatable {
    var claimIndex: Int
    var relation: Relation

    /// The claims that use a source, in claim order, once per relation.
    static func all(of sourceID: String, in sidecar: Sidecar) -> [SourceUse] {
        var uses: [SourceUse] = []
        for index in sidecar.claims.indices {
            add(sidecar.claims[index], at: index, only: sourceID) { uses.append($1) }
        }
        return uses
    }

    /// The uses of every source, as `all(of:in:)` finds each: made once for an open article, so
    /// that Enter on a claim does not look through every claim (each in its own place in
    /// memory: 3 ms among 50,000 claims).
    static func bySource(in sidecar: Sidecar) -> [String: [SourceUse]] {
        var uses: [String: [SourceUse]] = [:]
        for index in sidecar.claims.indices {
            add(sidecar.claims[index], at: index, only: nil) { uses[$0, default: []].append($1) }
        }
        return uses
    }

    /// A claim's uses of sources (of one source, when given), relation by relation.
    private static func add(_ claim: Claim, at index: Int, only sourceID: String?, to uses: (String, SourceUse) -> Void) {
        for relation in Relation.allCases {
            var seen: [String] = []
            for link in claim.links where link.relation == relation && (sourceID == nil || link.source == sourceID) && !seen.contains(link.source) {
                seen.append(link.source)
                uses(link.source, SourceUse(claimIndex: index, relation: relation))
            }
        }
    }
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
