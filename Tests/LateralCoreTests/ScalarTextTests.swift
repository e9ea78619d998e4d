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
}
