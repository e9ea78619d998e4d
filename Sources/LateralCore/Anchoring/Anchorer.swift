/// Finds claims in an article's body, the way Hypothesis re-anchors annotations: the stored
/// position if the quote is still there; else the quote elsewhere, context first and then
/// nearness deciding between copies; else the closest approximate match within a bounded
/// edit distance, scored by quote, context and position. What is not found is an orphan.
public struct Anchorer: Sendable {
    public let text: ScalarText

    /// Weights of the approximate score, as Hypothesis gives them: the quote counts most,
    /// then its context, and the old position only breaks near ties.
    static let quoteWeight = 50.0
    static let contextWeight = 20.0
    static let positionWeight = 2.0
    /// At most one edit in this many scalars of the quote.
    static let scalarsPerAllowedError = 5
    /// Bounds on the work for one claim, so that a common word cannot make anchoring slow.
    static let maxOccurrences = 10_000
    static let maxCandidates = 200

    public init(text: ScalarText) {
        self.text = text
    }

    public func anchor(_ claim: Claim) -> AnchorResult {
        anchor(quote: claim.quote, position: claim.position)
    }

    public func anchor(quote: QuoteSelector, position: PositionSelector) -> AnchorResult {
        let exact = Array(quote.exact.utf8)
        guard !exact.isEmpty else { return .orphan }
        if position.end <= text.scalarCount {
            let byteStart = text.byteOffset(ofScalar: position.start)
            if text.byteOffset(ofScalar: position.end) - byteStart == exact.count && text.hasBytes(exact, atByte: byteStart) {
                return AnchorResult(method: .exact, range: position.start..<position.end)
            }
        }
        if let range = nearestExactQuote(exact, quote: quote, oldStart: position.start) {
            return AnchorResult(method: .moved, range: range)
        }
        return approximateMatch(quote: quote, oldStart: position.start)
    }

    private func nearestExactQuote(_ exact: [UInt8], quote: QuoteSelector, oldStart: Int) -> Range<Int>? {
        let hits = text.occurrences(of: exact, limit: Anchorer.maxOccurrences)
        guard !hits.isEmpty else { return nil }
        let length = quote.exact.unicodeScalars.count
        let prefix = Array(quote.prefix.unicodeScalars)
        let suffix = Array(quote.suffix.unicodeScalars)
        var best: (score: Double, distance: Int, start: Int)?
        for hit in hits {
            let start = text.scalarOffset(ofByte: hit)
            let score = contextScore(start: start, end: start + length, prefix: prefix, suffix: suffix)
            let distance = abs(start - oldStart)
            if let current = best, current.score > score || (current.score == score && current.distance <= distance) {
                continue
            }
            best = (score, distance, start)
        }
        return best.map { $0.start..<($0.start + length) }
    }

    private func approximateMatch(quote: QuoteSelector, oldStart: Int) -> AnchorResult {
        let pattern = Array(quote.exact.unicodeScalars)
        let maxErrors = pattern.count / Anchorer.scalarsPerAllowedError
        guard maxErrors > 0, text.scalarCount > 0 else { return .orphan }
        let prefix = Array(quote.prefix.unicodeScalars)
        let suffix = Array(quote.suffix.unicodeScalars)
        var best: (score: Double, match: EditDistance.Match)?
        for candidate in candidateStarts(pattern: pattern, maxErrors: maxErrors, oldStart: oldStart) {
            let lower = max(0, candidate - maxErrors)
            let upper = min(text.scalarCount, candidate + pattern.count + maxErrors)
            guard lower < upper else { continue }
            let window = lower..<upper
            guard var match = EditDistance.bestMatch(of: pattern, in: text.scalars(window), maxErrors: maxErrors) else {
                continue
            }
            match.start += window.lowerBound
            match.end += window.lowerBound
            let quoteScore = 1 - Double(match.errors) / Double(pattern.count)
            let positionScore = 1 - min(1, Double(abs(match.start - oldStart)) / Double(text.scalarCount))
            let score = Anchorer.quoteWeight * quoteScore
                + Anchorer.contextWeight * contextScore(start: match.start, end: match.end, prefix: prefix, suffix: suffix)
                + Anchorer.positionWeight * positionScore
            if best == nil || score > best!.score { best = (score, match) }
        }
        guard let match = best?.match else { return .orphan }
        return AnchorResult(method: .fuzzy, range: match.start..<match.end, editDistance: match.errors)
    }

    /// Where an approximate match could start. A quote with at most k edits keeps one of
    /// any k + 1 disjoint pieces intact, so every match contains an exact hit of a piece.
    private func candidateStarts(pattern: [Unicode.Scalar], maxErrors: Int, oldStart: Int) -> [Int] {
        let pieceCount = maxErrors + 1
        let pieceLength = pattern.count / pieceCount
        var starts = Set<Int>()
        for piece in 0..<pieceCount {
            let offset = piece * pieceLength
            var bytes: [UInt8] = []
            for scalar in pattern[offset..<(offset + pieceLength)] { bytes.append(contentsOf: String(scalar).utf8) }
            for hit in text.occurrences(of: bytes, limit: Anchorer.maxOccurrences) {
                starts.insert(text.scalarOffset(ofByte: hit) - offset)
            }
        }
        // Nearby starts lead to the same window; the nearest to the old position come first.
        let sorted = starts.sorted()
        var distinct: [Int] = []
        for start in sorted where distinct.last.map({ start - $0 > maxErrors }) ?? true {
            distinct.append(start)
        }
        return Array(distinct.sorted { abs($0 - oldStart) < abs($1 - oldStart) }.prefix(Anchorer.maxCandidates))
    }

    /// 0 to 2: how well the text around a range agrees with the stored prefix and suffix.
    private func contextScore(start: Int, end: Int, prefix: [Unicode.Scalar], suffix: [Unicode.Scalar]) -> Double {
        let before = text.scalars(max(0, start - prefix.count)..<start)
        let after = text.scalars(end..<min(text.scalarCount, end + suffix.count))
        return EditDistance.similarity(prefix, before) + EditDistance.similarity(suffix, after)
    }
}
