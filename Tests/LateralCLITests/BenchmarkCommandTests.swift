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
