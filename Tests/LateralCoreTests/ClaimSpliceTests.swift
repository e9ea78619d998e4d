import Foundation
import Testing
@testable import LateralCore

/// A change to a few claims written as those claims' bytes alone: the same file as writing it
/// whole, the rest carried byte for byte, and the whole write whenever the change is more.
struct ClaimSpliceTests {
    /// The file a splice writes, whole.
    static func splicedBytes(_ sidecar: Sidecar, replacing base: Sidecar, in bytes: [UInt8]) -> [UInt8]? {
        ClaimSplice.splice(sidecar, replacing: base, in: bytes, places: nil).map { Array($0.pieces.joined()) }
    }

    static let stamp = Stamp(author: "ben", time: "2026-11-25T12:00:00Z")

    static func sidecar(claims count: Int) -> Sidecar {
        var sidecar = SidecarRoundTripTests.sample
        let template = sidecar.claims[0]
        sidecar.claims = (1...count).map { number in
            var claim = template
            claim.id = "c\(number)"
            claim.rationale = "Reason \(number), with \"quotes\", a \\ and a line\nend; 北京 👩🏽‍💻."
            return claim
        }
        return sidecar
    }

    @Test func locatingFindsEveryElementAndItsID() throws {
        let bytes = SidecarFile.encode(Self.sidecar(claims: 3))
        let (top, located) = try JSONParser.parse(bytes, locating: ["claims"])
        let claims = try #require(located["claims"])
        #expect(claims.map(\.id) == ["c1", "c2", "c3"])
        for (index, element) in claims.enumerated() {
            let json = try JSONParser.parse(Array(bytes[element.range]))
            #expect(try Claim(json: json, path: []) == Self.sidecar(claims: 3).claims[index])
        }
        guard case .object(let fields) = top else { Issue.record("not an object"); return }
        #expect(fields["claims"] == .array([]) && fields["sources"] != nil)
    }

    @Test func locatingChecksTheGrammarItSkips() {
        for broken in [#"{"claims": [{"id": "c1", "x": [1, 2,]}]}"#, #"{"claims": [{"id": "c1" "x": 1}]}"#,
                       #"{"claims": [{"id": "c1", "x": "\q"}]}"#, #"{"claims": [{"id": "c1", "x": 01}]}"#,
                       "{\"claims\": [{\"id\": \"c1\", \"x\": \"a\u{01}b\"}]}", #"{"claims": [{"id": "c1", "x": "open}]}"#] {
            #expect(throws: JSONParser.Failure.self, "\(broken)") { try JSONParser.parse(Array(broken.utf8), locating: ["claims"]) }
        }
    }

    @Test func aChangedClaimIsWrittenAsTheWholeFileWouldBe() throws {
        let base = Self.sidecar(claims: 40)
        let bytes = SidecarFile.encode(base)
        var changed = base
        _ = try changed.editClaim(id: "c7", stamp: Self.stamp, summary: "") { $0.addNote("A note\twith a tab.", stamp: Self.stamp) }
        _ = try changed.editClaim(id: "c40", stamp: Self.stamp, summary: "") { $0.setVerdict(.false, stamp: Self.stamp) }
        let spliced = try #require(Self.splicedBytes(changed, replacing: base, in: bytes))
        #expect(spliced == SidecarFile.encode(changed), "not the bytes of the whole file written")
        #expect(Self.splicedBytes(base, replacing: base, in: bytes) == bytes)
    }

    @Test func whatIsNotTheClaimsOwnIsKeptByteForByte() throws {
        // Written by hand: other spacing, a byte-order mark, a field Lateral does not know.
        let text = "\u{FEFF}{\"version\":1,\"x-desk\":\"politics\",\"sources\":[],\"claims\":[ {\"id\":\"c1\",\"quote\":{\"exact\":\"Hello\"},\"position\":{\"start\":0,\"end\":5}} ,{\"id\":\"c2\",\"quote\":{\"exact\":\"brave\"},\"position\":{\"start\":6,\"end\":11}}]}"
        let bytes = Array(text.utf8)
        let base = try SidecarFile.decode(bytes, path: "hand.claims.json")
        var changed = base
        _ = try changed.editClaim(id: "c2", stamp: Self.stamp, summary: "") { $0.rationale = "Seen." }
        let spliced = try #require(Self.splicedBytes(changed, replacing: base, in: bytes))
        let result = String(decoding: spliced, as: UTF8.self)
        #expect(result.hasPrefix("\u{FEFF}{\"version\":1,\"x-desk\":\"politics\",\"sources\":[],\"claims\":[ {\"id\":\"c1\",\"quote\":{\"exact\":\"Hello\"},\"position\":{\"start\":0,\"end\":5}} ,{\n"))
        #expect(result.hasSuffix("\n    }]}"))
        #expect(try SidecarFile.decode(spliced, path: "hand.claims.json") == changed)
    }

    @Test func moreThanChangedClaimsIsWrittenWhole() throws {
        let base = Self.sidecar(claims: 3)
        let bytes = SidecarFile.encode(base)
        var added = base
        added.claims.append(Self.sidecar(claims: 4).claims[3])
        var source = base
        source.sources[0].title = "Other"
        var reordered = base
        reordered.claims.swapAt(0, 1)
        for other in [added, source, reordered] { #expect(Self.splicedBytes(other, replacing: base, in: bytes) == nil) }
    }

    @Test func oneClaimIsUpdatedInItsFileAlone() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.claims.json"
        let base = Self.sidecar(claims: 5)
        try Data(SidecarFile.encode(base)).write(to: URL(fileURLWithPath: path))

        let byNumber = try OneClaimUpdate.run(claimsFile: path, claim: "3", stamp: Self.stamp) { $0.addNote("Third.", stamp: Self.stamp) }
        #expect(byNumber == .done(id: "c3", changed: true))
        var expected = base
        _ = try expected.editClaim(id: "c3", stamp: Self.stamp, summary: "") { $0.addNote("Third.", stamp: Self.stamp) }
        #expect(try TextFile.readBytes(path) == SidecarFile.encode(expected), "not the bytes of the whole file written")

        let same = try OneClaimUpdate.run(claimsFile: path, claim: "c3", stamp: Self.stamp) { _ in }
        #expect(same == .done(id: "c3", changed: false))
        let refused = try OneClaimUpdate.run(claimsFile: path, claim: "c1", stamp: Self.stamp) { _ throws(EditRefusal) in throw EditRefusal("no") }
        #expect(refused == .refused(EditRefusal("no")))
        #expect(try OneClaimUpdate.run(claimsFile: path, claim: "c9", stamp: Self.stamp) { _ in } == .refused(.noSuchClaim("c9")))
        #expect(try OneClaimUpdate.run(claimsFile: path, claim: "99", stamp: Self.stamp) { _ in } == .refused(.noSuchClaim("99")))
        #expect(try OneClaimUpdate.run(claimsFile: folder + "/none.claims.json", claim: "c1", stamp: Self.stamp) { _ in } == .readWhole)

        // A file Lateral cannot read as a whole is left to the whole read, which says why.
        var twice = base
        twice.claims[1].id = "c1"
        try Data(SidecarFile.encode(twice)).write(to: URL(fileURLWithPath: path))
        #expect(try OneClaimUpdate.run(claimsFile: path, claim: "c3", stamp: Self.stamp) { _ in } == .readWhole)
        try Data(SidecarFile.encode(Sidecar(version: 99, claims: base.claims))).write(to: URL(fileURLWithPath: path))
        #expect(try OneClaimUpdate.run(claimsFile: path, claim: "c3", stamp: Self.stamp) { _ in } == .readWhole)
    }

    /// Each place's bytes, parsed, are the claim at that index.
    static func expectPlaces(_ places: [Range<Int>]?, of sidecar: Sidecar, in bytes: [UInt8], _ comment: Comment) throws {
        let places = try #require(places, comment)
        #expect(places.count == sidecar.claims.count, comment)
        for (place, claim) in zip(places, sidecar.claims) {
            #expect(try Claim(json: JSONParser.parse(Array(bytes[place])), path: []) == claim, comment)
        }
    }

    @Test func theReadersSavesKnowWhereEachClaimStandsWithoutLookingForIt() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.claims.json"
        var sidecar = Self.sidecar(claims: 30)
        // With a byte-order mark, which places count, and read in small pieces.
        try Data([0xEF, 0xBB, 0xBF] + SidecarFile.encode(sidecar)).write(to: URL(fileURLWithPath: path))
        let read = try #require(StreamedClaimsFile.read(path, chunkSize: 7))
        #expect(read.sidecar == sidecar)
        try Self.expectPlaces(read.claimPlaces, of: sidecar, in: try TextFile.readBytes(path), "as read")

        var places: [Range<Int>]? = read.claimPlaces
        var digest: ContentDigest? = read.digest
        for (round, ids) in [["c2"], ["c1", "c30"], ["c15"]].enumerated() {
            var changed = sidecar
            for id in ids {
                _ = try changed.editClaim(id: id, stamp: Self.stamp, summary: "") { $0.addNote("Note \(round) on \(id).", stamp: Self.stamp) }
            }
            let saved = try SidecarFile.save(changed, to: path, base: sidecar, baseDigest: digest, basePlaces: places)
            let bytes = try TextFile.readBytes(path)
            #expect(bytes == [0xEF, 0xBB, 0xBF] + SidecarFile.encode(changed), "round \(round)")
            try Self.expectPlaces(saved.claimPlaces, of: changed, in: bytes, "round \(round)")
            (sidecar, places, digest) = (changed, saved.claimPlaces, saved.digest)
        }

        // Places that do not fit the file are not trusted: it is scanned instead. Shifted, the
        // place of another claim (braces and all), an empty one, two out of order.
        var known = try #require(places)
        let wrongs: [([Range<Int>]) -> [Range<Int>]] = [
            { known in known.map { ($0.lowerBound + 1)..<($0.upperBound + 1) } },
            { known in var places = known; places[2] = places[3]; return places },
            { known in var places = known; places[2] = places[2].lowerBound..<places[2].lowerBound; return places },
            { known in var places = known; places.swapAt(1, 2); return places },
            // In order and apart, but from the third on each one claim further: the changed
            // claim's place holds the next claim.
            { known in var places = known; places[2...] = known[3...] + [known.last!.upperBound..<(known.last!.upperBound + 1)]; return places },
        ]
        for (round, makeWrong) in wrongs.enumerated() {
            let wrong = makeWrong(known)
            #expect(!ClaimSplice.placesFit(wrong, base: sidecar, changed: [2], in: try TextFile.readBytes(path)), "wrong places \(round)")
            var changed = sidecar
            _ = try changed.editClaim(id: "c3", stamp: Self.stamp, summary: "") { $0.rationale = "Other \(round)." }
            let saved = try SidecarFile.save(changed, to: path, base: sidecar, baseDigest: digest, basePlaces: wrong)
            let bytes = try TextFile.readBytes(path)
            #expect(try SidecarFile.decode(bytes, path: path) == changed, "wrong places \(round)")
            try Self.expectPlaces(saved.claimPlaces, of: changed, in: bytes, "after wrong places \(round)")
            (sidecar, digest) = (changed, saved.digest)
            known = try #require(saved.claimPlaces)
        }
    }
}
