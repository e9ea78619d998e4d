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
    static let maxErrors = 32
    /// Approximate matches are first looked for this many bytes around the old position.
    static let nearbyBytes = 16_384

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

    /// Searches outward from the old position in growing rings, so that a claim that moved
    /// a little costs a little, however long the article. A copy whose prefix and suffix both
    /// agree exactly wins as soon as no nearer copy can exist; otherwise the nearest copies
    /// are scored by how similar their context is.
    private func nearestExactQuote(_ exact: [UInt8], quote: QuoteSelector, oldStart: Int) -> Range<Int>? {
        let prefix = Array(quote.prefix.utf8)
        let suffix = Array(quote.suffix.utf8)
        let oldByte = text.byteOffset(ofScalar: oldStart)
        var scanned = oldByte..<oldByte
        var radius = max(1024, exact.count * 8)
        var nearestPerfect: (distance: Int, byte: Int)?
        var others: [Int] = []
        while true {
            let ring = max(0, oldByte - radius)..<min(text.bytes.count, oldByte + radius)
            for part in [ring.lowerBound..<scanned.lowerBound, scanned.upperBound..<ring.upperBound] where !part.isEmpty {
                // Matches that start in the part; they may end past it.
                let searchRange = part.lowerBound..<min(text.bytes.count, part.upperBound + exact.count - 1)
                for hit in text.occurrences(of: exact, in: searchRange) {
                    if text.hasBytes(prefix, atByte: hit - prefix.count) && text.hasBytes(suffix, atByte: hit + exact.count) {
                        let distance = abs(hit - oldByte)
                        if nearestPerfect == nil || distance < nearestPerfect!.distance { nearestPerfect = (distance, hit) }
                    } else if others.count < Anchorer.maxOccurrences {
                        others.append(hit)
                    }
                }
            }
            scanned = ring
            if let perfect = nearestPerfect, perfect.distance <= radius { return scalarRange(ofByte: perfect.byte, length: exact.count) }
            if ring == 0..<text.bytes.count { break }
            radius *= 4
        }
        if let perfect = nearestPerfect { return scalarRange(ofByte: perfect.byte, length: exact.count) }
        // No copy keeps its whole context: the most similar context among the nearest copies.
        let prefixScalars = Array(quote.prefix.unicodeScalars)
        let suffixScalars = Array(quote.suffix.unicodeScalars)
        let length = quote.exact.unicodeScalars.count
        var best: (score: Double, distance: Int, start: Int)?
        for hit in others.sorted(by: { abs($0 - oldByte) < abs($1 - oldByte) }).prefix(Anchorer.maxCandidates) {
            let start = text.scalarOffset(ofByte: hit)
            let score = contextScore(start: start, end: start + length, prefix: prefixScalars, suffix: suffixScalars)
            let distance = abs(start - oldStart)
            if let current = best, current.score > score || (current.score == score && current.distance <= distance) {
                continue
            }
            best = (score, distance, start)
        }
        return best.map { $0.start..<($0.start + length) }
    }

    private func scalarRange(ofByte byte: Int, length: Int) -> Range<Int> {
        text.scalarOffset(ofByte: byte)..<text.scalarOffset(ofByte: byte + length)
    }

    private func approximateMatch(quote: QuoteSelector, oldStart: Int) -> AnchorResult {
        let pattern = Array(quote.exact.unicodeScalars)
        let maxErrors = min(Anchorer.maxErrors, pattern.count / Anchorer.scalarsPerAllowedError)
        guard maxErrors > 0, text.scalarCount > 0 else { return .orphan }
        let oldByte = text.byteOffset(ofScalar: oldStart)
        let nearby = max(0, oldByte - Anchorer.nearbyBytes)..<min(text.bytes.count, oldByte + Anchorer.nearbyBytes)
        for searchRange in [nearby, 0..<text.bytes.count] {
            let candidates = candidateStarts(pattern: pattern, maxErrors: maxErrors, oldStart: oldStart, in: searchRange)
            if let match = bestApproximateMatch(pattern: pattern, quote: quote, maxErrors: maxErrors,
                                                oldStart: oldStart, candidates: candidates) {
                return AnchorResult(method: .fuzzy, range: match.start..<match.end, editDistance: match.errors)
            }
            if searchRange == 0..<text.bytes.count { break }
        }
        return .orphan
    }

    private func bestApproximateMatch(pattern: [Unicode.Scalar], quote: QuoteSelector, maxErrors: Int, oldStart: Int,
                                      candidates: [Int]) -> EditDistance.Match? {
        let prefix = Array(quote.prefix.unicodeScalars)
        let suffix = Array(quote.suffix.unicodeScalars)
        var best: (score: Double, match: EditDistance.Match)?
        for candidate in candidates {
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
        return best?.match
    }

    /// Where an approximate match could start. A quote with at most k edits keeps one of
    /// any k + 1 disjoint pieces intact, so every match contains an exact hit of a piece.
    private func candidateStarts(pattern: [Unicode.Scalar], maxErrors: Int, oldStart: Int, in byteRange: Range<Int>) -> [Int] {
        let pieceCount = maxErrors + 1
        let pieceLength = pattern.count / pieceCount
        var starts = Set<Int>()
        for piece in 0..<pieceCount {
            let offset = piece * pieceLength
            var bytes: [UInt8] = []
            for scalar in pattern[offset..<(offset + pieceLength)] { bytes.append(contentsOf: String(scalar).utf8) }
            for hit in text.occurrences(of: bytes, in: byteRange, limit: Anchorer.maxOccurrences) {
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
