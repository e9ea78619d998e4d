/// How each model type is stored in a claims file: its field names, which are required, and
/// the defaults of the optional ones. docs/FORMAT.md describes the same fields.
extension Sidecar: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        version = try object.int("version")
        guard (1...Sidecar.currentVersion).contains(version) else {
            throw JSONDecodingError(path: [.key("version")],
                                    message: "format version \(version) is not one this Lateral reads (1...\(Sidecar.currentVersion)) at version")
        }
        sources = try object.models("sources")
        claims = try object.models("claims")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("version", version)
        object.set("sources", sources)
        object.set("claims", claims)
    }
}

extension Claim: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        self.init(id: try object.string("id"),
                  quote: try object.model("quote"),
                  position: try object.model("position"),
                  claimant: try object.optionalString("claimant"),
                  verdict: try object.optionalWord("verdict") ?? .unverified,
                  attribution: try object.optionalWord("attribution") ?? .notApplicable,
                  rationale: try object.optionalString("rationale"),
                  links: try object.models("links"),
                  notes: try object.models("notes"),
                  created: try object.optionalModel("created"),
                  modified: try object.optionalModel("modified"),
                  history: try object.models("history"),
                  conflicts: try object.models("conflicts"))
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("id", id)
        object.set("quote", quote)
        object.set("position", position)
        object.set("claimant", claimant)
        object.set("verdict", verdict)
        object.set("attribution", attribution)
        object.set("rationale", rationale)
        object.set("links", links)
        object.set("notes", notes)
        object.set("created", created)
        object.set("modified", modified)
        object.setUnlessEmpty("history", history)
        object.setUnlessEmpty("conflicts", conflicts)
    }
}

extension QuoteSelector: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        exact = try object.string("exact")
        prefix = try object.optionalString("prefix") ?? ""
        suffix = try object.optionalString("suffix") ?? ""
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("exact", exact)
        object.set("prefix", prefix)
        object.set("suffix", suffix)
    }
}

extension PositionSelector: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        start = try object.int("start")
        end = try object.int("end")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("start", start)
        object.set("end", end)
    }
}

extension SourceLink: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        source = try object.string("source")
        relation = try object.word("relation")
        passage = try object.optionalString("passage")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("source", source)
        object.set("relation", relation)
        object.set("passage", passage)
    }
}

extension Note: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        author = try object.string("author")
        time = try object.string("time")
        text = try object.string("text")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("author", author)
        object.set("time", time)
        object.set("text", text)
    }
}

extension Stamp: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        author = try object.string("author")
        time = try object.string("time")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("author", author)
        object.set("time", time)
    }
}

extension Source: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        id = try object.string("id")
        title = try object.string("title")
        publisher = try object.optionalString("publisher")
        author = try object.optionalString("author")
        date = try object.optionalString("date")
        url = try object.optionalString("url")
        archivedURL = try object.optionalString("archivedUrl")
        kind = try object.word("kind")
        localCopy = try object.optionalString("localCopy")
        localCopySHA256 = try object.optionalString("localCopySHA256")
        retrieved = try object.optionalString("retrieved")
        passages = try object.models("passages")
        note = try object.optionalString("note")
        conflicts = try object.models("conflicts")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("id", id)
        object.set("title", title)
        object.set("publisher", publisher)
        object.set("author", author)
        object.set("date", date)
        object.set("url", url)
        object.set("archivedUrl", archivedURL)
        object.set("kind", kind)
        object.set("localCopy", localCopy)
        object.set("localCopySHA256", localCopySHA256)
        object.set("retrieved", retrieved)
        object.set("passages", passages)
        object.set("note", note)
        object.setUnlessEmpty("conflicts", conflicts)
    }
}

extension Passage: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        id = try object.string("id")
        exact = try object.string("exact")
        location = try object.optionalString("location")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("id", id)
        object.set("exact", exact)
        object.set("location", location)
    }
}

extension VerdictChange: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        author = try object.string("author")
        time = try object.string("time")
        from = try object.word("from")
        to = try object.word("to")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("author", author)
        object.set("time", time)
        object.set("from", from)
        object.set("to", to)
    }
}

extension Conflict: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        field = try object.string("field")
        kept = try object.model("kept")
        other = try object.model("other")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        object.set("field", field)
        object.set("kept", kept)
        object.set("other", other)
    }
}

extension ConflictSide: JSONModel {
    init(reading object: inout JSONObjectReader) throws(JSONDecodingError) {
        value = try object.optional("value") { value, _ in value }
        author = try object.optionalString("author")
        time = try object.optionalString("time")
        extra = [:]
    }

    func write(into object: inout JSONObjectWriter) {
        if let value { object.fields["value"] = value }
        object.set("author", author)
        object.set("time", time)
    }
}

extension Source {
    /// The source as its claims file stores it, for `--json` output.
    public var storedJSON: JSONValue { json }
}

extension SourceLink {
    public var storedJSON: JSONValue { json }
}
