extension StringProtocol {
    /// The text with every occurrence of `target` replaced, scalar by scalar: a quote followed
    /// by a combining mark is still a quote, which a CSV field must double (Foundation's
    /// `replacingOccurrences(of:with:)` left it), and the `\n` of a `\r\n` is found.
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        let wanted = Array(target.unicodeScalars)
        guard let head = wanted.first else { return String(self) }
        let scalars = String(self).unicodeScalars
        var result = String.UnicodeScalarView()
        var place = scalars.startIndex
        while place < scalars.endIndex {
            if scalars[place] == head && scalars[place...].starts(with: wanted) {
                result.append(contentsOf: replacement.unicodeScalars)
                place = scalars.index(place, offsetBy: wanted.count)
            } else {
                result.append(scalars[place])
                place = scalars.index(after: place)
            }
        }
        return String(result)
    }
}
