import Foundation
import LateralCore
import Testing

/// A folder can be listed, or not, as `Library.articlePaths` finds it.
struct LibraryFolderTests {
    @Test func aFolderIsListableWhenItsArticlesCanBeListed() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("# A\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.md"))
        #expect(Library.canList(folder))
        #expect(try Library.articlePaths(in: folder) == [folder + "/a.md"])
        for unlistable in [folder + "/a.md", folder + "/missing"] {
            #expect(!Library.canList(unlistable))
            #expect(throws: FileProblem.self) { try Library.articlePaths(in: unlistable) }
        }
    }
}
