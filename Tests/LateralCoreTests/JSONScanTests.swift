import Testing
@testable import LateralCore

/// The byte scans that read eight bytes at a time find the same place as a byte-by-byte walk,
/// wherever that place falls in a word.
struct JSONScanTests {
    static func walkedRunEnd(_ bytes: [UInt8], from start: Int) -> Int {
        bytes[start...].firstIndex { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 } ?? bytes.count
    }

    static func walkedSpaceEnd(_ bytes: [UInt8], from start: Int) -> Int {
        bytes[start...].firstIndex { ![0x20, 0x0A, 0x0D, 0x09].contains($0) } ?? bytes.count
    }

    @Test func aPlainRunEndsAtAQuoteABackslashOrAControlCharacterAnywhereInAWord() {
        for stop in ["\"", "\\", "\n", "\u{1F}"] {
            for length in 0..<20 {
                // Bytes after the stop that would also stop a scan, and ones near the limits.
                let bytes = Array(String(repeating: "é ~", count: length).utf8) + Array(stop.utf8) + Array("\"x\u{7F}".utf8)
                for start in [0, 1, 3] where start <= bytes.count {
                    let found = bytes.withUnsafeBufferPointer { JSONScan.plainRunEnd(in: $0, from: start) }
                    #expect(found == Self.walkedRunEnd(bytes, from: start), "\(stop.debugDescription) \(length) \(start)")
                }
            }
        }
        let plain = Array("no end here, ünïcode and all".utf8)
        #expect(plain.withUnsafeBufferPointer { JSONScan.plainRunEnd(in: $0, from: 0) } == plain.count)
    }

    @Test func spaceEndsAtTheFirstOtherByteAfterIndentsOfAnyLength() {
        for indent in 0..<40 {
            for tail in ["\"", "}", " \t\r\n]", ""] {
                let bytes = Array((" ,\n" + String(repeating: " ", count: indent) + tail).utf8)
                for start in [0, 2] {
                    let found = bytes.withUnsafeBufferPointer { JSONScan.spaceEnd(in: $0, from: start) }
                    #expect(found == Self.walkedSpaceEnd(bytes, from: start), "\(indent) \(tail.debugDescription) \(start)")
                }
            }
        }
    }
}
