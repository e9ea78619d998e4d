import Foundation
import Testing
@testable import LateralCore

/// A claims file read a piece at a time gives what reading it whole gives, however it is cut,
/// and gives up on whatever reading it whole would refuse, so that the whole read says why.
struct StreamedClaimsFileTests {
    static let goodFiles = [
        Fixtures.repositoryRoot + "/Articles/north-korean-it-workers.claims.json",
        Fixtures.repositoryRoot + "/Tests/Fixtures/Library/hostile.claims.json",
        Fixtures.repositoryRoot + "/Tests/Fixtures/Library/scripts.claims.json",
        Fixtures.repositoryRoot + "/Tests/Fixtures/Library/orphans.claims.json",
        Fixtures.repositoryRoot + "/Tests/Fixtures/Library/long-line.claims.json",
    ]

    @Test(arguments: [1, 2, 7, 64, 4096, StreamedClaimsFile.chunkSize])
    func everyCutGivesTheWholeReadsClaimsAndDigest(chunkSize: Int) throws {
        for path in Self.goodFiles {
            let whole = try SidecarFile.read(path)
            let streamed = try #require(StreamedClaimsFile.read(path, chunkSize: chunkSize), "\(path)")
            #expect(streamed.sidecar == whole.sidecar, "\(path)")
            #expect(streamed.digest == ContentDigest(try TextFile.readBytes(path)), "\(path)")
        }
    }

    @Test func writtenByHandWithAByteOrderMarkAndOddSpacing() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/hand.claims.json"
        let text = "\u{FEFF}{\"x-desk\" : {\"claims\": [1, \"]\"]}, \"claims\":[{\"id\":\"c1\",\"quote\":{\"exact\":\"a \\\"}\\\\ b\"},\"position\":{\"start\":0,\"end\":5}},\n\t{\"id\":\"c2\",\"quote\":{\"exact\":\"北京\"},\"position\":{\"start\":6,\"end\":8}}],\"sources\":[], \"version\":1}"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let whole = try SidecarFile.read(path)
        for size in [1, 3, 1 << 20] {
            let streamed = try #require(StreamedClaimsFile.read(path, chunkSize: size))
            #expect(streamed.sidecar == whole.sidecar && streamed.sidecar.claims.count == 2)
            #expect(streamed.sidecar.extra["x-desk"] != nil)
        }
    }

    @Test func whatTheWholeReadRefusesIsLeftToIt() throws {
        for name in ["backwards-range", "bad-utf8", "binary", "duplicate-ids", "empty", "future-version", "missing-comma",
                     "missing-field", "truncated", "unknown-verdict", "wrong-types"] {
            let path = Fixtures.path("broken/\(name).claims.json")
            #expect(throws: FileProblem.self, "\(name)") { try SidecarFile.read(path) }
            #expect(StreamedClaimsFile.read(path, chunkSize: 5) == nil, "\(name)")
        }
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/odd.claims.json"
        let claim = #"{"id":"c1","quote":{"exact":"a"},"position":{"start":0,"end":1}}"#
        for text in ["{\"version\":1,\"claims\":[\(claim) \(claim)]}", "{\"version\":1,\"claims\":[\(claim),]}",
                     "{\"version\":1,\"claims\":[,\(claim)]}", "{\"version\":1,\"claims\":[\(claim)],\"claims\":[]}",
                     "{\"version\":1,\"claims\":[\(claim)]", "{\"version\":1,\"claims\":[\(claim)]}}", "{\"version\":1,\"claims\":[1]}",
                     "{\"version\":1,\"cl\\u0061ims\":[\(claim)]}"] {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(StreamedClaimsFile.read(path, chunkSize: 4) == nil, "\(text)")
        }
        #expect(StreamedClaimsFile.read(folder + "/none.claims.json") == nil)
    }

    /// The library's summaries count the claims as they pass: the same figures as reading them.
    @Test func summariesCountedAsTheClaimsPassAreTheSameAsRead() throws {
        for folder in [Fixtures.repositoryRoot + "/Articles", Fixtures.repositoryRoot + "/Tests/Fixtures/Library",
                       Fixtures.path("checks")] {
            for path in try Library.articlePaths(in: folder) {
                #expect(ArticleSummary.read(articlePath: path) == ArticleSummary(LibraryEntry.load(articlePath: path)), "\(path)")
            }
        }
        let duplicate = Fixtures.path("broken/duplicate-ids.claims.json")
        #expect(StreamedClaimsFile.count(duplicate) == nil && StreamedClaimsFile.count(duplicate, chunkSize: 3) == nil)
        let backwards = Fixtures.path("broken/backwards-range.claims.json")
        #expect(StreamedClaimsFile.count(backwards) == nil)
    }

    @Test func aDigestMadeInPiecesIsTheDigestOfTheWhole() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 3) }
        for size in [1, 5, 8, 13, 31, 32, 33, 64, 9_999] {
            var builder = ContentDigest.Builder()
            bytes.withUnsafeBufferPointer { buffer in
                for start in stride(from: 0, to: buffer.count, by: size) {
                    builder.add(UnsafeBufferPointer(rebasing: buffer[start..<min(buffer.count, start + size)]))
                }
            }
            #expect(builder.digest == ContentDigest(bytes), "\(size)")
        }
        #expect(ContentDigest(bytes) != ContentDigest(Array(bytes.dropLast())))
        // One bit changed anywhere, in a whole block or in the last bytes, or two blocks swapped.
        for place in [0, 7, 31, 32, 5_000, 9_983, 9_999] {
            var changed = bytes
            changed[place] ^= 0x10
            #expect(ContentDigest(changed) != ContentDigest(bytes), "\(place)")
        }
        let swapped = Array(bytes[32..<64] + bytes[0..<32] + bytes[64...])
        #expect(ContentDigest(swapped) != ContentDigest(bytes))
    }
}
