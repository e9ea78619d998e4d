import Foundation
import Testing
@testable import LateralCore

/// The library's index: summaries kept for files that did not change, made again for those
/// that did, and an index that is not one replaced rather than trusted.
struct LibraryIndexTests {
    static let fixtures = Fixtures.repositoryRoot + "/Tests/Fixtures/Library"

    @Test func summariesAreTheSameWithAndWithoutTheIndex() throws {
        let folder = Fixtures.temporaryFolder()
        let index = try #require(LibraryIndex(path: folder + "/index.sqlite"))
        let without = try Library.summaries(folder: Self.fixtures, index: nil)
        let first = try Library.summaries(folder: Self.fixtures, index: index)
        let second = try Library.summaries(folder: Self.fixtures, index: index)
        #expect(first == without && second == without)
        #expect(without == (try Library.load(folder: Self.fixtures)).entries.map(ArticleSummary.init))
    }

    @Test func aChangedFileIsReadAgainAndAnUnchangedOneIsNot() throws {
        let folder = Fixtures.temporaryFolder()
        let library = folder + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        try "---\ntitle: One\n---\nTaxes rise by 3%.\n".write(toFile: library + "/a.md", atomically: false, encoding: .utf8)
        var sidecar = Sidecar()
        _ = try sidecar.addClaim(range: 0..<5, in: ScalarText("Taxes rise by 3%.\n"), verdict: .false, stamp: Stamp(author: "a", time: "t"))
        let claims = library + "/a.claims.json"
        try Data(SidecarFile.encode(sidecar)).write(to: URL(fileURLWithPath: claims))
        let index = try #require(LibraryIndex(path: folder + "/index.sqlite"))
        #expect(try Library.summaries(folder: library, index: index).first?.verdicts == [.false: 1])

        // The same bytes count, in place, with the old modification time: the index is trusted
        // (which shows it is used at all).
        var info = stat()
        stat(claims, &info)
        let edited = SidecarFile.encode(sidecar).map { $0 == UInt8(ascii: "f") ? UInt8(ascii: "F") : $0 }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: claims))
        try handle.write(contentsOf: edited)
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        utimensat(AT_FDCWD, claims, &times, 0)
        #expect(try Library.summaries(folder: library, index: index).first?.verdicts == [.false: 1])

        // Changed as editors change files: read again.
        _ = try sidecar.editClaim(id: "c01", stamp: Stamp(author: "a", time: "t2"), summary: "") { $0.verdict = .true }
        try Data(SidecarFile.encode(sidecar)).write(to: URL(fileURLWithPath: claims))
        #expect(try Library.summaries(folder: library, index: index).first?.verdicts == [.true: 1])
    }

    /// A file's problems (place and message) come back from the index as they were.
    @Test func problemsAreKept() throws {
        let folder = Fixtures.temporaryFolder()
        let library = folder + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        try "Text.\n".write(toFile: library + "/b.md", atomically: false, encoding: .utf8)
        try "{\n  \"claims\": [\n".write(toFile: library + "/b.claims.json", atomically: false, encoding: .utf8)
        let index = try #require(LibraryIndex(path: folder + "/index.sqlite"))
        let read = try Library.summaries(folder: library, index: index)
        let kept = try Library.summaries(folder: library, index: index)
        #expect(read == kept)
        let problem = try #require(kept.first?.problems.first)
        #expect(problem.line != nil && problem.severity == .error && problem.path.hasSuffix("b.claims.json"))
    }

    @Test func aFileThatIsNotAnIndexIsMadeAgain() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/index.sqlite"
        try Data("not a database, a note someone left".utf8).write(to: URL(fileURLWithPath: path))
        let index = try #require(LibraryIndex(path: path))
        #expect(try Library.summaries(folder: Self.fixtures, index: index).count == 5)
        #expect(LibraryIndex.shared(environment: Environment.fixed(["LATERAL_CACHE": "off", "HOME": folder])) == nil)
    }

    /// A library reached by another spelling of its folder shows its own paths; two names that
    /// differ only in how é is spelled are two files.
    @Test func pathsFollowTheSpellingAndNormalisationMatters() throws {
        let folder = Fixtures.temporaryFolder()
        let library = folder + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        try "Text.\n".write(toFile: library + "/bad.md", atomically: false, encoding: .utf8)
        try "{\n".write(toFile: library + "/bad.claims.json", atomically: false, encoding: .utf8)
        try "---\ntitle: One\n---\nx\n".write(toFile: library + "/caf\u{E9}.md", atomically: false, encoding: .utf8)
        try "---\ntitle: Two\n---\nx\n".write(toFile: library + "/cafe\u{301}.md", atomically: false, encoding: .utf8)
        let index = try #require(LibraryIndex(path: folder + "/index.sqlite"))
        _ = try Library.summaries(folder: library, index: index)
        let other = library + "/."
        let again = try Library.summaries(folder: other, index: index)
        let bad = try #require(again.first { $0.articlePath.hasSuffix("bad.md") })
        #expect(bad.articlePath == other + "/bad.md" && bad.problems.first?.path == other + "/bad.claims.json")
        #expect(Set(again.map(\.title)).isSuperset(of: ["One", "Two"]))
    }

    /// An article deleted from a folder is forgotten the next time the folder is listed.
    @Test func deletedArticlesAreForgotten() throws {
        let folder = Fixtures.temporaryFolder()
        let library = folder + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        for name in ["a", "b"] { try "Text.\n".write(toFile: library + "/\(name).md", atomically: false, encoding: .utf8) }
        let index = try #require(LibraryIndex(path: folder + "/index.sqlite"))
        _ = try Library.summaries(folder: library, index: index)
        #expect(index.count == 2)
        try FileManager.default.removeItem(atPath: library + "/b.md")
        _ = try Library.summaries(folder: library, index: index)
        #expect(index.count == 1)
    }
}
