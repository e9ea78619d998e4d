import Foundation
import LateralTestSupport
import Testing

/// `lateral-benchmark` as the docs tell a user to run it.
struct BenchmarkCommandTests {
    @Test func generatingRefusesAFolderThatExists() throws {
        let folder = TestFolder.path("benchmark")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try LateralProcess.run(["--generate", folder, "--quick"], executable: LateralProcess.built("lateral-benchmark"))
        #expect(result.status == 2)
        #expect(result.stderr == "lateral-benchmark: \(folder) already exists; give a folder that does not exist yet\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}

/// The benchmark's floor, `lateral-floor`: an article's first screen, as the benchmark waits
/// for it (the start of the text and a status line ending in a percentage), quit by q.
struct BenchmarkFloorTests {
    @Test func drawsTheStartOfTheTextCutToTheWidthAndQuitsOnQ() throws {
        let article = TestFolder.path("floor.md")
        let long = String(repeating: "abcdefghij", count: 15)
        try ("---\ntitle: Left out\n---\nFirst line of the text.\n" + long + "\n").write(toFile: article, atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 80, height: 24, command: "'\(LateralProcess.built("lateral-floor"))' '\(article)'")
        let screen = try session.waitFor("0%")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "First line of the text.")
        // 150 columns cut at 80: the rest on the next line.
        #expect(lines[1] == long.prefix(80))
        #expect(lines[2] == long.dropFirst(80))
        #expect(!screen.contains("Left out"))
        #expect(lines[23].hasSuffix("0%"))
        try session.send("q")
        _ = try session.waitFor("exited with 0")
    }

    @Test func aMissingFileIsSaidWithStatus2() throws {
        let result = try LateralProcess.run([TestFolder.path("none.md")], executable: LateralProcess.built("lateral-floor"))
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("lateral-floor: cannot open"))
    }
}
