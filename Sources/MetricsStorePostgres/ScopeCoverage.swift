import MetricsStore

/// A metric's coverage over the whole plan window (the warehouse's scope), asked once and kept
/// for the review's life: the days with a value, and the dimension values that lack some of
/// them with the days they have. Every window's coverage is cut from it in memory
/// (`coverage(first:last:dimensions:)`), where each used to be one query crossing the
/// values with the window's days.
///
/// A value with every day of the scope lacks no day of any window inside it, so only the
/// incomplete ones are kept: a complete table of 50,000 stores answers its days alone.
struct ScopeCoverage: Sendable {
    /// The days with a value, ascending.
    var days: [Int] = []
    /// Per incomplete value (its dimension by position in the plan's order), its days, ascending.
    var incomplete: [(dimension: Int, value: String, days: [Int])] = []
    /// Whether the metric's sums over any rows of the scope come out the same in any order of
    /// addition (`orderFree(integral:magnitude:count:)`), so the server may add them as it
    /// likes — hashed, in parallel, per shard — instead of sorting them.
    var orderFree = false

    /// True when every value is an integer and `count` times the largest magnitude is below
    /// 2⁵³: then every partial sum, in any order, is an integer below 2⁵³ in magnitude, which a
    /// double holds exactly, so each addition is exact and every order gives the exact sum —
    /// the sequential sum's bits. (NaN or an infinity fails the bound.)
    static func orderFree(integral: Bool, magnitude: Double, count: Int) -> Bool {
        // The product rounds monotonically and 2⁵³ is a double: below it means truly below it.
        integral && Double(count) * magnitude < 9_007_199_254_740_992
    }

    /// The coverage of the days `first…last`; `dimensions` names the dimension positions.
    ///
    /// - Complexity: O(d + Σ days of the incomplete values).
    func coverage(first: Int, last: Int, dimensions: [String]) -> CoveredDays {
        var covered = CoveredDays(all: days.filter { $0 >= first && $0 <= last })
        guard !covered.all.isEmpty else { return CoveredDays() }
        for entry in incomplete {
            let lacking = CoveredDays.difference(covered.all, entry.days)
            if !lacking.isEmpty { covered.missing[dimensions[entry.dimension], default: [:]][entry.value] = lacking }
        }
        return covered
    }
}
