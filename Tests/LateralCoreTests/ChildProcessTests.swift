import LateralCore
import Testing

/// Programs run to their end with what they said kept: its status, its output and its errors apart.
struct ChildProcessTests {
    @Test func outputErrorsAndStatusAreKeptApart() throws {
        let finished = try ChildProcess.run("/bin/sh", ["sh", "-c", "echo out; echo err >&2; exit 3"], capturing: true)
        #expect(finished.status == 3)
        #expect(String(decoding: finished.output, as: UTF8.self) == "out\n")
        #expect(String(decoding: finished.errors, as: UTF8.self) == "err\n")
    }

    /// More than a pipe holds on both at once: neither is left to fill while the other is read.
    @Test func muchOnBothPipesDoesNotHang() throws {
        let finished = try ChildProcess.run("/bin/sh", ["sh", "-c", "head -c 300000 /dev/zero >&2; head -c 200000 /dev/zero"], capturing: true)
        #expect(finished.status == 0 && finished.output.count == 200_000 && finished.errors.count == 300_000)
    }

    @Test func itsInputIsEmptyAndASignalIsSaidAsAShellSaysIt() throws {
        #expect(try ChildProcess.run("/bin/cat", ["cat"], capturing: true).output.isEmpty)
        #expect(try ChildProcess.run("/bin/sh", ["sh", "-c", "kill -9 $$"], capturing: true).status == 128 + 9)
    }

    @Test func aProgramThatIsNotThereIsSaidInTheSystemsWords() {
        #expect(throws: ChildProcess.SpawnFailure.self) { try ChildProcess.run("/nonexistent/program", ["program"], capturing: true) }
    }
}
