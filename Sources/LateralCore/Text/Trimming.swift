/// What `trimmed` takes off a text's two ends.
public enum TrimmedSpace: Sendable {
    /// Spaces and tabs (Unicode's white space that does not end a line).
    case spaces
    /// Line ends only.
    case lineEnds
    /// Both.
    case spacesAndLineEnds
}

extension StringProtocol {
    /// The text without white space at its two ends, as Foundation's `trimmingCharacters(in:)`
    /// with `.whitespaces`, `.newlines` or `.whitespacesAndNewlines` gives it, without going
    /// through NSString (whose first use cost the reader's first frame 0.3 ms).
    public func trimmed(_ space: TrimmedSpace = .spacesAndLineEnds) -> String {
        let isTrimmed: (Character) -> Bool
        switch space {
        case .spaces: isTrimmed = { $0.isWhitespace && !$0.isNewline }
        case .lineEnds: isTrimmed = { $0.isNewline }
        case .spacesAndLineEnds: isTrimmed = { $0.isWhitespace }
        }
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[first...last])
    }
}
