/// `%XX` escapes in the names Lateral puts in addresses (`urn:lateral:ARTICLE:ID`), made and
/// read without Foundation's CharacterSet.
public enum PercentEncoding {
    /// Every byte of the UTF-8 escaped but ASCII letters and digits and `-._~` (RFC 3986's
    /// unreserved characters), as Foundation's `.alphanumerics` escaped them on Linux.
    public static func encode(_ text: String) -> String {
        var encoded = ""
        for scalar in text.unicodeScalars {
            if keepsAsItIs(scalar) {
                encoded.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2, with: "0") }
            }
        }
        return encoded
    }

    /// The text with its escapes read back; nil when an escape is cut short or the bytes are not UTF-8.
    public static func decode(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var rest = Substring(text).utf8[...]
        while let byte = rest.first {
            rest = rest.dropFirst()
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            let pair = rest.prefix(2)
            guard pair.count == 2, pair.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
                  let value = UInt8(String(decoding: pair, as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
            rest = rest.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func keepsAsItIs(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar))
    }
}
