/// A field that two people changed differently since their common version: what stands in
/// the field now (`kept`) and what the other change would have made it (`other`), each with
/// who made it and when. It lives in the claims file, so that the file stays valid and
/// usable, until someone chooses a side.
public struct Conflict: Sendable, Hashable {
    /// The field's name in the claims file (`verdict`, `rationale`), `anchor` for the quote and
    /// position together, or `claim`/`source` when one side deleted the whole of it.
    public var field: String
    public var kept: ConflictSide
    public var other: ConflictSide
    public var extra: [String: JSONValue]

    public init(field: String, kept: ConflictSide, other: ConflictSide, extra: [String: JSONValue] = [:]) {
        self.field = field
        self.kept = kept
        self.other = other
        self.extra = extra
    }

    /// In words, for `check` and the reader: `conflict over verdict: "true" (ana at …) or
    /// "false" (ben at …)`.
    public var summary: String {
        let isDeletion = field == Conflict.deletedClaim || field == Conflict.deletedSource
        func describe(_ side: ConflictSide) -> String {
            let value = side.value.map { value -> String in
                if isDeletion { return "changed" }
                if case .string(let text) = value { return "\"\(text)\"" }
                return String(decoding: JSONWriter.write(value), as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { $0.trimmed(.spaces) }.joined(separator: " ")
            } ?? "deleted"
            let byline = side.byline
            return byline.isEmpty ? value : "\(value) (\(byline))"
        }
        let what = isDeletion ? "deleted on one side, changed on the other" : "conflict over \(field)"
        return "\(what): \(describe(kept)) or \(describe(other))"
    }

    /// The field name a deletion of a whole claim or source is recorded under.
    public static let deletedClaim = "claim"
    public static let deletedSource = "source"
}

/// One side of a conflict: the value it gave the field (nil: it removed the field, or
/// deleted the whole claim), and who gave it, when.
public struct ConflictSide: Sendable, Hashable {
    public var value: JSONValue?
    public var author: String?
    public var time: String?
    public var extra: [String: JSONValue]

    public init(value: JSONValue?, author: String? = nil, time: String? = nil, extra: [String: JSONValue] = [:]) {
        self.value = value
        self.author = author
        self.time = time
        self.extra = extra
    }

    /// "ben at 2024-02-02T10:00:00Z", or what is known of it.
    public var byline: String {
        [author, time.map { "at \($0)" }].compactMap(\.self).joined(separator: " ")
    }
}
