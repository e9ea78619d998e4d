import Testing
@testable import LateralCore

struct ScalarTextTests {
    @Test func offsetsCountScalarsNotBytes() {
        let text = ScalarText("aé中😀b")
        #expect(text.scalarCount == 5)
        #expect((0...5).map(text.byteOffset(ofScalar:)) == [0, 1, 3, 6, 10, 11])
        #expect([0, 1, 2, 3, 4, 6, 9, 10, 11].map(text.scalarOffset(ofByte:)) == [0, 1, 1, 2, 2, 3, 3, 4, 5])
        #expect(text.string(scalars: 2..<4) == "中😀")
    }

    @Test func offsetsAreRightPastManyCheckpoints() {
        let string = String(repeating: "ä", count: 1000) + "needle" + String(repeating: "x", count: 10)
        let text = ScalarText(string)
        #expect(text.byteOffset(ofScalar: 1000) == 2000)
        #expect(text.scalarOffset(ofByte: 2003) == 1003)
        #expect(text.occurrences(of: Array("needle".utf8)) == [2000])
        #expect(text.string(scalars: 1000..<1006) == "needle")
    }

    @Test func occurrencesFindEveryCopyUpToTheLimit() {
        let text = ScalarText("aaaa")
        #expect(text.occurrences(of: Array("aa".utf8)) == [0, 1, 2])
        #expect(text.occurrences(of: Array("aa".utf8), limit: 2) == [0, 1])
        #expect(text.occurrences(of: Array("b".utf8)).isEmpty)
        #expect(ScalarText("").occurrences(of: Array("a".utf8)).isEmpty)
    }

    /// The word-at-a-time scans agree with counting scalar by scalar, on text that mixes
    /// one- to four-byte scalars across every checkpoint and word boundary.
    @Test func fastScansAgreeWithScalarByScalarCounting() {
        let pieces = ["a", "é", "北", "👩🏽‍💻", "ascii run ", "\n", "ß", "🇰🇷"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            var string = ""
            for _ in 0..<(200 + Int.random(in: 0..<800, using: &generator)) { string += pieces.randomElement(using: &generator)! }
            let text = ScalarText(string)
            let scalars = Array(string.unicodeScalars)
            #expect(text.scalarCount == scalars.count)
            var byte = 0
            var starts: [Int] = []
            for scalar in scalars {
                starts.append(byte)
                byte += UTF8.width(scalar)
            }
            #expect((0..<scalars.count).map(text.byteOffset(ofScalar:)) == starts)
            let bytes = Array(0...text.bytes.count)
            #expect(text.scalarOffsets(ofAscendingBytes: bytes) == bytes.map(text.scalarOffset(ofByte:)))
        }
    }
}
