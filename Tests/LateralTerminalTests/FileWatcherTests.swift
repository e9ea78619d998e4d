import Foundation
import LateralCore
import LateralTestSupport
import Testing
@testable import LateralTerminal

/// Changes on disk to the watched files, however they are written: in place, by the safe
/// writer's rename, deleted; other files of the folder are not reported.
struct FileWatcherTests {
    @Test func reportsTheWatchedFilesHoweverTheyChange() throws {
        let folder = TestFolder.path("watch")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let article = folder + "/a.md"
        let claims = folder + "/a.claims.json"
        try "text\n".write(toFile: article, atomically: false, encoding: .utf8)
        let watcher = try #require(FileWatcher())
        watcher.watch([article, claims])
        #expect(watcher.changes().isEmpty)

        try "other\n".write(toFile: folder + "/b.md", atomically: false, encoding: .utf8)
        #expect(watcher.changes().isEmpty)
        try "text, corrected\n".write(toFile: article, atomically: false, encoding: .utf8)
        #expect(watcher.changes() == [article])
        // The safe writer writes a temporary file and renames it over the claims file.
        try SafeWriter.write(Array("{}\n".utf8), to: claims, expecting: nil)
        #expect(watcher.changes() == [claims])
        try FileManager.default.removeItem(atPath: article)
        #expect(watcher.changes() == [article])

        // Watching other files forgets these.
        watcher.watch([folder + "/b.md"])
        try "again\n".write(toFile: article, atomically: false, encoding: .utf8)
        #expect(watcher.changes().isEmpty)
    }

    /// A folder deleted and made again is watched again.
    @Test func aFolderMadeAgainIsWatchedAgain() throws {
        let folder = TestFolder.path("watch")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let article = folder + "/a.md"
        let watcher = try #require(FileWatcher())
        watcher.watch([article])
        try FileManager.default.removeItem(atPath: folder)
        _ = watcher.changes()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        watcher.watch([article])
        try "back\n".write(toFile: article, atomically: false, encoding: .utf8)
        #expect(watcher.changes() == [article])
    }
}
