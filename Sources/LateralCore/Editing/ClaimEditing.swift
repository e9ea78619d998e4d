/// An edit that the data does not allow (an unknown claim, a quote found twice), with what
/// to do instead.
public struct EditRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// A claim named on the command line by an id or a number the article does not have.
    public static func noSuchClaim(_ name: String) -> EditRefusal {
        EditRefusal("no claim \"\(name)\" in this article; `lateral claims ARTICLE` lists their numbers and ids")
    }
}

/// The edits of a claims file that the reader and the command line share. Each stamps who
/// made it and when, and returns what it changed, for undo and for the status line.
extension Sidecar {
    public func claimIndex(id: String) -> Int? { claims.firstIndex { $0.id == id } }
    public func sourceIndex(id: String) -> Int? { sources.firstIndex { $0.id == id } }

    /// Changes one claim and stamps it modified; nil when the update changed nothing.
    public mutating func editClaim(id: String, stamp: Stamp, summary: String,
                                   _ update: (inout Claim) throws(EditRefusal) -> Void) throws(EditRefusal) -> SidecarChange? {
        guard let index = claimIndex(id: id) else { throw .noSuchClaim(id) }
        let before = claims[index]
        var claim = before
        guard try claim.update(stamp: stamp, update) else { return nil }
        claims[index] = claim
        var change = SidecarChange(summary: summary)
        change.claims = [.init(id: id, before: before, after: claim)]
        return change
    }

    /// A new claim over a range of the article's body, in text order.
    public mutating func addClaim(range: Range<Int>, in body: ScalarText, verdict: Verdict = .unverified,
                                  stamp: Stamp) throws(EditRefusal) -> (change: SidecarChange, id: String) {
        guard range.lowerBound >= 0, range.upperBound <= body.scalarCount, !range.isEmpty else {
            throw EditRefusal("a claim needs some text of the article")
        }
        let id = nextClaimID()
        var claim = Claim(id: id, quote: QuoteSelector(text: body, range: range),
                          position: PositionSelector(start: range.lowerBound, end: range.upperBound),
                          verdict: verdict, created: stamp, modified: stamp)
        if verdict != .unverified {
            claim.history = [VerdictChange(author: stamp.author, time: stamp.time, from: .unverified, to: verdict)]
        }
        claims.insert(claim, at: claims.textOrderIndex(for: claim))
        var change = SidecarChange(summary: "new claim \(id)")
        change.claims = [.init(id: id, before: nil, after: claim)]
        return (change, id)
    }

    /// Gives a claim a new place in the text: an orphan found again, a quote corrected.
    public mutating func moveClaim(id: String, to range: Range<Int>, in body: ScalarText, stamp: Stamp) throws(EditRefusal) -> SidecarChange? {
        guard range.lowerBound >= 0, range.upperBound <= body.scalarCount, !range.isEmpty else {
            throw EditRefusal("a claim needs some text of the article")
        }
        // It keeps its place in the file, so that the file's diff shows only what changed.
        return try editClaim(id: id, stamp: stamp, summary: "claim \(id) has a new place in the text") { claim in
            claim.quote = QuoteSelector(text: body, range: range)
            claim.position = PositionSelector(start: range.lowerBound, end: range.upperBound)
        }
    }

    public mutating func removeClaim(id: String) throws(EditRefusal) -> SidecarChange {
        guard let index = claimIndex(id: id) else { throw .noSuchClaim(id) }
        var change = SidecarChange(summary: "claim \(id) deleted")
        change.claims = [.init(id: id, before: claims.remove(at: index), after: nil, index: index)]
        return change
    }

    public mutating func addSource(_ source: Source) throws(EditRefusal) -> SidecarChange {
        guard sourceIndex(id: source.id) == nil else {
            throw EditRefusal("a source \"\(source.id)\" exists already; choose another id (--id)")
        }
        sources.append(source)
        var change = SidecarChange(summary: "new source \(source.id)")
        change.sources = [.init(id: source.id, before: nil, after: source)]
        return change
    }

    public mutating func editSource(id: String, summary: String, _ update: (inout Source) -> Void) throws(EditRefusal) -> SidecarChange? {
        guard let index = sourceIndex(id: id) else { throw EditRefusal("no source \"\(id)\" in this article; `lateral sources ARTICLE` lists them") }
        let before = sources[index]
        update(&sources[index])
        guard sources[index] != before else { return nil }
        var change = SidecarChange(summary: summary)
        change.sources = [.init(id: id, before: before, after: sources[index])]
        return change
    }

    /// Removes a source and every claim's links to it.
    public mutating func removeSource(id: String, stamp: Stamp) throws(EditRefusal) -> SidecarChange {
        guard let index = sourceIndex(id: id) else { throw EditRefusal("no source \"\(id)\" in this article; `lateral sources ARTICLE` lists them") }
        var change = SidecarChange(summary: "source \(id) deleted")
        for claimIndex in claims.indices where claims[claimIndex].links.contains(where: { $0.source == id }) {
            let before = claims[claimIndex]
            claims[claimIndex].links.removeAll { $0.source == id }
            claims[claimIndex].modified = stamp
            change.claims.append(.init(id: before.id, before: before, after: claims[claimIndex]))
        }
        change.sources = [.init(id: id, before: sources.remove(at: index), after: nil, index: index)]
        return change
    }

    /// Settles a conflict: keeps what the field holds, or takes the other side's value.
    public mutating func resolveConflict(claim id: String, at conflictIndex: Int, takingOther: Bool,
                                         stamp: Stamp) throws(EditRefusal) -> SidecarChange {
        guard let index = claimIndex(id: id), claims[index].conflicts.indices.contains(conflictIndex) else {
            throw EditRefusal("no such conflict in claim \"\(id)\"")
        }
        let conflict = claims[index].conflicts[conflictIndex]
        if takingOther && conflict.field == Conflict.deletedClaim {
            var change = try removeClaim(id: id)
            change.summary = "conflict settled: claim \(id) deleted"
            return change
        }
        let side = takingOther ? "the other" : "the kept"
        let change = try editClaim(id: id, stamp: stamp, summary: "conflict over \(conflict.field) of \(id) settled: \(side) value") {
            (claim: inout Claim) throws(EditRefusal) in
            claim.conflicts.remove(at: conflictIndex)
            if takingOther { claim = try claim.setting(conflict.field, to: conflict.other.value) }
        }
        return change ?? SidecarChange(summary: "conflict settled")
    }

    /// Links a claim to a source in a relation, with the passage of the source it rests on
    /// (kept among the source's passages), the source itself added first when it is new: one
    /// change, undone as one.
    public mutating func linkClaim(_ claimID: String, to sourceID: String, relation: Relation, passage: String?,
                                   adding newSource: Source? = nil, stamp: Stamp) throws(EditRefusal) -> SidecarChange {
        guard claimIndex(id: claimID) != nil else {
            throw .noSuchClaim(claimID)
        }
        var sourceID = sourceID
        if var newSource {
            // Its id may have been taken meanwhile (a source added elsewhere and merged in).
            if self.sourceIndex(id: newSource.id) != nil { newSource.id = newSourceID(title: newSource.title) }
            sourceID = newSource.id
            _ = try addSource(newSource)
        }
        var change = SidecarChange(summary: "claim \(claimID) \(relation.rawValue) \(sourceID)")
        guard let sourceIndex = sourceIndex(id: sourceID) else {
            throw EditRefusal("no source \"\(sourceID)\" in this article; `lateral sources ARTICLE` lists them")
        }
        let before = newSource == nil ? sources[sourceIndex] : nil
        let passageID = passage.flatMap { addPassage($0, to: sourceID) }
        if sources[sourceIndex] != before { change.sources = [.init(id: sourceID, before: before, after: sources[sourceIndex])] }
        let linked = try editClaim(id: claimID, stamp: stamp, summary: change.summary) {
            $0.link(SourceLink(source: sourceID, relation: relation, passage: passageID))
        }
        change.claims = linked?.claims ?? []
        return change
    }

    /// The id of a source's passage with these exact words, added if the source has none yet.
    public mutating func addPassage(_ exact: String, to sourceID: String) -> String? {
        guard let index = sourceIndex(id: sourceID) else { return nil }
        if let existing = sources[index].passages.first(where: { $0.exact == exact }) { return existing.id }
        var number = sources[index].passages.count + 1
        while sources[index].passage(id: "\(sourceID)-p\(number)") != nil { number += 1 }
        let id = "\(sourceID)-p\(number)"
        sources[index].passages.append(Passage(id: id, exact: exact))
        return id
    }

    /// `c31` after `c01` … `c30`: the next number after the highest, at least two digits.
    public func nextClaimID() -> String {
        var highest = 0
        for claim in claims where claim.id.hasPrefix("c") {
            // A number too large to go on from is not a place to count from.
            if let number = Int(claim.id.dropFirst()), number > highest, number < Int.max / 2 { highest = number }
        }
        let number = String(highest + 1)
        return "c" + String(repeating: "0", count: max(0, 2 - number.count)) + number
    }

    /// An id for a new source made from its title's first words: `bank-of-korea-2023`.
    public func newSourceID(title: String) -> String {
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber) }.prefix(4)
        let stem = words.isEmpty ? "source" : words.joined(separator: "-")
        var id = stem
        var number = 2
        while sourceIndex(id: id) != nil {
            id = "\(stem)-\(number)"
            number += 1
        }
        return id
    }
}

extension Claim {
    /// Runs an update and stamps the claim modified if it changed anything; says whether it did.
    public mutating func update(stamp: Stamp, _ update: (inout Claim) throws(EditRefusal) -> Void) throws(EditRefusal) -> Bool {
        let before = self
        try update(&self)
        guard self != before else { return false }
        modified = stamp
        return true
    }

    /// Sets the verdict and records the change in the claim's history.
    public mutating func setVerdict(_ verdict: Verdict, stamp: Stamp) {
        guard verdict != self.verdict else { return }
        history.append(VerdictChange(author: stamp.author, time: stamp.time, from: self.verdict, to: verdict))
        self.verdict = verdict
    }

    public mutating func addNote(_ text: String, stamp: Stamp) {
        notes.append(Note(author: stamp.author, time: stamp.time, text: text))
    }

    /// Links a source. A claim may rest on several passages of one source, each its own link;
    /// a link already there is not made twice, and a passage given to a link that had none
    /// goes to that link.
    public mutating func link(_ link: SourceLink) {
        let same = links.indices.filter { links[$0].source == link.source && links[$0].relation == link.relation }
        if same.contains(where: { links[$0].passage == link.passage }) || (link.passage == nil && !same.isEmpty) { return }
        if let bare = same.first(where: { links[$0].passage == nil }) {
            links[bare].passage = link.passage
        } else {
            links.append(link)
        }
    }

    /// Removes the links to a source (in one relation, or in all); refused when there is none.
    public mutating func unlink(source: String, relation: Relation?) throws(EditRefusal) {
        let count = links.count
        links.removeAll { $0.source == source && (relation == nil || $0.relation == relation) }
        guard links.count < count else {
            throw EditRefusal("claim \"\(id)\" has no link to source \"\(source)\"\(relation.map { " as \($0.rawValue)" } ?? "")")
        }
    }

    /// Removes one link exactly (one passage of a source, in one relation).
    public mutating func unlink(_ link: SourceLink) throws(EditRefusal) {
        guard let index = links.firstIndex(of: link) else {
            throw EditRefusal("claim \"\(id)\" has no such link to source \"\(link.source)\"")
        }
        links.remove(at: index)
    }

    /// The claim with one field (as a conflict names it) set to a value from a claims file.
    func setting(_ field: String, to value: JSONValue?) throws(EditRefusal) -> Claim {
        guard case .object(var fields) = json else { return self }
        if field == "anchor" {
            guard case .object(let anchor)? = value else { throw EditRefusal("the other side's place of the claim cannot be read") }
            for key in ItemMerger.anchorFields { fields[key] = anchor[key] }
        } else {
            fields[field] = value
        }
        do {
            return try Claim(json: .object(fields), path: [])
        } catch {
            throw EditRefusal("the other side's \(field) cannot be used: \(error.message)")
        }
    }
}
