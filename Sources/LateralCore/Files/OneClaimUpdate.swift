/// One claim of a claims file changed without reading the others, for the command line: a note
/// or a verdict on one claim of a file of 50,000 is a scan and a write, not a decode and an
/// encode of the whole file. Done under the folder's lock, so that it cannot interleave with a
/// reader's save or another command.
public enum OneClaimUpdate {
    public enum Outcome: Sendable, Equatable {
        /// The claim, by its id, and whether the update changed it (and the file was written).
        case done(id: String, changed: Bool)
        case refused(EditRefusal)
        /// The file is not one this can change alone (none yet, not read cleanly, ids missing
        /// or repeated): read it whole, which also says what is wrong with it.
        case readWhole
    }

    /// - Parameter name: the claim's id, or its number in the file's order.
    public static func run(claimsFile path: String, claim name: String, stamp: Stamp,
                           _ update: (inout Claim) throws(EditRefusal) -> Void) throws(FileProblem) -> Outcome {
        let lock = FolderLock(of: SafeWriter.resolvedTarget(path))
        defer { lock.release() }
        guard FileKind.of(path) == .file, let bytes = try? TextFile.readBytes(path),
              (try? TextFile.validateText(bytes, path: path)) != nil,
              let layout = ClaimSplice.Layout(bytes),
              // The version and the top level must be ones Lateral reads.
              (try? Sidecar(json: layout.top, path: [])) != nil else { return .readWhole }
        let ids = layout.claims.compactMap(\.id)
        guard ids.count == layout.claims.count, Set(ids).count == ids.count else { return .readWhole }
        // A name the file does not have is said from the scan: decoding the other 50,000 claims
        // to say it took 0.7 s.
        guard let index = ids.firstIndex(of: name) ?? Int(name).flatMap({ ids.indices.contains($0 - 1) ? $0 - 1 : nil }) else {
            return .refused(.noSuchClaim(name))
        }
        let elementPath: JSONPath = [.key("claims"), .index(index)]
        guard let json = try? JSONParser.parse(Array(bytes[layout.claims[index].range])),
              var claim = try? Claim(json: json, path: elementPath) else { return .readWhole }
        do throws(EditRefusal) {
            guard try claim.update(stamp: stamp, update) else { return .done(id: claim.id, changed: false) }
        } catch {
            return .refused(error)
        }
        try SafeWriter.write(pieces: ClaimSplice.spliced([index: claim], in: bytes, places: layout.claims.map(\.range)).pieces, to: path, expecting: bytes)
        return .done(id: claim.id, changed: true)
    }
}
