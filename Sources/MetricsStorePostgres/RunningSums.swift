import PlanModel

/// A metric's sequential sum from one day through each later day that has rows: what every
/// window starting on that day sums to, read at the window's last day.
struct RunningSums: Sendable {
    struct Key: Hashable, Sendable {
        var metric: String
        var first: Int
    }

    /// Days with rows, ascending, and the running sum after each one's last row.
    var days: [Int] = []
    var sums: [Double] = []

    /// The sum through `last`: after the last day with rows on or before it; `nil` when none.
    ///
    /// - Complexity: O(log d) for d days with rows.
    func value(through last: CivilDate) -> Double? {
        // The number of days on or before `last` (binary search: the days ascend).
        var low = 0, high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] <= last.daysSinceEpoch { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? sums[low - 1] : nil
    }
}
