import Foundation
import Testing

/// Saves killed with SIGKILL at random moments: the claims file always parses and holds
/// every change whose command finished.
struct KillTests {
    @Test func aSaveKilledAtAnyMomentLeavesEveryAcknowledgedChange() throws {
        let folder = try AnnotateCommandTests.library()
        let library = ["--library", folder]
        #expect(try AnnotateCommandTests.run(["claim", "add", "a", "--quote", "Taxes rise by 3%"] + library, in: folder).status == 0)
        // Kills land anywhere in the time a whole note takes on this machine, now.
        let started = Date()
        #expect(try AnnotateCommandTests.run(["note", "a", "c01", "timing"] + library, in: folder).status == 0)
        let whole = UInt32(Date().timeIntervalSince(started) * 1_000_000)
        var acknowledged: Set<String> = ["timing"]
        var killed = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let text = "note \(round)"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: LateralProcess.executable)
            process.arguments = ["note", "a", "c01", text] + library
            process.environment = ["LATERAL_AUTHOR": "k", "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Most kills land while the command reads, merges or writes; some after it ends.
            usleep(UInt32.random(in: 0...(whole * 3 / 2), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit && process.terminationStatus == 0 {
                acknowledged.insert(text)
            } else {
                killed += 1
            }
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.claims.json"))
            let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "round \(round): the file does not parse")
            let notes = ((file["claims"] as? [[String: Any]])?.first?["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(acknowledged.isSubset(of: Set(notes)), "round \(round): an acknowledged note is missing")
        }
        // The test means something only if both kinds of round happened.
        #expect(killed > 20 && acknowledged.count > 20, "killed \(killed), acknowledged \(acknowledged.count)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        // A kill between creating and renaming the temporary copy leaves it; it is never the file itself.
        #expect(leftovers.allSatisfy { $0.hasPrefix(".a.claims.json.lateral-") })
    }
}
