import MetricsStore

/// Everything a review asks of one flow over one window, from one pass over the window's
/// current rows in the store's order (day, import, row): the sum, each dimension value's sum,
/// the running sum after each day (a pacing line starting on the window's first day), and the
/// days each value lacks (coverage). Each sum is the same additions in the same order as
/// `cp_sum` / `cp_sum_by` over the rows it covers, so the bits are the in-memory store's.
///
/// The review used to ask SQLite one query per question — the window's sum, then per
/// dimension the per-value sums, then the running sums, then the coverage — each a pass over
/// the same rows and a Swift callback per row; one pass answers them all. What is kept is one
/// number per dimension value and day, never a row.
struct WindowScan: Sendable {
    /// The dimension table the rows were numbered by.
    let table: CombinationTable
    /// The sequential sum of every row; `nil` when there is none.
    private(set) var total: Double?
    /// The days with rows, ascending, and the running sum after each one's last row.
    private(set) var days: [Int] = []
    private(set) var running: [Double] = []
    /// Per dimension, per value (numbered as in the `CombinationTable`), the sequential sum of
    /// the rows carrying it; `nil` for a value with no row in the window.
    private(set) var sums: [[Double?]]
    /// Per dimension, per value with rows, the window's days with rows it lacks.
    private(set) var missing: [[Int: [Int]]]
    /// Per dimension, per value: the position in `days` of its last row so far, -1 for none.
    private var lastSeen: [[Int32]]

    init(_ table: CombinationTable) {
        self.table = table
        sums = table.values.map { Array(repeating: nil, count: $0.count) }
        lastSeen = table.values.map { Array(repeating: -1, count: $0.count) }
        missing = table.values.map { _ in [:] }
    }

    /// Adds the next row in the store's order.
    ///
    /// - Complexity: O(p) for the p dimensions of the row's combination, plus the days a value
    ///   is found to lack.
    mutating func add(day: Int, value: Double, pairs: [CombinationTable.Pair]) {
        if days.last != day {
            if let total { running.append(total) }
            days.append(day)
        }
        total = (total ?? 0) + value
        let position = Int32(days.count - 1)
        for pair in pairs {
            sums[pair.dimension][pair.value] = (sums[pair.dimension][pair.value] ?? 0) + value
            let seen = lastSeen[pair.dimension][pair.value]
            if seen != position {
                if seen + 1 < position {
                    missing[pair.dimension][pair.value, default: []] += days[Int(seen + 1)..<Int(position)]
                }
                lastSeen[pair.dimension][pair.value] = position
            }
        }
    }

    /// After the last row: the running sum of the last day, and the days after each value's
    /// last row.
    mutating func finish() {
        if let total { running.append(total) }
        let end = Int32(days.count - 1)
        for dimension in lastSeen.indices {
            for (value, seen) in lastSeen[dimension].enumerated() where seen >= 0 && seen < end {
                missing[dimension][value, default: []] += days[Int(seen + 1)...]
            }
        }
        lastSeen = []
    }

    /// The sum over the window's first day through `last`: the running sum after the last day
    /// with rows on or before it; `nil` when none.
    ///
    /// - Complexity: O(log d) for d days with rows.
    func sum(through last: Int) -> Double? {
        let after = days.partitionPoint { $0 > last }
        return after > 0 ? running[after - 1] : nil
    }

    /// The sum of the rows carrying `value` of `dimension`; `nil` when none does.
    func sum(of dimension: String, _ value: String) -> Double? {
        guard let pair = table.number(of: dimension, value) else { return nil }
        return sums[pair.dimension][pair.value]
    }

    /// The coverage of the window, for the `known` (dimension, value) pairs the metric carries
    /// anywhere in the store: a known value without a row in the window lacks every day.
    ///
    /// - Complexity: O(k + g) for k known values and g days lacking.
    func coverage(known: [(dimension: String, value: String)]) -> CoveredDays {
        var covered = CoveredDays(all: days)
        guard !days.isEmpty else { return covered }
        for (dimension, value) in known {
            let pair = table.number(of: dimension, value)
            let lacking = pair.flatMap { sums[$0.dimension][$0.value] == nil ? nil : missing[$0.dimension][$0.value] ?? [] } ?? days
            if !lacking.isEmpty { covered.missing[dimension, default: [:]][value] = lacking }
        }
        return covered
    }
}
