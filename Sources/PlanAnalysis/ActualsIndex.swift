import MetricsStore
import PlanModel

/// The observations of an `ActualsStore`, arranged so that a windowed, filtered aggregate
/// reads only what it sums: per metric, its observations in the store's order (by date, ties
/// in input order) as columns, and per dimension value (and, for stocks, per dimension
/// combination) the positions in those columns that carry it.
///
/// Sums are taken element by element in the store's order, never as differences of prefix
/// sums: floating-point addition is not associative, and the values must be bit-identical
/// to summing the matching observations one after the other.
struct ActualsIndex: Sendable {
    /// One metric's observations, in the store's order.
    struct Series: Sendable {
        var days: [Int] = []
        var values: [Double] = []
        var combinations: [Int32] = []
        /// Positions by dimension value (`DimensionValue` number).
        var byValue = PositionBuckets()
        /// Positions by combination; built for stocks only, which take each one's last value.
        var byCombination: PositionBuckets?
    }

    struct DimensionValue: Hashable, Sendable {
        var dimension: String
        var value: String
    }

    var metricNumbers: [String: Int] = [:]
    /// Metric ids by number.
    var metricNames: [String] = []
    var series: [Series] = []
    /// Each combination's dimensions, numbered in order of first appearance in the input.
    var combinations: [[String: String]] = []
    var dimensionValueNumbers: [DimensionValue: Int] = [:]
    /// The dimension values each combination carries.
    var combinationValues: [[Int]] = []
    /// The combinations carrying each dimension value, ascending.
    var combinationsByValue: [[Int32]] = []
    /// Per dimension, each combination's (dimension, value) number, or -1 when it lacks the
    /// dimension: a breakdown's one pass (`sums(_:in:by:values:)`) files each position by it.
    var valueOfCombination: [String: [Int32]] = [:]
    /// Each dimension's values, sorted: what `ActualsStore.values(of:)` answers.
    var sortedValues: [String: [String]] = [:]
    /// The dimensions each metric's observations carry.
    var dimensionsByMetric: [String: Set<String>] = [:]

    /// The index over observations given one by one (input order).
    ///
    /// - Complexity: as `build(_ columns:stockMetrics:)`, after O(n) to make the columns.
    static func build(_ input: [Observation], stockMetrics: Set<String>) -> ActualsIndex {
        precondition(input.count < Int(Int32.max), "more observations than an index of 32-bit positions holds")
        return build(ObservationColumns(input), stockMetrics: stockMetrics)
    }

    /// The index over an import's columns, which become its series: per metric, the store's
    /// order is by date, ties in input order, so a metric whose days already ascend (as an
    /// export lists them) is taken over as it is, without a copy.
    ///
    /// - Complexity: O(n) for n observations when each metric's days ascend, or span fewer
    ///   than about n days (a counting sort), O(n log n) otherwise.
    static func build(_ input: ObservationColumns, stockMetrics: Set<String>) -> ActualsIndex {
        var index = ActualsIndex()
        precondition(input.count < Int(Int32.max), "more observations than an index of 32-bit positions holds")
        index.metricNames = input.metricNames
        for (number, name) in input.metricNames.enumerated() { index.metricNumbers[name] = number }
        index.combinations = input.numbering.combinations
        index.numberDimensionValues()
        index.series = input.columns.map { column in
            var series = Series()
            let order = storeOrder(column.days)
            if let order {
                series.days = order.map { column.days[Int($0)] }
                series.values = order.map { column.values[Int($0)] }
                series.combinations = order.map { column.combinations[Int($0)] }
            } else {
                series.days = column.days
                series.values = column.values
                series.combinations = column.combinations
            }
            return series
        }
        let valuesOfCombination = PositionBuckets(lists: index.combinationValues)
        for metric in index.series.indices {
            let combinations = index.series[metric].combinations
            var carried = [Bool](repeating: false, count: index.combinations.count)
            for combination in combinations { carried[Int(combination)] = true }
            var dimensions: Set<String> = []
            for combination in carried.indices where carried[combination] { dimensions.formUnion(index.combinations[combination].keys) }
            index.dimensionsByMetric[index.metricNames[metric]] = dimensions
            index.series[metric].byValue = PositionBuckets(count: index.combinationsByValue.count, groups: combinations, keysOfGroup: valuesOfCombination)
            if stockMetrics.contains(index.metricNames[metric]) {
                index.series[metric].byCombination = PositionBuckets(count: index.combinations.count, keys: combinations)
            }
        }
        var firstSeen: [Int32] = []
        var seen = [Bool](repeating: false, count: index.combinations.count)
        index.forEachInStoreOrder(metrics: Array(index.series.indices), ranges: index.series.map { $0.days.indices }) { metric, position in
            let combination = index.series[metric].combinations[position]
            if !seen[Int(combination)] {
                seen[Int(combination)] = true
                firstSeen.append(combination)
            }
        }
        index.sortValues(firstSeen: firstSeen)
        return index
    }

    /// The positions of one metric's days in the store's order (ascending, ties in input
    /// order: a stable sort), or `nil` when they ascend already.
    private static func storeOrder(_ days: [Int]) -> [Int32]? {
        guard let first = days.first, zip(days, days.dropFirst()).contains(where: { $0 > $1 }) else { return nil }
        let low = days.min() ?? first, high = days.max() ?? first
        let (span, overflow) = (high - low).addingReportingOverflow(1)
        if !overflow && span < 4 * days.count + 1024 {
            // Counting sort on the day: stable, linear.
            var starts = [Int32](repeating: 0, count: span + 1)
            for day in days { starts[day - low + 1] += 1 }
            for slot in starts.indices.dropFirst() { starts[slot] += starts[slot - 1] }
            var order = [Int32](repeating: 0, count: days.count)
            for (position, day) in days.enumerated() {
                order[Int(starts[day - low])] = Int32(position)
                starts[day - low] += 1
            }
            return order
        }
        return days.indices.sorted { (days[$0], $0) < (days[$1], $1) }.map(Int32.init)
    }

    /// Visits the positions `ranges[i]` of each metric `metrics[i]` in the store's order: by
    /// day, then metric id (String order), then position (input order).
    ///
    /// - Complexity: O(m + d × k) for m positions on d distinct days of k metrics.
    func forEachInStoreOrder(metrics: [Int], ranges: [Range<Int>], _ body: (_ metric: Int, _ position: Int) -> Void) {
        // Ids that compare equal as Strings (canonically equivalent) share a number already.
        let ranked = metrics.indices.sorted { metricNames[metrics[$0]] < metricNames[metrics[$1]] }
        var cursors = ranges.map(\.lowerBound)
        while true {
            var day = Int.max
            for slot in ranked where cursors[slot] < ranges[slot].upperBound {
                day = min(day, series[metrics[slot]].days[cursors[slot]])
            }
            guard day != Int.max else { return }
            for slot in ranked {
                let days = series[metrics[slot]].days
                while cursors[slot] < ranges[slot].upperBound && days[cursors[slot]] == day {
                    body(metrics[slot], cursors[slot])
                    cursors[slot] += 1
                }
            }
        }
    }

    /// The observations of `metrics` (all when `nil`) in `window` whose dimensions match
    /// `filter`, in the store's order.
    ///
    /// - Complexity: O(log n + m + d × k) for the m observations of the k metrics in the window.
    func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String]) -> [Observation] {
        let chosen = series.indices.filter { metrics?.contains(metricNames[$0]) ?? true }
        let first = window.first.daysSinceEpoch, last = window.last.daysSinceEpoch
        let ranges = chosen.map { metric in
            let days = series[metric].days
            return days.partitionPoint { $0 >= first }..<days.partitionPoint { $0 > last }
        }
        var matches: [Int32: Bool] = [:]
        var result: [Observation] = []
        forEachInStoreOrder(metrics: chosen, ranges: ranges) { metric, position in
            let combination = series[metric].combinations[position]
            let dimensions = combinations[Int(combination)]
            if !filter.isEmpty {
                let match = matches[combination] ?? filter.allSatisfy { dimensions[$0.key] == $0.value }
                matches[combination] = match
                guard match else { return }
            }
            result.append(Observation(date: CivilDate(daysSinceEpoch: series[metric].days[position]), metric: metricNames[metric],
                                      value: series[metric].values[position], dimensions: dimensions))
        }
        return result
    }

    /// Numbers every (dimension, value) pair the combinations carry.
    private mutating func numberDimensionValues() {
        combinationValues = combinations.indices.map { combination in
            combinations[combination].map { key, value in
                let pair = DimensionValue(dimension: key, value: value)
                let number: Int
                if let known = dimensionValueNumbers[pair] {
                    combinationsByValue[known].append(Int32(combination))
                    number = known
                } else {
                    dimensionValueNumbers[pair] = combinationsByValue.count
                    combinationsByValue.append([Int32(combination)])
                    number = combinationsByValue.count - 1
                }
                valueOfCombination[key, default: Array(repeating: -1, count: combinations.count)][combination] = Int32(number)
                return number
            }
        }
    }

    /// Each dimension's distinct values, sorted, taken as a Set over the observations in
    /// store order would take them (the first of equal Strings is kept).
    private mutating func sortValues(firstSeen: [Int32]) {
        var sets: [String: Set<String>] = [:]
        for combination in firstSeen {
            for (dimension, value) in combinations[Int(combination)] { sets[dimension, default: []].insert(value) }
        }
        sortedValues = sets.mapValues { $0.sorted() }
    }
}
