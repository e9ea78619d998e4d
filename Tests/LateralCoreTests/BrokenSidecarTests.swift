import Testing
@testable import LateralCore

/// Every broken file gets a message that names its place and says what was expected.
struct BrokenSidecarTests {
    static let cases: [(file: String, line: Int?, column: Int?, message: String)] = [
        ("empty", 1, 1, "file is empty; expected a JSON object with \"version\", \"sources\" and \"claims\""),
        ("binary", 1, 1, "looks like a binary file (NUL byte); expected UTF-8 text"),
        ("bad-utf8", 4, 27, "invalid UTF-8 (byte 0xE9 at offset 61); save the file as UTF-8"),
        ("truncated", 6, 16, "string is not closed before the end of the file"),
        ("missing-comma", 3, 3, "unexpected '\"'; expected ',' or '}'"),
        ("wrong-types", 8, 30, "expected a whole number at claims[0].position.start"),
        ("unknown-verdict", 9, 18,
         "unknown verdict \"maybe\"; expected one of: unverified, true, mostly-true, mixed, misleading, false, unverifiable, opinion at claims[0].verdict"),
        ("duplicate-ids", 6, 13, "duplicate claim id \"c1\"; every claim needs its own id"),
        ("missing-field", 4, 5, "missing field \"quote\" in claims[0]"),
        ("future-version", 2, 14, "format version 7 is not one this Lateral reads (1...1) at version"),
        ("backwards-range", 4, 62,
         "claim \"c1\": position start 9 and end 4 do not make a range; expected 0 <= start <= end"),
    ]

    @Test(arguments: cases.map(\.file))
    func brokenFileIsReportedWithItsPlace(file: String) throws {
        let expected = Self.cases.first { $0.file == file }!
        let path = Fixtures.path("broken/\(file).claims.json")
        let error = #expect(throws: FileProblem.self) { try SidecarFile.read(path) }
        #expect(error?.message == expected.message)
        #expect(error?.line == expected.line)
        #expect(error?.column == expected.column)
        #expect(error?.path == path)
    }

    @Test func missingFileIsUnreadableNotInvalid() {
        let error = #expect(throws: FileProblem.self) { try SidecarFile.read("/nonexistent/x.claims.json") }
        #expect(error?.isUnreadable == true)
        #expect(error?.description == "/nonexistent/x.claims.json: error: no such file")
    }
}
