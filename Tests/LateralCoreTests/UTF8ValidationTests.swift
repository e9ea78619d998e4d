import Testing
@testable import LateralCore

/// The fast UTF-8 check agrees with the standard library's decoder on where the first bad
/// byte is, for well-formed text and for every kind of malformed sequence.
struct UTF8ValidationTests {
    /// Where Swift's own decoder first fails, as the check used to find it.
    func reference(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test func agreesWithTheStandardDecoder() {
        let good = Array("plain ascii text, then é, 北京, 👩🏽‍💻 and U+10FFFF \u{10FFFF} and more ascii to fill eight-byte words".utf8)
        let cases: [[UInt8]] = [
            [], good, [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0xE2, 0x28, 0xA1],
            good + [0xC3], Array("abcdefgh".utf8) + [0xE4, 0xBA], Array("abcdefghijklmnop".utf8) + [0xC3, 0x28] + good,
        ]
        for bytes in cases {
            #expect(TextFile.firstInvalidUTF8Offset(bytes) == reference(bytes), "\(bytes)")
        }
        // Every single-byte corruption of the good text.
        for position in stride(from: 0, to: good.count, by: 3) {
            for bad: UInt8 in [0x80, 0xC0, 0xE0, 0xF8, 0xFF] {
                var bytes = good
                bytes[position] = bad
                #expect(TextFile.firstInvalidUTF8Offset(bytes) == reference(bytes), "\(position) \(bad)")
            }
        }
    }
}
