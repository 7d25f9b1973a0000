import MetricsStore

extension ObservationBatch {
    /// Whether each metric's observations come with strictly increasing (day, combination id)
    /// — the order of the unique index of current keys, (metric, day, combination). A bulk
    /// load in that order appends to the index as it appends to the table, which costs less
    /// than one sort of every key afterwards (benchmarks.md §5j); a key given twice is not in
    /// that order, so such a load never meets the unique constraint.
    ///
    /// - Parameter combinationIDs: the store's id of each of the batch's combinations.
    /// - Complexity: O(n), stopping at the first observation out of order.
    func isInKeyOrder(combinationIDs: [Int64]) -> Bool {
        var last = [(day: Int, combination: Int64)?](repeating: nil, count: metricIDs.count)
        do {
            try forEachObservation { metric, day, _, combination in
                let key = (day: day, combination: combinationIDs[combination])
                if let previous = last[metric], !(previous < key) { throw KeyOrderBroken() }
                last[metric] = key
            }
            return true
        } catch {
            return false
        }
    }
}

/// Ends an order check at the first observation out of order.
struct KeyOrderBroken: Error {}
