/// Which claim covers each point of the text, as sorted, non-overlapping segments, so that
/// painting a line costs a binary search, not a walk over every claim. Where claims nest or
/// overlap, the one that starts last (the innermost) wins.
public struct ClaimSpans: Sendable, Hashable {
    public struct Segment: Sendable, Hashable {
        public var range: Range<Int>
        public var claim: Int
    }

    public private(set) var segments: [Segment] = []

    /// - Parameter ranges: each claim's range in the text, nil for orphans; indexes are claim numbers.
    public init(ranges: [Range<Int>?]) {
        var boundaries = Set<Int>()
        for range in ranges.compactMap({ $0 }) where !range.isEmpty {
            boundaries.insert(range.lowerBound)
            boundaries.insert(range.upperBound)
        }
        let points = boundaries.sorted()
        // Claims by start; an active list is enough because claims are few per point.
        let order = ranges.indices.filter { ranges[$0].map { !$0.isEmpty } ?? false }
            .sorted { (ranges[$0]!.lowerBound, $0) < (ranges[$1]!.lowerBound, $1) }
        var next = 0
        var active: [Int] = []
        for (index, point) in points.enumerated().dropLast() {
            active.removeAll { ranges[$0]!.upperBound <= point }
            while next < order.count && ranges[order[next]]!.lowerBound <= point {
                active.append(order[next])
                next += 1
            }
            guard let innermost = active.max(by: { (ranges[$0]!.lowerBound, $0) < (ranges[$1]!.lowerBound, $1) }) else { continue }
            let segment = point..<points[index + 1]
            if let last = segments.last, last.claim == innermost, last.range.upperBound == point {
                segments[segments.count - 1].range = last.range.lowerBound..<segment.upperBound
            } else {
                segments.append(Segment(range: segment, claim: innermost))
            }
        }
    }

    /// The claim covering a point of the text, if any.
    public func claim(at offset: Int) -> Int? {
        let low = segments.partitionPoint { $0.range.upperBound > offset }
        guard low < segments.count, segments[low].range.contains(offset) else { return nil }
        return segments[low].claim
    }
}
