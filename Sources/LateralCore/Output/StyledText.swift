/// Text with roles for its parts, so that one layout prints plain in a pipe and coloured on
/// a terminal. Every part has been made visible-safe before it gets here.
public struct StyledText: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        case plain
        case heading
        case dim
        /// The words of a claim, and its marker.
        case claim(Verdict)
    }

    public struct Span: Sendable, Hashable {
        public var text: String
        public var role: Role
    }

    public private(set) var spans: [Span] = []

    public init() {}

    /// Appends text from a file or a user, made safe for a terminal first.
    public mutating func append(_ text: some StringProtocol, _ role: Role = .plain, keepNewlines: Bool = true) {
        appendSafe(VisibleText.make(text, keepNewlines: keepNewlines), role)
    }

    /// Appends text that Lateral itself wrote.
    public mutating func appendSafe(_ text: String, _ role: Role = .plain) {
        guard !text.isEmpty else { return }
        if let last = spans.last, last.role == role {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(text: text, role: role))
        }
    }

    public var plainText: String { spans.map(\.text).joined() }
}
