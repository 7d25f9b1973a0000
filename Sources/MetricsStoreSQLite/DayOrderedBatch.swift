import MetricsStore

/// A batch's observations metric after metric, each metric's by day, the rows of one day in
/// input order (a stable sort): the order of the store's table (metric, day, import, row). An
/// export sorted by store rather than by date, inserted as it comes, lands all over the
/// table; in this order every insert appends to it (benchmarks.md §5j).
///
/// The rows of one (metric, day) keep their input order, so the store's numbering of them
/// (`seq`) keeps it where it counts: a day's sums add them in the same order, and of a key
/// given twice the later row stays current.
struct DayOrderedBatch: ObservationBatch {
    let metricIDs: [String]
    let dimensionCombinations: [[String: String]]
    let count: Int
    private var days: [[Int32]]
    private var values: [[Double]]
    private var combinations: [[Int32]]
    /// Per metric, its positions in the arrays above in (day, input) order.
    private var order: [[Int32]] = []

    /// - Complexity: O(n + d) for n observations spanning d days per metric (a counting sort),
    ///   O(n log n) when the days are spread far wider than there are observations.
    init(_ batch: some ObservationBatch) {
        metricIDs = batch.metricIDs
        dimensionCombinations = batch.dimensionCombinations
        count = batch.count
        days = Array(repeating: [], count: metricIDs.count)
        values = Array(repeating: [], count: metricIDs.count)
        combinations = Array(repeating: [], count: metricIDs.count)
        batch.forEachObservation { metric, day, value, combination in
            days[metric].append(Int32(truncatingIfNeeded: day))
            values[metric].append(value)
            combinations[metric].append(Int32(truncatingIfNeeded: combination))
        }
        order = days.map(Self.stableOrder)
    }

    /// Whether each metric's observations come day after day (equal days together, in any
    /// input order within a day): the table's order, with nothing to sort.
    static func isDayOrdered(_ batch: some ObservationBatch) -> Bool {
        var last = [Int](repeating: .min, count: batch.metricIDs.count)
        do {
            try batch.forEachObservation { metric, day, _, _ in
                guard day >= last[metric] else { throw KeyOrderBroken() }
                last[metric] = day
            }
            return true
        } catch {
            return false
        }
    }

    func forEachObservation(_ body: (Int, Int, Double, Int) throws -> Void) rethrows {
        for metric in order.indices {
            for position in order[metric] {
                let at = Int(position)
                try body(metric, Int(days[metric][at]), values[metric][at], Int(combinations[metric][at]))
            }
        }
    }

    /// Positions of `days` sorted by day, equal days in their order.
    private static func stableOrder(_ days: [Int32]) -> [Int32] {
        guard let low = days.min(), let high = days.max() else { return [] }
        let span = Int(high) - Int(low) + 1
        guard span <= 4 * days.count + 1024 else {
            return days.indices.sorted { (days[$0], $0) < (days[$1], $1) }.map { Int32($0) }
        }
        // Counting sort: where each day's positions begin, then the positions in input order.
        var starts = [Int](repeating: 0, count: span + 1)
        for day in days { starts[Int(day - low) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var sorted = [Int32](repeating: 0, count: days.count)
        for (position, day) in days.enumerated() {
            sorted[starts[Int(day - low)]] = Int32(position)
            starts[Int(day - low)] += 1
        }
        return sorted
    }
}
