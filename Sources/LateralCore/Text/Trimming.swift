/// What `trimmed` takes off a text's two ends.
public enum TrimmedSpace: Sendable {
    /// Spaces and tabs (Unicode's white space that does not end a line), and the zero-width space.
    case spaces
    /// Line ends only.
    case lineEnds
    /// Both.
    case spacesAndLineEnds

    /// Scalar by scalar, as Foundation's sets are on Linux: a combining mark after a space
    /// stays, and the zero-width space (U+200B) counts as a space.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let endsLine = (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
        switch self {
        case .lineEnds: return endsLine
        case .spaces: return (scalar.properties.isWhitespace && !endsLine) || value == 0x200B
        case .spacesAndLineEnds: return scalar.properties.isWhitespace || value == 0x200B
        }
    }
}

extension StringProtocol {
    /// The text without white space at its two ends, as Foundation's `trimmingCharacters(in:)`
    /// with `.whitespaces`, `.newlines` or `.whitespacesAndNewlines` gives it, without going
    /// through NSString (whose first use cost the reader's first frame 0.3 ms).
    public func trimmed(_ space: TrimmedSpace = .spacesAndLineEnds) -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !space.contains($0) }),
              let last = scalars.lastIndex(where: { !space.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
