extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsAfter`, for a collection in which
    /// every element that does comes after every one that does not (a sorted array asked
    /// "is it past this point?"): a binary search, the one every sorted index here uses.
    @inlinable
    public func partitionPoint(where belongsAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try belongsAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
