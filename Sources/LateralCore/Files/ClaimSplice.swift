/// A change to a few claims of a claims file, written by replacing those claims' bytes alone.
/// The file is located claim by claim (checked against JSON's grammar, not decoded), so that a
/// note on one claim of 50,000 costs one scan and one write, not a decode and an encode of the
/// whole file; the rest of the file is carried byte for byte, and each replaced claim is
/// written as `SidecarFile.encode` writes it.
public enum ClaimSplice {
    /// Claims are elements of the top-level `claims` list: four spaces in.
    static let claimIndent = 4

    /// Where a claims file's claims are, and what its top level holds besides them.
    struct Layout {
        /// The top-level object with its `claims` list left empty.
        var top: JSONValue
        var claims: [JSONParser.LocatedElement]

        init?(_ bytes: [UInt8]) {
            // Offsets count a byte-order mark, which JSON does not.
            let skipped = TextFile.byteOrderMarkLength(bytes)
            guard let (top, located) = try? JSONParser.parse(skipped == 0 ? bytes : Array(bytes.dropFirst(skipped)), locating: ["claims"]),
                  let claims = located["claims"] else { return nil }
            self.top = top
            self.claims = claims.map { .init(range: $0.range.lowerBound + skipped..<$0.range.upperBound + skipped, id: $0.id) }
        }
    }

    /// The bytes of a file that holds `base` once it holds `sidecar` instead, when the two
    /// differ only inside claims (same claims in the same order, same sources and top level);
    /// nil otherwise, or when `bytes` is not such a file.
    static func bytes(of sidecar: Sidecar, replacing base: Sidecar, in bytes: [UInt8]) -> [UInt8]? {
        pieces(of: sidecar, replacing: base, in: bytes).map { pieces in
            var out: [UInt8] = []
            out.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
            for piece in pieces { out.append(contentsOf: piece) }
            return out
        }
    }

    /// The same as pieces to write one after the other, the bytes kept not copied.
    static func pieces(of sidecar: Sidecar, replacing base: Sidecar, in bytes: [UInt8]) -> [ArraySlice<UInt8>]? {
        guard sidecar.claims.count == base.claims.count, sidecar.sources == base.sources, sidecar.version == base.version,
              sidecar.extra == base.extra else { return nil }
        // In place, so that no claim is copied to be compared (50,000 copies took 20 ms).
        var changed: [Int] = []
        let sameClaims = sidecar.claims.withUnsafeBufferPointer { new in
            base.claims.withUnsafeBufferPointer { old in
                for index in new.indices {
                    guard new[index].id == old[index].id else { return false }
                    if new[index] != old[index] { changed.append(index) }
                }
                return true
            }
        }
        guard sameClaims else { return nil }
        guard !changed.isEmpty else { return [bytes[...]] }
        guard let layout = Layout(bytes), layout.claims.count == base.claims.count,
              changed.allSatisfy({ layout.claims[$0].id == base.claims[$0].id }) else { return nil }
        return pieces(replacing: Dictionary(uniqueKeysWithValues: changed.map { ($0, sidecar.claims[$0]) }), in: bytes, layout: layout)
    }

    /// `bytes` with the claims at some places of its `claims` list written anew.
    static func replacing(_ claims: [Int: Claim], in bytes: [UInt8], layout: Layout) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4096)
        for piece in pieces(replacing: claims, in: bytes, layout: layout) { out.append(contentsOf: piece) }
        return out
    }

    /// The same as pieces to write one after the other: the bytes kept are not copied.
    static func pieces(replacing claims: [Int: Claim], in bytes: [UInt8], layout: Layout) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var copied = 0
        for index in claims.keys.sorted() {
            let range = layout.claims[index].range
            pieces.append(bytes[copied..<range.lowerBound])
            pieces.append(JSONWriter.fragment(claims[index]!.json, indent: claimIndent)[...])
            copied = range.upperBound
        }
        pieces.append(bytes[copied...])
        return pieces
    }
}
