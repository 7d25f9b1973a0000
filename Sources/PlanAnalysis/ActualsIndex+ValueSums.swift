import PlanModel

extension ActualsIndex {
    /// Each value's (dimension, value) number, -1 for a value no combination carries.
    ///
    /// - Complexity: O(v) expected, a hash of each value.
    func pairNumbers(_ dimension: String, _ values: [String]) -> [Int32] {
        values.map { value in dimensionValueNumbers[DimensionValue(dimension: dimension, value: value)].map(Int32.init) ?? -1 }
    }

    /// `aggregate(metric, in: window, where: [dimension: value], stock: false)` for each value
    /// given by its number (`pairNumbers`), from one pass over the metric's observations in
    /// the window: each is added to its value's sum in the store's order, starting from 0 —
    /// the additions the filtered aggregate makes over that value's positions, in the same
    /// order, so the same bits.
    ///
    /// - Complexity: O(log n + m + v) for the m observations in the window and v values asked.
    func sums(_ metric: String, in window: DateRange, by dimension: String, pairs wanted: [Int32]) -> [Double?] {
        guard let number = metricNumbers[metric], let pairs = valueOfCombination[dimension] else { return wanted.map { _ in nil } }
        let series = self.series[number]
        let first = window.first.daysSinceEpoch, last = window.last.daysSinceEpoch
        let lower = series.days.partitionPoint { $0 >= first }
        let upper = series.days.partitionPoint { $0 > last }
        // An empty window (its last day before its first) sums nothing.
        guard lower < upper else { return wanted.map { _ in nil } }
        var sums = [Double](repeating: 0, count: combinationsByValue.count)
        var found = [Bool](repeating: false, count: combinationsByValue.count)
        for position in lower..<upper {
            let pair = Int(pairs[Int(series.combinations[position])])
            guard pair >= 0 else { continue }
            sums[pair] += series.values[position]
            found[pair] = true
        }
        return wanted.map { pair in pair >= 0 && found[Int(pair)] ? sums[Int(pair)] : nil }
    }
}
