/// How a claim was found in the text when the article was opened.
public enum AnchorMethod: String, Sendable, Hashable, CaseIterable {
    /// At its stored position, with its stored quote.
    case exact
    /// Its quote, unchanged, at another position.
    case moved
    /// Text close to its quote (the article was edited inside it).
    case fuzzy
    /// Not found: kept and listed, never dropped.
    case orphan
}

public struct AnchorResult: Sendable, Hashable {
    public var method: AnchorMethod
    /// Where the claim stands now, in scalars of the body; nil for an orphan.
    public var range: Range<Int>?
    /// For fuzzy matches, how many single-scalar edits separate the text from the quote.
    public var editDistance: Int

    public init(method: AnchorMethod, range: Range<Int>?, editDistance: Int = 0) {
        self.method = method
        self.range = range
        self.editDistance = editDistance
    }

    public static let orphan = AnchorResult(method: .orphan, range: nil)
}

extension QuoteSelector {
    /// The number of scalars of context kept on each side, as Hypothesis keeps.
    public static let contextLength = 32

    /// The quote selector for a range of a text, with its context.
    public init(text: ScalarText, range: Range<Int>) {
        let before = max(0, range.lowerBound - QuoteSelector.contextLength)
        let after = min(text.scalarCount, range.upperBound + QuoteSelector.contextLength)
        self.init(exact: text.string(scalars: range),
                  prefix: text.string(scalars: before..<range.lowerBound),
                  suffix: text.string(scalars: range.upperBound..<after))
    }
}
