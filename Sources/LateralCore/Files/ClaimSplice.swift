import FoundationEssentials

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
            let json = skipped == 0 ? bytes : Array(bytes.dropFirst(skipped))
            guard let (top, located) = try? JSONParser.parse(json, locating: ["claims"], partStarts: Layout.partStarts(in: json)),
                  let claims = located["claims"] else { return nil }
            self.top = top
            self.claims = claims.map { .init(range: $0.range.lowerBound + skipped..<$0.range.upperBound + skipped, id: $0.id) }
        }

        /// Where parsers on the other cores may begin locating a large file's claims: at the first
        /// claim after each equal share of the file, found as Lateral writes claims (`},` at the
        /// end of a line, the next `{` alone on its line, four spaces in). A file laid out
        /// otherwise is located by one parser. Each share is a megabyte or more, so that a thread
        /// is not started for less work than it costs.
        static func partStarts(in bytes: [UInt8]) -> [Int] {
            let parts = min(ProcessInfo.processInfo.activeProcessorCount, 4, bytes.count >> 20)
            guard parts > 1 else { return [] }
            let opening = Array(String(repeating: " ", count: ClaimSplice.claimIndent).utf8) + [UInt8(ascii: "{"), UInt8(ascii: "\n")]
            var starts: [Int] = []
            for part in 1..<parts {
                var position = max(bytes.count / parts * part, (starts.last ?? 0) + 1)
                while let newline = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) {
                    let line = newline + 1
                    if newline > 0, bytes[newline - 1] == UInt8(ascii: ","), bytes[line...].starts(with: opening) {
                        starts.append(line + ClaimSplice.claimIndent)
                        break
                    }
                    position = line
                }
            }
            return starts
        }
    }

    /// What a splice writes, as pieces to write one after the other (the bytes kept are not
    /// copied), and where each claim then stands in the file written.
    struct Spliced {
        var pieces: [ArraySlice<UInt8>]
        var places: [Range<Int>]?
    }

    /// What a file that holds `base` is once it holds `sidecar` instead, when the two differ
    /// only inside claims (same claims in the same order, same sources and top level); nil
    /// otherwise, or when `bytes` is not such a file. `places`, when known, are where the
    /// claims of `base` stand in `bytes` (the reader keeps them from its reading of the file,
    /// whose digest tells that `bytes` are that file), so that the file need not be scanned.
    static func splice(_ sidecar: Sidecar, replacing base: Sidecar, in bytes: [UInt8], places known: [Range<Int>]?) -> Spliced? {
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
        guard !changed.isEmpty else { return Spliced(pieces: [bytes[...]], places: known) }
        let places: [Range<Int>]
        if let known, placesFit(known, base: base, changed: changed, in: bytes) {
            places = known
        } else {
            guard let layout = Layout(bytes), layout.claims.count == base.claims.count,
                  changed.allSatisfy({ layout.claims[$0].id == base.claims[$0].id }) else { return nil }
            places = layout.claims.map(\.range)
        }
        return spliced(Dictionary(uniqueKeysWithValues: changed.map { ($0, sidecar.claims[$0]) }), in: bytes, places: places)
    }

    /// Whether places kept from an earlier reading are where `base`'s claims stand in `bytes`:
    /// one per claim, in order, apart and inside the file, and each changed claim's place
    /// holding exactly that claim as `base` has it (the few changed ones are read; a wrong
    /// place would write a claim over another).
    static func placesFit(_ places: [Range<Int>], base: Sidecar, changed: [Int], in bytes: [UInt8]) -> Bool {
        guard places.count == base.claims.count else { return false }
        var previousEnd = 0
        for place in places {
            guard place.lowerBound >= previousEnd, place.upperBound <= bytes.count, !place.isEmpty else { return false }
            previousEnd = place.upperBound
        }
        return changed.allSatisfy { index in
            guard let json = try? JSONParser.parse(Array(bytes[places[index]])),
                  let claim = try? Claim(json: json, path: [.key("claims"), .index(index)]) else { return false }
            return claim == base.claims[index]
        }
    }

    /// `bytes`, whose claims stand at `places`, with the claims at some of those places written
    /// anew.
    static func spliced(_ claims: [Int: Claim], in bytes: [UInt8], places: [Range<Int>]) -> Spliced {
        var pieces: [ArraySlice<UInt8>] = []
        var newPlaces = places
        var copied = 0
        var shift = 0
        for index in places.indices {
            let range = places[index]
            guard let claim = claims[index] else {
                newPlaces[index] = (range.lowerBound + shift)..<(range.upperBound + shift)
                continue
            }
            let fragment = JSONWriter.fragment(claim.json, indent: claimIndent)
            pieces.append(bytes[copied..<range.lowerBound])
            pieces.append(fragment[...])
            copied = range.upperBound
            newPlaces[index] = (range.lowerBound + shift)..<(range.lowerBound + shift + fragment.count)
            shift += fragment.count - range.count
        }
        pieces.append(bytes[copied...])
        return Spliced(pieces: pieces, places: newPlaces)
    }
}
