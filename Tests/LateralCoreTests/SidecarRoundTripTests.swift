import Foundation
import Testing
@testable import LateralCore

struct SidecarRoundTripTests {
    static let sample = Sidecar(
        sources: [Source(id: "advisory", title: "Guidance", publisher: "US Department of State", date: "2022-05-16",
                         url: "https://example.org/a", kind: .primary,
                         passages: [Passage(id: "p1", exact: "thousands of IT workers", location: "p. 1")])],
        claims: [Claim(id: "c1", quote: QuoteSelector(exact: "Hello", prefix: "", suffix: " brave"),
                       position: PositionSelector(start: 0, end: 5), claimant: "CNN", verdict: .mostlyTrue,
                       attribution: .confirmed, rationale: "Because.",
                       links: [SourceLink(source: "advisory", relation: .supports, passage: "p1")],
                       notes: [Note(author: "ana", time: "2026-11-25T10:00:00Z", text: "Checked twice.")],
                       created: Stamp(author: "ana", time: "2026-11-25T09:00:00Z"))])

    @Test func writtenFileRoundTripsByteForByte() throws {
        let bytes = SidecarFile.encode(Self.sample)
        let decoded = try SidecarFile.decode(bytes, path: "sample.claims.json")
        #expect(decoded == Self.sample)
        #expect(SidecarFile.encode(decoded) == bytes)
    }

    @Test func keysAreSortedOnePerLine() {
        let text = String(decoding: SidecarFile.encode(Self.sample), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        // The claim's own fields stand at six spaces' indent, between "claims" and "sources".
        let claimSection = text.components(separatedBy: "\"sources\" :")[0]
        let names = claimSection.split(separator: "\n").filter { $0.hasPrefix("      \"") }
            .map { String($0.split(separator: "\"")[0 + 1]) }
        #expect(names == ["attribution", "claimant", "created", "id", "links", "notes", "position", "quote", "rationale", "verdict"])
        #expect(text.firstRange(of: "\"claims\"")!.lowerBound < text.firstRange(of: "\"sources\"")!.lowerBound)
        #expect(text.contains("\"url\" : \"https://example.org/a\""))
    }

    @Test func unknownFieldsSurviveLoadAndSave() throws {
        let text = """
            {
              "version": 1,
              "x-team": {"desk": "politics", "ids": [1, 2.5, null, true, 12345678901234567890, 0.1]},
              "sources": [{"id": "s", "title": "T", "kind": "primary", "x-rating": 3}],
              "claims": [{"id": "c", "quote": {"exact": "a", "type": "TextQuoteSelector"},
                          "position": {"start": 0, "end": 1, "type": "TextPositionSelector"},
                          "notes": [{"author": "a", "time": "t", "text": "n", "id": "n1"}],
                          "created": {"author": "a", "time": "t", "tool": "hypothesis"},
                          "x-flag": false, "links": [{"source": "s", "relation": "cites", "x-why": "quoted"}]}]
            }
            """
        let sidecar = try SidecarFile.decode(Array(text.utf8), path: "t.claims.json")
        #expect(sidecar.extra["x-team"] == .object(["desk": .string("politics"),
                                                    "ids": .array([.number(1), .number(literal: "2.5"), .null, .bool(true),
                                                                   .number(literal: "12345678901234567890"),
                                                                   .number(literal: "0.1")])]))
        #expect(sidecar.sources[0].extra["x-rating"] == .number(3))
        #expect(sidecar.claims[0].extra["x-flag"] == .bool(false))
        #expect(sidecar.claims[0].links[0].extra["x-why"] == .string("quoted"))
        #expect(sidecar.claims[0].quote.extra["type"] == .string("TextQuoteSelector"))
        #expect(sidecar.claims[0].position.extra["type"] == .string("TextPositionSelector"))
        #expect(sidecar.claims[0].notes[0].extra["id"] == .string("n1"))
        #expect(sidecar.claims[0].created?.extra["tool"] == .string("hypothesis"))
        let saved = SidecarFile.encode(sidecar)
        #expect(String(decoding: saved, as: UTF8.self).contains("12345678901234567890,"))
        let reloaded = try SidecarFile.decode(saved, path: "t.claims.json")
        #expect(reloaded == sidecar)
        #expect(SidecarFile.encode(reloaded) == saved)
    }

    /// Numbers Lateral does not use are written back as they were written, whatever a Double
    /// would make of them.
    @Test(arguments: ["1.0000000000000001", "-0.0", "1e128", "-1E-400", "123456789012345678901234567890", "0.10"])
    func numbersAreKeptDigitForDigit(literal: String) throws {
        let text = "{\"version\": 1, \"x\": [\(literal)]}"
        let sidecar = try SidecarFile.decode(Array(text.utf8), path: "n.claims.json")
        #expect(sidecar.extra["x"] == .array([.number(literal: literal)]))
        #expect(String(decoding: SidecarFile.encode(sidecar), as: UTF8.self).contains("    \(literal)\n"))
    }

    /// Files from other tools: a byte-order mark, and whole numbers written as floats.
    @Test func aByteOrderMarkAndFloatWholeNumbersAreRead() throws {
        let text = "\u{FEFF}{\"version\": 1.0, \"claims\": [{\"id\": \"c\", \"quote\": {\"exact\": \"a\"}, \"position\": {\"start\": 0, \"end\": 1e0}}]}"
        let sidecar = try SidecarFile.decode(Array(text.utf8), path: "b.claims.json")
        #expect(sidecar.claims.first?.position.end == 1)
        let broken = "\u{FEFF}{\"version\": 1,\n \"claims\": [}"
        let error = #expect(throws: FileProblem.self) { try SidecarFile.decode(Array(broken.utf8), path: "b.claims.json") }
        #expect(error?.line == 2 && error?.column == 13)
        #expect(JSONValue.number(literal: "1.5").intValue == nil)
    }

    /// The sample library's claims file, written by Foundation's encoder, is written back
    /// byte for byte by Lateral's own writer.
    @Test func sampleClaimsFileIsWrittenBackByteForByte() throws {
        let path = Fixtures.repositoryRoot + "/Articles/north-korean-it-workers.claims.json"
        let file = try SidecarFile.read(path)
        #expect(SidecarFile.encode(file.sidecar) == file.originalBytes)
    }

    @Test func writerMatchesFoundationsLayoutAndEscapes() {
        let value = JSONValue.object(["b": .array([]), "a": .object([:]), "é": .string("\u{1}\u{8}\t\n\"\\/\u{7F}\u{2028}😀"),
                                      "e\u{301}x": .number(1), "Z": .array([.null, .bool(true)])])
        let expected = """
            {
              "Z" : [
                null,
                true
              ],
              "a" : {

              },
              "b" : [

              ],
              "e\u{301}x" : 1,
              "é" : "\\u0001\\b\\t\\n\\"\\\\/\u{7F}\u{2028}😀"
            }

            """
        #expect(String(decoding: JSONWriter.write(value), as: UTF8.self) == expected)
    }

    /// A claims file that is a link stays a link, and its target gets the new content.
    @Test func saveWritesThroughASymbolicLink() throws {
        let folder = Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/shared", withIntermediateDirectories: true)
        let target = folder + "/shared/a.claims.json"
        try Data(SidecarFile.encode(Self.sample)).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: folder + "/a.claims.json", withDestinationPath: "shared/a.claims.json")
        var file = try SidecarFile.read(folder + "/a.claims.json")
        file.sidecar.claims[0].verdict = .false
        try file.save()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/a.claims.json") == "shared/a.claims.json")
        #expect(try SidecarFile.read(target).sidecar.claims[0].verdict == .false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/shared") == ["a.claims.json"])
    }

    /// A file with another hard link is overwritten in place, so both names keep the content.
    @Test func saveKeepsHardLinks() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        try Data(SidecarFile.encode(Self.sample)).write(to: URL(fileURLWithPath: path))
        #expect(link(path, folder + "/backup.json") == 0)
        var file = try SidecarFile.read(path)
        file.sidecar.claims[0].verdict = .false
        try file.save()
        #expect(try SidecarFile.read(folder + "/backup.json").sidecar.claims[0].verdict == .false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.claims.json", "backup.json"])
    }

    /// Saved by root (or anyone allowed to), the file keeps its owner and group.
    @Test(.enabled(if: geteuid() == 0)) func saveKeepsTheOwner() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        try Data(SidecarFile.encode(Self.sample)).write(to: URL(fileURLWithPath: path))
        #expect(chown(path, 4321, 4322) == 0)
        var file = try SidecarFile.read(path)
        file.sidecar.claims[0].verdict = .false
        try file.save()
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_uid == 4321 && info.st_gid == 4322)
    }

    /// Another program emptied the file while this one changed a claim: the claim is kept,
    /// with a conflict saying one side deleted it; never overwritten silently.
    @Test func saveMergesWhenAnotherProgramChangedTheFile() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        try Data(SidecarFile.encode(Self.sample)).write(to: URL(fileURLWithPath: path))
        var file = try SidecarFile.read(path)
        try Data("{\"version\": 1}\n".utf8).write(to: URL(fileURLWithPath: path))
        file.sidecar.claims[0].verdict = .false
        let saved = try file.save()
        #expect(saved.merged && saved.newConflicts == 1)
        let claim = try SidecarFile.read(path).sidecar.claims[0]
        #expect(claim.verdict == .false && claim.conflicts.map(\.field) == [Conflict.deletedClaim])
    }

    @Test func saveStopsWhenTheFileOnDiskCannotBeRead() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        try Data(SidecarFile.encode(Self.sample)).write(to: URL(fileURLWithPath: path))
        var file = try SidecarFile.read(path)
        try Data("{\"version\": 1,\n".utf8).write(to: URL(fileURLWithPath: path))
        file.sidecar.claims[0].verdict = .false
        let error = #expect(throws: FileProblem.self) { try file.save() }
        #expect(error?.message.hasSuffix("the file was changed by another program and cannot be merged now; your change is kept and is written once the file can be read") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"version\": 1,\n")
    }

    @Test func saveWritesAndLeavesNoTemporaryFile() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        var file = SidecarFile(path: path, sidecar: Self.sample, originalBytes: nil)
        try file.save()
        file.sidecar.claims[0].verdict = .false
        try file.save()
        #expect(try SidecarFile.read(path).sidecar.claims[0].verdict == .false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.claims.json"])
        // A saved file keeps its permissions.
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        file.sidecar.claims[0].verdict = .true
        try file.save()
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }
}
