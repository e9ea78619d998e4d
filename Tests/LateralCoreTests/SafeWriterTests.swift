import Foundation
import Testing
@testable import LateralCore

/// The safe writer cleans up after a writer that was killed mid-write, and only after it.
struct SafeWriterTests {
    @Test func copiesLeftByAKilledWriterAreRemovedOthersKept() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        try SafeWriter.write(Array("{}\n".utf8), to: path, expecting: nil)
        // A process that is gone (pid numbers this high are not in use) and one that runs (this one).
        let abandoned = folder + "/.a.claims.json.lateral-4194000-12.tmp"
        let running = folder + "/.a.claims.json.lateral-\(getpid())-34.tmp"
        let other = folder + "/.b.claims.json.lateral-4194000-56.tmp"
        for copy in [abandoned, running, other] { try "half".write(toFile: copy, atomically: false, encoding: .utf8) }
        try SafeWriter.write(Array("{ }\n".utf8), to: path, expecting: Array("{}\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: running) && FileManager.default.fileExists(atPath: other))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ }\n")
    }
}
