import LateralCore

/// A stretch of the article being selected, as in vim's visual mode: from where `v` was
/// pressed to the cursor, both ends included. Kept as offsets of the body, so that it
/// survives the window's width changing under it.
public struct VisualSelection: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        /// Enter makes the selection a new claim.
        case newClaim
        /// Enter gives an orphan claim this new place in the text.
        case reattach(claimID: String)
    }

    public var purpose: Purpose
    /// Scalar offsets of the characters at the two ends: where the selection started, and
    /// the cursor, which the keys move.
    public var anchor: Int
    public var cursor: Int
    /// The column up and down keep to, set by the last move that was not up or down.
    public var goalColumn: Int?

    public init(purpose: Purpose, at offset: Int) {
        self.purpose = purpose
        anchor = offset
        cursor = offset
    }

    /// The text selected, in scalars of the body: from the first end to the end of the last
    /// end's character.
    func range(in layout: ArticleLayout) -> Range<Int> {
        let last = max(anchor, cursor)
        let length = layout.cursor(atOffset: last).flatMap(layout.item(at:)).map(\.scalars) ?? 1
        return min(anchor, cursor)..<(last + max(1, length))
    }

    /// The range a claim takes from the selection: spaces and line ends at either end left out.
    func claimRange(in layout: ArticleLayout) -> Range<Int>? {
        let range = range(in: layout)
        let scalars = layout.text.scalars(range)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        return (range.lowerBound + first)..<(range.lowerBound + last + 1)
    }
}
