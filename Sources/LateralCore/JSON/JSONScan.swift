/// Byte scans that the JSON parser and the streamed reading of claims files share.
enum JSONScan {
    /// The offset of the first byte from `start` on that ends a string's plain run: a quote, a
    /// backslash or a control character; the end of the text if none. Eight bytes are looked
    /// at at once (the bit tricks of "Bit Twiddling Hacks": a zero byte, a byte less than n),
    /// since the strings of a claims file are most of its bytes.
    static func plainRunEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        if let base = bytes.baseAddress {
            while position + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let special = (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)) & highs
                // The lowest byte flagged is a true one (a borrow can only flag bytes above it).
                if special != 0 { return position + UInt64(littleEndian: special).trailingZeroBitCount / 8 }
                position += 8
            }
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return position }
            position += 1
        }
        return position
    }

    /// The offset of the first byte from `start` on that is not JSON's white space; the end of
    /// the text if none. A pretty-printed file's indentation is taken eight bytes at a time,
    /// the spaces that start a word counted at once.
    static func spaceEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                guard let base = bytes.baseAddress else { continue }
                while position + 8 <= bytes.count {
                    let notSpaces = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) ^ 0x2020_2020_2020_2020
                    if notSpaces != 0 {
                        position += UInt64(littleEndian: notSpaces).trailingZeroBitCount / 8
                        break
                    }
                    position += 8
                }
            default: return position
            }
        }
        return position
    }
}
