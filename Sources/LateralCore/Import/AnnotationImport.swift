import FoundationEssentials

/// W3C Web Annotations read onto an article as claims: what `lateral export --format w3c`
/// writes, and what annotation tools write (the Hypothesis API's `rows`, with `text` and
/// `tags`). Each annotation's quote is anchored in the article as Lateral anchors every claim;
/// one that the text no longer holds is kept as an orphan and reported. Nothing an annotation
/// says is dropped: a tag that is neither a verdict nor an attribution becomes a note.
public enum AnnotationImport {
    public struct Outcome: Sendable {
        /// The claims made, by id, and those whose quote is not in the text.
        public var added: [String] = []
        public var orphans: [String] = []
        /// Annotations not taken, and why (a claim with their id is there already; no quote).
        public var skipped: [String] = []

        public init() {}
    }

    /// Reads annotations from a file's bytes onto a claims file.
    public static func apply(_ bytes: [UInt8], path: String, to sidecar: inout Sidecar, body: ScalarText,
                             stamp: Stamp) throws(FileProblem) -> (change: SidecarChange, outcome: Outcome) {
        try TextFile.validateText(bytes, path: path)
        let skipped = TextFile.byteOrderMarkLength(bytes)
        let json: JSONValue
        do throws(JSONParser.Failure) {
            json = try JSONParser.parse(skipped == 0 ? bytes : Array(bytes.dropFirst(skipped)))
        } catch {
            throw FileProblem(path: path, at: TextLocation(byteOffset: error.offset + skipped, in: bytes), message: error.message)
        }
        let annotations = Self.annotations(in: json)
        guard !annotations.isEmpty else {
            throw FileProblem(path: path, message: "holds no annotations: expected an Annotation, an AnnotationCollection or AnnotationPage with items, a list of annotations, or the Hypothesis API's {\"rows\": [...]}")
        }
        var change = SidecarChange(summary: "annotations imported")
        var outcome = Outcome()
        let anchorer = Anchorer(text: body)
        for (index, annotation) in annotations.enumerated() {
            // Decided before anything is added, so that a skipped annotation changes nothing.
            let wanted = lateralID(annotation["id"])
            if let wanted, sidecar.claimIndex(id: wanted) != nil {
                outcome.skipped.append("\(wanted): a claim with this id is already in the claims file")
                continue
            }
            var attempt = sidecar
            var attemptChange = change
            guard var claim = claim(from: annotation, sidecar: &attempt, change: &attemptChange, stamp: stamp) else {
                outcome.skipped.append("annotation \(index + 1): no TextQuoteSelector with words in its target, so nothing to anchor")
                continue
            }
            sidecar = attempt
            change = attemptChange
            claim.id = wanted ?? sidecar.nextClaimID()
            let anchor = anchorer.anchor(claim)
            if let range = anchor.range, anchor.method != .exact {
                claim.quote = QuoteSelector(text: body, range: range)
                claim.position = PositionSelector(start: range.lowerBound, end: range.upperBound)
            }
            if anchor.range == nil {
                outcome.orphans.append(claim.id)
                // A place past the text's end is no place: the orphan keeps its quote only.
                if claim.position.end > body.scalarCount { claim.position = PositionSelector(start: 0, end: 0) }
            }
            sidecar.claims.insert(claim, at: sidecar.claims.textOrderIndex(for: claim))
            change.claims.append(.init(id: claim.id, before: nil, after: claim))
            outcome.added.append(claim.id)
        }
        change.summary = "\(Plural.count(outcome.added.count, "claim")) imported"
        return (change, outcome)
    }

    /// The annotations in any of the shapes tools write them in.
    static func annotations(in json: JSONValue) -> [[String: JSONValue]] {
        switch json {
        case .array(let elements):
            return elements.compactMap { if case .object(let fields) = $0 { fields } else { nil } }
        case .object(let fields):
            if case .string("Annotation")? = fields["type"] { return [fields] }
            for key in ["items", "rows"] where fields[key] != nil { return annotations(in: fields[key]!) }
            if let first = fields["first"] { return annotations(in: first) }
            // A page or a collection's first page, inline.
            return fields["target"] != nil ? [fields] : []
        default:
            return []
        }
    }

    /// The claim an annotation makes, its sources added to the claims file; nil without a quote.
    static func claim(from annotation: [String: JSONValue], sidecar: inout Sidecar, change: inout SidecarChange, stamp: Stamp) -> Claim? {
        let targets: [JSONValue] = if case .array(let list)? = annotation["target"] { list } else { annotation["target"].map { [$0] } ?? [] }
        var quote: QuoteSelector?
        var position: PositionSelector?
        for target in targets {
            guard case .object(let fields) = target else { continue }
            let selectors: [JSONValue] = if case .array(let list)? = fields["selector"] { list } else { fields["selector"].map { [$0] } ?? [] }
            for case .object(let selector) in selectors {
                switch text(selector["type"]) {
                case "TextQuoteSelector":
                    if let exact = text(selector["exact"]), !exact.isEmpty {
                        quote = QuoteSelector(exact: exact, prefix: text(selector["prefix"]) ?? "", suffix: text(selector["suffix"]) ?? "")
                    }
                case "TextPositionSelector":
                    if let start = selector["start"]?.intValue, let end = selector["end"]?.intValue, start >= 0, end >= start {
                        position = PositionSelector(start: start, end: end)
                    }
                default: break
                }
            }
            if quote != nil { break }
        }
        guard let quote else { return nil }
        let author = name(annotation["creator"]) ?? text(annotation["user"]).map(hypothesisUser) ?? stamp.author
        let created = text(annotation["created"]).map { Stamp(author: author, time: $0) } ?? stamp
        var claim = Claim(id: "", quote: quote,
                          position: position ?? PositionSelector(start: 0, end: quote.exact.unicodeScalars.count),
                          claimant: text(annotation["lateral:claimant"]), created: created,
                          modified: text(annotation["modified"] ?? annotation["updated"]).map { Stamp(author: author, time: $0) } ?? created)
        var tags: [String] = []
        let bodies: [JSONValue] = if case .array(let list)? = annotation["body"] { list } else { annotation["body"].map { [$0] } ?? [] }
        for body in bodies {
            switch body {
            case .string(let iri):
                link(&claim, iri: iri, fields: [:], sidecar: &sidecar, change: &change)
            case .object(let fields):
                let purpose = text(fields["purpose"])
                if text(fields["type"]) == "SpecificResource" || purpose == "linking", let iri = text(fields["source"]) ?? text(fields["id"]) {
                    link(&claim, iri: iri, fields: fields, sidecar: &sidecar, change: &change)
                } else if let value = text(fields["value"]) {
                    switch purpose {
                    case "tagging": tags.append(value)
                    case "describing" where claim.rationale == nil: claim.rationale = value
                    default:
                        claim.notes.append(Note(author: name(fields["creator"]) ?? author, time: text(fields["created"]) ?? created.time, text: value))
                    }
                }
            default:
                break
            }
        }
        // The Hypothesis API's own fields.
        if let comment = text(annotation["text"]), !comment.isEmpty {
            claim.notes.append(Note(author: author, time: created.time, text: comment))
        }
        if case .array(let list)? = annotation["tags"] { tags += list.compactMap(text) }
        for tag in tags {
            if let verdict = Verdict(userInput: tag), claim.verdict == .unverified || claim.verdict == verdict {
                claim.verdict = verdict
            } else if tag.hasPrefix("attribution: "), let attribution = Attribution(userInput: String(tag.dropFirst("attribution: ".count))) {
                claim.attribution = attribution
            } else {
                claim.notes.append(Note(author: author, time: created.time, text: "tag: \(tag)"))
            }
        }
        return claim
    }

    /// A link to a source named by an IRI (or, from Lateral, by its id), the source added when
    /// the claims file does not have it, with the passage when one is given.
    static func link(_ claim: inout Claim, iri: String, fields: [String: JSONValue], sidecar: inout Sidecar, change: inout SidecarChange) {
        let wantedID = text(fields["lateral:source"])
        let url = iri.hasPrefix("urn:lateral:source:") ? nil : iri
        // A source of the claims file is the same one only if it is at the same address (or,
        // with no address either side, has the same id); else a new one is made.
        var id = sidecar.sources.first { url != nil && $0.url == url }?.id
            ?? wantedID.flatMap { wanted in sidecar.source(id: wanted).flatMap { $0.url == url ? wanted : nil } }
        if id == nil {
            let free = wantedID.flatMap { sidecar.sourceIndex(id: $0) == nil && lateralIDPattern($0) ? $0 : nil }
            let source = Source(id: free ?? sidecar.newSourceID(title: url ?? iri), title: url ?? iri, url: url, kind: .secondary,
                                note: "Made from an imported annotation's link; only its address is known.")
            sidecar.sources.append(source)
            change.sources.append(.init(id: source.id, before: nil, after: source))
            id = source.id
        }
        guard let id else { return }
        let passage = text(fields["lateral:passage"]).flatMap { sidecar.addPassage($0, to: id) }
        // A source added by this import is recorded as it ends up, with its passages.
        if let item = change.sources.firstIndex(where: { $0.id == id }) { change.sources[item].after = sidecar.source(id: id) }
        let relation = text(fields["lateral:relation"]).flatMap(Relation.init(userInput:)) ?? .context
        claim.link(SourceLink(source: id, relation: relation, passage: passage))
    }

    static func lateralIDPattern(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    static func text(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { text } else { nil }
    }

    /// A creator as the model gives it: a name in an object, or a bare string (an IRI, a name).
    static func name(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text
        case .object(let fields)?: return text(fields["name"]) ?? text(fields["nickname"]) ?? text(fields["id"])
        default: return nil
        }
    }

    /// "acct:ana@hypothes.is" → "ana".
    static func hypothesisUser(_ user: String) -> String {
        guard user.hasPrefix("acct:") else { return user }
        return String(user.dropFirst(5).prefix { $0 != "@" })
    }

    /// The claim id in an id Lateral exported (`urn:lateral:ARTICLE:ID`), when it is one a
    /// claims file could hold: a word of letters, digits, `-`, `_` and `.`, not too long.
    static func lateralID(_ value: JSONValue?) -> String? {
        guard let id = text(value), id.hasPrefix("urn:lateral:") else { return nil }
        let parts = id.split(separator: ":")
        guard parts.count >= 4, let last = parts.last.flatMap({ PercentEncoding.decode(String($0)) }), !last.isEmpty, last.count <= 64,
              last.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else { return nil }
        return last
    }
}
