/// What one edit did to a claims file: each claim and source it touched, before and after
/// (nil: not there). Undo applies it backwards, redo forwards again.
public struct SidecarChange: Sendable, Hashable {
    public struct Item<Value: Sendable & Hashable>: Sendable, Hashable {
        public var id: String
        public var before: Value?
        public var after: Value?
        /// Where a deleted item stood in its list, so that undoing the deletion puts it back
        /// there (the file's diff then shows nothing moved).
        public var index: Int?
    }

    public var claims: [Item<Claim>] = []
    public var sources: [Item<Source>] = []
    /// "verdict of c12: false", for the status line after an undo or a redo.
    public var summary: String

    public init(summary: String) {
        self.summary = summary
    }

    public var isEmpty: Bool {
        claims.allSatisfy { $0.before == $0.after } && sources.allSatisfy { $0.before == $0.after }
    }

    public var reversed: SidecarChange {
        var change = SidecarChange(summary: summary)
        change.claims = claims.reversed().map { Item(id: $0.id, before: $0.after, after: $0.before, index: $0.index) }
        change.sources = sources.reversed().map { Item(id: $0.id, before: $0.after, after: $0.before, index: $0.index) }
        return change
    }
}

extension Sidecar {
    /// Applies a change (or, reversed, takes it back). A claim or source changed since by
    /// someone else (a merge from disk) keeps their changes: only the fields that still hold
    /// what the change left are set back.
    public mutating func apply(_ change: SidecarChange) {
        for item in change.sources {
            sources.replace(id: item.id, from: item.before, to: item.after) { sources, _ in min(item.index ?? sources.count, sources.count) }
        }
        for item in change.claims {
            claims.replace(id: item.id, from: item.before, to: item.after) { claims, claim in
                item.index.map { min($0, claims.count) } ?? claims.textOrderIndex(for: claim)
            }
        }
    }
}

extension Array where Element: JSONModel & Identifiable<String> & Equatable {
    fileprivate mutating func replace(id: String, from before: Element?, to after: Element?,
                                      insertionIndex: ([Element], Element) -> Int) {
        guard let index = firstIndex(where: { $0.id == id }) else {
            if let after { insert(after, at: insertionIndex(self, after)) }
            return
        }
        let current = self[index]
        guard let after else {
            // Deleted only if no one changed it since.
            if current == before { remove(at: index) }
            return
        }
        guard let before, current != before else {
            self[index] = after
            return
        }
        self[index] = current.settingFields(changedFrom: before, to: after)
    }
}

extension JSONModel where Self: Equatable {
    /// This value with every field that still holds `before`'s value set to `after`'s.
    func settingFields(changedFrom before: Self, to after: Self) -> Self {
        guard case .object(var fields) = json, case .object(let old) = before.json, case .object(let new) = after.json else { return self }
        for key in Set(old.keys).union(new.keys) where fields[key] == old[key] {
            fields[key] = new[key]
        }
        return (try? Self(json: .object(fields), path: [])) ?? self
    }
}

extension [Claim] {
    /// Where a new claim goes so that claims kept in text order stay so: after the last claim
    /// that starts before or where it starts.
    public func textOrderIndex(for claim: Claim) -> Int {
        let start = claim.position.start
        var index = count
        while index > 0 && self[index - 1].position.start > start { index -= 1 }
        return index
    }
}
