/// Edit distances over Unicode scalars, for approximate anchoring.
enum EditDistance {
    /// Levenshtein distance between two short sequences.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// 1 for equal sequences, falling to 0 as they differ.
    static func similarity(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        let longest = max(a.count, b.count)
        if longest == 0 { return 1 }
        return 1 - Double(distance(a, b)) / Double(longest)
    }

    struct Match {
        var start: Int
        var end: Int
        var errors: Int
    }

    /// The best approximate occurrence of `pattern` anywhere in `text` (Sellers' algorithm:
    /// a match may start at any position for free), or nil if it needs more than `maxErrors`.
    static func bestMatch(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], maxErrors: Int) -> Match? {
        let m = pattern.count
        guard m > 0, !text.isEmpty else { return nil }
        // Column j of the matrix: cost[i] is the cheapest alignment of pattern[0..<i] ending at
        // text position j, and start[i] where in text that alignment began.
        var cost = Array(0...m)
        var start = [Int](repeating: 0, count: m + 1)
        var nextCost = cost
        var nextStart = start
        var best: Match?
        for j in 1...text.count {
            nextCost[0] = 0
            nextStart[0] = j
            for i in 1...m {
                let diagonal = cost[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1)
                let up = nextCost[i - 1] + 1
                let left = cost[i] + 1
                if diagonal <= up && diagonal <= left {
                    nextCost[i] = diagonal
                    nextStart[i] = start[i - 1]
                } else if left <= up {
                    nextCost[i] = left
                    nextStart[i] = start[i]
                } else {
                    nextCost[i] = up
                    nextStart[i] = nextStart[i - 1]
                }
            }
            swap(&cost, &nextCost)
            swap(&start, &nextStart)
            if cost[m] <= maxErrors && (best == nil || cost[m] < best!.errors) {
                best = Match(start: start[m], end: j, errors: cost[m])
            }
        }
        return best
    }
}
