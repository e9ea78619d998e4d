/// The order in which people expect titles listed, as Foundation's `localizedStandardCompare`
/// gave it: case aside, and numbers by their value ("Part 2" before "Part 10"); between titles
/// that differ only there, lower case first and fewer leading zeros first. Letters are compared
/// by code point, not by a locale's collation, which would bring ICU into every start for the
/// library's order of articles of the same date.
public enum NaturalOrder {
    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        var left = a.unicodeScalars[...], right = b.unicodeScalars[...]
        // The first difference of case or of leading zeros, which decides only a tie.
        var tieBreak: Bool?
        while let x = left.first, let y = right.first {
            if isDigit(x) && isDigit(y) {
                let first = digitRun(&left), second = digitRun(&right)
                if first.digits != second.digits {
                    return first.digits.count != second.digits.count ? first.digits.count < second.digits.count
                        : first.digits.lexicographicallyPrecedes(second.digits)
                }
                if tieBreak == nil && first.zeros != second.zeros { tieBreak = first.zeros < second.zeros }
                continue
            }
            let (foldedX, foldedY) = (folded(x), folded(y))
            if foldedX != foldedY { return foldedX < foldedY }
            if tieBreak == nil && x != y { tieBreak = x.properties.isLowercase }
            left = left.dropFirst()
            right = right.dropFirst()
        }
        if left.isEmpty != right.isEmpty { return left.isEmpty }
        return tieBreak ?? false
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A scalar with its case put aside: ASCII by arithmetic, the rest by Unicode's lower-case mapping.
    private static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.isASCII { return ("A"..."Z").contains(scalar) ? scalar.value + 32 : scalar.value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? scalar.value
    }

    /// The leading digits, taken off `text`: those after the zeros (whose count and then
    /// whose digits order them by value), and how many zeros came first.
    private static func digitRun(_ text: inout Substring.UnicodeScalarView) -> (digits: [UInt32], zeros: Int) {
        let run = text.prefix(while: isDigit)
        text = text.dropFirst(run.count)
        let digits = run.drop { $0 == "0" }
        return (digits.map(\.value), run.count - digits.count)
    }
}
