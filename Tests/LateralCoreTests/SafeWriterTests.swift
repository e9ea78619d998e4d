import Foundation
import Testing
@testable import LateralCore

/// The safe writer cleans up after a writer that was killed mid-write, and only after it, and
/// never replaces a file another program changed since it was read.
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

    @Test func aFileChangedCreatedOrDeletedSinceItWasReadIsNotReplaced() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/a.claims.json"
        try SafeWriter.write(Array("{}\n".utf8), to: path, expecting: nil)
        for (expected, what) in [(Array("{ }\n".utf8), "was changed"), (Array("{}\n\n".utf8), "was changed"), (nil, "was created")] {
            #expect(Self.refusal(path, expecting: expected)?.hasPrefix(what + " by another program") == true)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}\n")
        try FileManager.default.removeItem(atPath: path)
        #expect(Self.refusal(path, expecting: Array("{}\n".utf8))?.hasPrefix("was deleted by another program") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
        // No temporary copy is left behind by a refused write.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// The message of a write refused, or nil when it was written.
    static func refusal(_ path: String, expecting expected: [UInt8]?) -> String? {
        do throws(FileProblem) {
            try SafeWriter.write(Array("new".utf8), to: path, expecting: expected)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aFileIsComparedWholeAcrossItsChunks() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/big"
        var bytes = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(TextFile.holds(path, exactly: bytes))
        bytes[(2 << 20) + 5] ^= 1
        #expect(!TextFile.holds(path, exactly: bytes))
        #expect(!TextFile.holds(path, exactly: Array(bytes.dropLast())))
        #expect(!TextFile.holds(path, exactly: nil))
        #expect(TextFile.holds(folder + "/missing", exactly: nil) && TextFile.holds(folder, exactly: nil))
    }
}

/// A file of several megabytes, written a megabyte per call and read whole, comes back byte for
/// byte, its odd-sized end included.
struct LargeFileTests {
    @Test func aFileOfSeveralMegabytesIsWrittenAndReadWhole() throws {
        let path = Fixtures.temporaryFolder() + "/large.claims.json"
        // Random blocks of a prime length, so that no two pages of the file are alike.
        let block = (0..<4_099).map { _ in UInt8.random(in: 0...255) }
        var bytes: [UInt8] = []
        for _ in 0..<(9 << 20) / block.count + 1 { bytes += block }
        try SafeWriter.write(bytes, to: path, expecting: nil)
        let read = try TextFile.readBytes(path)
        #expect(read.count == bytes.count)
        #expect(read == bytes)
    }
}
