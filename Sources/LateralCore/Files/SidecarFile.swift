import FoundationEssentials

/// A sidecar as read from disk: its claims and sources, and the bytes it was read from, so
/// that a save can tell whether another program changed the file in the meantime.
public struct SidecarFile: Sendable {
    public var path: String
    public var sidecar: Sidecar
    /// The bytes on disk when it was read or last saved; nil for a sidecar that does not
    /// exist yet.
    public private(set) var originalBytes: [UInt8]?
    /// What those bytes hold: the common version a merge starts from.
    public private(set) var base: Sidecar

    public init(path: String, sidecar: Sidecar, originalBytes: [UInt8]?) {
        self.path = path
        self.sidecar = sidecar
        self.originalBytes = originalBytes
        base = originalBytes == nil ? Sidecar() : sidecar
    }

    public static let suffix = ".claims.json"

    /// `NAME.claims.json` beside `NAME.md`.
    public static func path(forArticle articlePath: String) -> String {
        // String surgery, not URL: a relative path stays relative in every message.
        let stem = articlePath.hasSuffix(".md") ? String(articlePath.dropLast(3)) : articlePath
        return stem + suffix
    }

    public static func read(_ path: String) throws(FileProblem) -> SidecarFile {
        let bytes = try TextFile.readBytes(path)
        return SidecarFile(path: path, sidecar: try decode(bytes, path: path), originalBytes: bytes)
    }

    /// The sidecar for an article, or an empty one when the article has none yet.
    public static func readOrEmpty(forArticle articlePath: String) throws(FileProblem) -> SidecarFile {
        let path = path(forArticle: articlePath)
        // A broken link is not "no claims file": reading it says what is wrong.
        guard FileKind.of(path).exists else {
            return SidecarFile(path: path, sidecar: Sidecar(), originalBytes: nil)
        }
        return try read(path)
    }

    static func decode(_ bytes: [UInt8], path: String) throws(FileProblem) -> Sidecar {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw FileProblem(path: path, line: 1, column: 1,
                              message: "file is empty; expected a JSON object with \"version\", \"sources\" and \"claims\"")
        }
        try TextFile.validateText(bytes, path: path)
        // A byte-order mark is not JSON; Foundation skipped it too.
        let skipped = TextFile.byteOrderMarkLength(bytes)
        let text = skipped == 0 ? bytes : Array(bytes.dropFirst(skipped))
        // Sources and claims are made one by one as they are read: a file of 50,000 claims is
        // never held as a whole tree of JSON values beside its models.
        var sources: [Source] = []
        var claims: [Claim] = []
        var elementError: JSONDecodingError?
        let json: JSONValue
        do throws(JSONParser.Failure) {
            json = try JSONParser.parse(text, streaming: ["sources", "claims"]) { key, index, element in
                guard elementError == nil else { return }
                let elementPath: JSONPath = [.key(key), .index(index)]
                do throws(JSONDecodingError) {
                    if key == "claims" {
                        claims.append(try Claim(json: element, path: elementPath))
                    } else {
                        sources.append(try Source(json: element, path: elementPath))
                    }
                } catch {
                    elementError = error
                }
            }
        } catch {
            throw FileProblem(path: path, at: TextLocation(byteOffset: error.offset + skipped, in: bytes),
                              message: error.message)
        }
        var sidecar: Sidecar
        do throws(JSONDecodingError) {
            // The top level first (its version decides whether the rest can be read at all).
            sidecar = try Sidecar(json: json, path: [])
            if let elementError { throw elementError }
        } catch {
            throw FileProblem(path: path, at: JSONSourceMap(bytes: bytes).location(of: error.path), message: error.message)
        }
        sidecar.sources = sources
        sidecar.claims = claims
        try checkIdentifiers(sidecar, bytes: bytes, path: path)
        return sidecar
    }

    /// Serialized as Lateral writes it: pretty-printed, sorted keys, a final newline.
    public static func encode(_ sidecar: Sidecar) -> [UInt8] {
        // The top level's own fields, then its lists written claim by claim.
        var top = sidecar
        top.sources = []
        top.claims = []
        guard case .object(var fields) = top.json else { return JSONWriter.write(sidecar.json) }
        fields["sources"] = nil
        fields["claims"] = nil
        return JSONWriter.write(object: fields, arrays: [
            "sources": JSONWriter.LazyArray(count: sidecar.sources.count) { sidecar.sources[$0].json },
            "claims": JSONWriter.LazyArray(count: sidecar.claims.count) { sidecar.claims[$0].json },
        ])
    }

    /// Writes the sidecar safely. If another program changed the file since it was read, its
    /// changes and these are merged (see `SidecarMerge`) and the merge is written and kept.
    @discardableResult
    public mutating func save() throws(FileProblem) -> SavedClaims {
        let saved = try SidecarFile.save(sidecar, to: path, base: base, baseDigest: ContentDigest(originalBytes))
        sidecar = saved.sidecar
        base = saved.sidecar
        originalBytes = saved.bytes
        return saved
    }

    /// Writes `sidecar` over the claims file at `path`, which held what `baseDigest` sums up
    /// (holding `base`) when it was read, merging in whatever another program wrote there since. Savers of one
    /// file take turns (a lock on its folder), so that two readers never write over each other.
    /// - Parameter basePlaces: where the claims of `base` stand in that file, when known.
    public static func save(_ sidecar: Sidecar, to path: String, base: Sidecar, baseDigest: ContentDigest?,
                            basePlaces: [Range<Int>]? = nil) throws(FileProblem) -> SavedClaims {
        let lock = FolderLock(of: SafeWriter.resolvedTarget(path))
        defer { lock.release() }
        let current: [UInt8]?
        switch FileKind.of(path) {
        case .missing: current = nil
        default: current = try TextFile.readBytes(path)
        }
        var saved = SavedClaims(sidecar: sidecar, pieces: [], claimPlaces: nil, digest: nil, merged: false, newConflicts: 0, recreated: false)
        if ContentDigest(current) != baseDigest, let current {
            let theirs: Sidecar
            do throws(FileProblem) {
                theirs = try decode(current, path: path)
            } catch {
                throw FileProblem(path: error.path, line: error.line, column: error.column,
                                  message: "\(error.message) — the file was changed by another program and cannot be merged now; your change is kept and is written once the file can be read")
            }
            do throws(JSONDecodingError) {
                let outcome = try SidecarMerge.merge(base: base, ours: sidecar, theirs: theirs)
                saved.sidecar = outcome.sidecar
                saved.newConflicts = outcome.newConflicts
                saved.merged = true
            } catch {
                throw FileProblem(path: path, message: "cannot merge with the changes another program made: \(error.message)")
            }
        }
        // Deleted while open: written again whole, so that nothing of it is lost.
        saved.recreated = current == nil && baseDigest != nil
        // Unchanged on disk: only the claims that changed are written anew.
        let spliced = saved.merged ? nil : current.flatMap { ClaimSplice.splice(saved.sidecar, replacing: base, in: $0, places: basePlaces) }
        saved.pieces = spliced?.pieces ?? [encode(saved.sidecar)[...]]
        saved.claimPlaces = spliced?.places
        try SafeWriter.write(pieces: saved.pieces, to: path, expecting: current)
        saved.digest = ContentDigest(pieces: saved.pieces)
        return saved
    }

    /// The line and column of a value in this file, for messages about it.
    public func location(of path: [JSONSourceMap.PathComponent]) -> TextLocation? {
        guard let originalBytes else { return nil }
        return JSONSourceMap(bytes: originalBytes).location(of: path)
    }

    private static func checkIdentifiers(_ sidecar: Sidecar, bytes: [UInt8], path: String) throws(FileProblem) {
        if let problem = identifierProblem(sidecar) {
            throw FileProblem(path: path, at: JSONSourceMap(bytes: bytes).location(of: problem.path), message: problem.message)
        }
    }

    /// A source or claim id used twice, or a position that is not a range: where, and what.
    static func identifierProblem(_ sidecar: Sidecar) -> (path: JSONPath, message: String)? {
        func firstDuplicate(_ ids: [String]) -> (index: Int, id: String)? {
            var seen = Set<String>()
            for (index, id) in ids.enumerated() where !seen.insert(id).inserted { return (index, id) }
            return nil
        }
        if let duplicate = firstDuplicate(sidecar.sources.map(\.id)) {
            return ([.key("sources"), .index(duplicate.index), .key("id")], "duplicate source id \"\(duplicate.id)\"; every source needs its own id")
        }
        if let duplicate = firstDuplicate(sidecar.claims.map(\.id)) {
            return ([.key("claims"), .index(duplicate.index), .key("id")], "duplicate claim id \"\(duplicate.id)\"; every claim needs its own id")
        }
        for (index, claim) in sidecar.claims.enumerated() {
            let position = claim.position
            if position.start < 0 || position.end < position.start {
                return ([.key("claims"), .index(index), .key("position")],
                        "claim \"\(claim.id)\": position start \(position.start) and end \(position.end) do not make a range; expected 0 <= start <= end")
            }
        }
        return nil
    }
}

/// What a save wrote.
public struct SavedClaims: Sendable {
    /// What the file holds now: the sidecar saved, merged with another program's changes if
    /// there were any.
    public var sidecar: Sidecar
    /// What was written, as the pieces it was written in (most of a large file is the bytes it
    /// held, a changed claim's new bytes between them).
    public var pieces: [ArraySlice<UInt8>]
    public var bytes: [UInt8] { Array(pieces.joined()) }
    /// Where each claim stands in the file written, when the save knew it (it spliced them).
    public var claimPlaces: [Range<Int>]?
    /// Worked out by the saver, off the reader's loop.
    public var digest: ContentDigest?
    /// Whether another program's changes were merged in.
    public var merged: Bool
    /// How many fields both changed differently (recorded in the file as conflicts).
    public var newConflicts: Int
    /// Whether the file had been deleted and was written again.
    public var recreated: Bool
}
