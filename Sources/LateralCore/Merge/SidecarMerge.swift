/// A three-way merge of claims files, claim by claim and field by field, for two readers
/// saving the same file and for git's merge driver. `base` is the version both sides started
/// from. What only one side changed is taken; lists of notes, links, passages and history
/// keep what either side added and drop what either removed; a field that both sides changed
/// differently keeps our value and records a `Conflict` in the claim (or source), with the
/// other value, for a person to choose. Nothing either side wrote is lost.
public enum SidecarMerge {
    public struct Outcome: Sendable {
        public var sidecar: Sidecar
        /// How many conflicts this merge recorded.
        public var newConflicts: Int
    }

    public static func merge(base: Sidecar, ours: Sidecar, theirs: Sidecar) throws(JSONDecodingError) -> Outcome {
        let base = topFields(base), ours = topFields(ours), theirs = topFields(theirs)
        var merger = ItemMerger()
        let claims = merger.merge(base: items(base["claims"]), ours: items(ours["claims"]), theirs: items(theirs["claims"]),
                                  deletedField: Conflict.deletedClaim, renamesCollisions: true, mustKeep: [])
        let linked = Set(claims.flatMap { claim in items(claim["links"]).compactMap { $0["source"] } })
        let sources = merger.merge(base: items(base["sources"]), ours: items(ours["sources"]), theirs: items(theirs["sources"]),
                                   deletedField: Conflict.deletedSource, renamesCollisions: false, mustKeep: linked)
        var top = ours
        for key in Set(base.keys).union(ours.keys).union(theirs.keys) where key != "claims" && key != "sources" {
            // Fields of the file itself that both changed: ours stands; there is no place
            // to record a conflict at the top, and Lateral itself writes none but the version.
            if case .taken(let value) = pick(base[key], ours[key], theirs[key]) { top[key] = value }
        }
        let versions = [ours["version"], theirs["version"]].compactMap { $0?.intValue }
        top["version"] = .number(versions.max() ?? Sidecar.currentVersion)
        top["claims"] = .array(claims.map(JSONValue.object))
        top["sources"] = .array(sources.map(JSONValue.object))
        let sidecar = try Sidecar(json: .object(top), path: [])
        return Outcome(sidecar: sidecar, newConflicts: merger.newConflicts)
    }

    /// One field of three versions: the same on both sides, taken from the one side that
    /// changed it, or changed differently on both.
    enum Pick: Equatable {
        case taken(JSONValue?)
        case conflict
    }

    static func pick(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?) -> Pick {
        if ours == theirs || theirs == base { return .taken(ours) }
        if ours == base { return .taken(theirs) }
        return .conflict
    }

    private static func topFields(_ sidecar: Sidecar) -> [String: JSONValue] {
        guard case .object(let fields) = sidecar.json else { return [:] }
        return fields
    }

    static func items(_ value: JSONValue?) -> [[String: JSONValue]] {
        guard case .array(let elements)? = value else { return [] }
        return elements.compactMap { element in
            guard case .object(let fields) = element else { return nil }
            return fields
        }
    }
}

/// Merges lists of claims or sources matched by id, and each matched item field by field.
struct ItemMerger {
    private(set) var newConflicts = 0

    /// Lists merged as sets of whole elements rather than as one value.
    static let setFields: Set<String> = ["links", "notes", "history", "conflicts", "passages"]
    /// Lists kept in time order after a merge.
    static let timedFields: Set<String> = ["notes", "history"]
    /// The quote and the position say one thing, where the claim stands: merged together.
    static let anchorFields = ["quote", "position"]

    typealias Item = [String: JSONValue]

    mutating func merge(base: [Item], ours: [Item], theirs: [Item], deletedField: String,
                        renamesCollisions: Bool, mustKeep: Set<JSONValue>) -> [Item] {
        let baseByID = ItemMerger.byID(base), theirsByID = ItemMerger.byID(theirs)
        var usedIDs = Set(ours.compactMap { $0["id"] }).union(theirs.compactMap { $0["id"] })
        var kept: [Item] = []
        var inResult = Set<JSONValue>()
        // Theirs added with the id of a different item ours added: theirs gets a new id.
        var renamed: [JSONValue: JSONValue] = [:]
        for our in ours {
            guard let id = our["id"] else { continue }
            let original = baseByID[id]
            if let their = theirsByID[id] {
                if original == nil && renamesCollisions && ItemMerger.anchor(our) != ItemMerger.anchor(their) {
                    renamed[id] = ItemMerger.freshID(after: id, avoiding: &usedIDs)
                    kept.append(our)
                } else {
                    kept.append(mergeFields(base: original, ours: our, theirs: their))
                }
            } else if let original {
                // Theirs deleted it: gone, unless ours changed it meanwhile.
                guard our != original || mustKeep.contains(id) else { continue }
                kept.append(our != original ? recordDeletion(in: our, field: deletedField) : our)
            } else {
                kept.append(our)
            }
            inResult.insert(id)
        }
        // Theirs' additions follow the item they follow in theirs, so that a file kept in
        // text order stays in text order.
        var followers: [JSONValue?: [Item]] = [:]
        var previous: JSONValue?
        for var their in theirs {
            guard let id = their["id"] else { continue }
            if let newID = renamed[id] {
                their["id"] = newID
            } else if inResult.contains(id) {
                previous = id
                continue
            } else if let original = baseByID[id] {
                // Ours deleted it: gone, unless theirs changed it meanwhile.
                guard their != original || mustKeep.contains(id) else { continue }
                if their != original { their = recordDeletion(in: their, field: deletedField) }
            }
            followers[previous, default: []].append(their)
            previous = their["id"]
            inResult.insert(their["id"]!)
        }
        var result: [Item] = []
        result.reserveCapacity(kept.count)
        func emit(after id: JSONValue?) {
            for follower in followers.removeValue(forKey: id) ?? [] {
                result.append(follower)
                emit(after: follower["id"])
            }
        }
        emit(after: nil)
        for item in kept {
            result.append(item)
            emit(after: item["id"])
        }
        return result
    }

    /// One claim or source changed on both sides, field by field.
    mutating func mergeFields(base: Item?, ours: Item, theirs: Item) -> Item {
        guard ours != theirs else { return ours }
        var result = ours
        var conflicts: [Conflict] = []
        let ourStamp = ItemMerger.stamp(ours), theirStamp = ItemMerger.stamp(theirs)
        func conflict(_ field: String, _ kept: JSONValue?, _ other: JSONValue?) {
            conflicts.append(Conflict(field: field, kept: ConflictSide(value: kept, author: ourStamp?.author, time: ourStamp?.time),
                                      other: ConflictSide(value: other, author: theirStamp?.author, time: theirStamp?.time)))
        }
        let ourAnchor = ItemMerger.anchor(ours), theirAnchor = ItemMerger.anchor(theirs)
        switch SidecarMerge.pick(base.flatMap(ItemMerger.anchor), ourAnchor, theirAnchor) {
        case .taken(let anchor):
            guard case .object(let fields)? = anchor else { break }
            for field in ItemMerger.anchorFields { result[field] = fields[field] }
        case .conflict:
            conflict("anchor", ourAnchor, theirAnchor)
        }
        let keys = Set(ours.keys).union(theirs.keys).union(base?.keys ?? [:].keys)
        for key in keys.sorted() where !ItemMerger.anchorFields.contains(key) {
            let original = base?[key], our = ours[key], their = theirs[key]
            guard our != their else { continue }
            switch key {
            case _ where ItemMerger.setFields.contains(key):
                result[key] = ItemMerger.mergeSet(original, our, their, timed: ItemMerger.timedFields.contains(key))
            case "modified":
                result[key] = [our, their].compactMap(\.self).max { ItemMerger.time($0) < ItemMerger.time($1) }
            case "created":
                result[key] = our ?? their
            default:
                switch SidecarMerge.pick(original, our, their) {
                case .taken(let value): result[key] = value
                case .conflict: conflict(key, our, their)
                }
            }
        }
        if !conflicts.isEmpty {
            newConflicts += conflicts.count
            let existing = SidecarMerge.items(result["conflicts"]).map(JSONValue.object)
            result["conflicts"] = .array(existing + conflicts.map(\.json))
        }
        return result
    }

    /// Keeps a claim or source that one side deleted and the other changed, saying so.
    private mutating func recordDeletion(in item: Item, field: String) -> Item {
        var item = item
        let stamp = ItemMerger.stamp(item)
        let conflict = Conflict(field: field, kept: ConflictSide(value: item["id"], author: stamp?.author, time: stamp?.time),
                                other: ConflictSide(value: nil))
        item["conflicts"] = .array(SidecarMerge.items(item["conflicts"]).map(JSONValue.object) + [conflict.json])
        newConflicts += 1
        return item
    }

    /// What either side added is kept, what either side removed goes.
    static func mergeSet(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, timed: Bool) -> JSONValue {
        func elements(_ value: JSONValue?) -> [JSONValue] {
            guard case .array(let elements)? = value else { return [] }
            return elements
        }
        let original = Set(elements(base)), ourSet = Set(elements(ours)), theirSet = Set(elements(theirs))
        var merged = elements(ours).filter { !original.contains($0) || theirSet.contains($0) }
        merged += elements(theirs).filter { !ourSet.contains($0) && !original.contains($0) }
        if timed {
            // Stable: entries of the same second stay in the order they were written.
            merged = merged.enumerated().sorted { (time($0.element), $0.offset) < (time($1.element), $1.offset) }.map(\.element)
        }
        return .array(merged)
    }

    private static func byID(_ items: [Item]) -> [JSONValue: Item] {
        var byID: [JSONValue: Item] = [:]
        for item in items { if let id = item["id"], byID[id] == nil { byID[id] = item } }
        return byID
    }

    /// The quote and position together, as one value.
    static func anchor(_ item: Item) -> JSONValue? {
        let fields = anchorFields.compactMap { field in item[field].map { (field, $0) } }
        return fields.isEmpty ? nil : .object(Dictionary(uniqueKeysWithValues: fields))
    }

    private static func stamp(_ item: Item) -> (author: String?, time: String?)? {
        guard case .object(let fields)? = item["modified"] else { return nil }
        return (string(fields["author"]), string(fields["time"]))
    }

    private static func time(_ value: JSONValue) -> String {
        guard case .object(let fields) = value else { return "" }
        return string(fields["time"]) ?? ""
    }

    private static func string(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value else { return nil }
        return text
    }

    /// `c12` → the first of `c12-2`, `c12-3`, … not taken.
    private static func freshID(after id: JSONValue, avoiding used: inout Set<JSONValue>) -> JSONValue {
        let stem = string(id) ?? "claim"
        var number = 2
        while used.contains(.string("\(stem)-\(number)")) { number += 1 }
        let fresh = JSONValue.string("\(stem)-\(number)")
        used.insert(fresh)
        return fresh
    }
}

extension SidecarFile {
    /// git's merge driver: merges three versions of a claims file and writes the result over
    /// `ours`, which is left as it was when a version cannot be read.
    public static func mergeFiles(base: String, ours: String, theirs: String) throws(FileProblem) -> SidecarMerge.Outcome {
        var versions: [Sidecar] = []
        var ourBytes: [UInt8] = []
        for path in [base, ours, theirs] {
            let bytes = try TextFile.readBytes(path)
            if path == ours { ourBytes = bytes }
            // git gives an empty ancestor when both sides added the file.
            versions.append(bytes.isEmpty ? Sidecar() : try decode(bytes, path: path))
        }
        let outcome: SidecarMerge.Outcome
        do throws(JSONDecodingError) {
            outcome = try SidecarMerge.merge(base: versions[0], ours: versions[1], theirs: versions[2])
        } catch {
            throw FileProblem(path: ours, message: "cannot merge: \(error.message)")
        }
        try SafeWriter.write(encode(outcome.sidecar), to: ours, expecting: ourBytes)
        return outcome
    }
}
