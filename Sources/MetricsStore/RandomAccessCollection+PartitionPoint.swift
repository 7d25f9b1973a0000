/// The binary search the in-memory index (`ActualsIndex`) and the SQLite store's window scans
/// (`WindowScan`) both use, in the module below them.
extension RandomAccessCollection {
    /// The first index whose element satisfies `isAbove`, for a predicate that is false
    /// then true along the collection (binary search).
    ///
    /// - Complexity: O(log n).
    @inlinable
    public func partitionPoint(where isAbove: (Element) -> Bool) -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if isAbove(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
