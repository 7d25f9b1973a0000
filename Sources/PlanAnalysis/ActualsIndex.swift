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
    var series: [Series] = []
    /// Each combination's dimensions, numbered in order of first appearance in the input.
    var combinations: [[String: String]] = []
    var dimensionValueNumbers: [DimensionValue: Int] = [:]
    /// The dimension values each combination carries.
    var combinationValues: [[Int]] = []
    /// The combinations carrying each dimension value, ascending.
    var combinationsByValue: [[Int32]] = []
    /// Each dimension's values, sorted: what `ActualsStore.values(of:)` answers.
    var sortedValues: [String: [String]] = [:]
    /// The dimensions each metric's observations carry.
    var dimensionsByMetric: [String: Set<String>] = [:]

    /// The store's order, and the index over it.
    ///
    /// - Complexity: O(n) for n observations when their dates span fewer than about n days
    ///   (a counting sort), O(n log n) otherwise.
    static func build(_ input: [Observation], stockMetrics: Set<String>) -> (sorted: [Observation], index: ActualsIndex) {
        var index = ActualsIndex()
        // Metric and combination numbers, in input order (where the observations of a row
        // follow each other). 32-bit numbers and positions: the temporaries of a few million
        // observations are a good part of the time, in page faults.
        precondition(input.count < Int(Int32.max), "more observations than an index of 32-bit positions holds")
        var metricOf = [Int32](repeating: 0, count: input.count)
        var combinationOf = [Int32](repeating: 0, count: input.count)
        var metricNames: [String] = []
        var perMetric: [Int] = []
        var combinations = CombinationNumbering()
        var lastMetric = -1
        var days = (first: Int.max, last: Int.min)
        for position in input.indices {
            let metric = index.number(ofMetric: input[position].metric, after: lastMetric, names: &metricNames)
            if metric == perMetric.count { perMetric.append(0) }
            perMetric[metric] += 1
            metricOf[position] = Int32(metric)
            lastMetric = metric
            combinationOf[position] = combinations.number(of: input[position].dimensions)
            let day = input[position].date.daysSinceEpoch
            days = (min(days.first, day), max(days.last, day))
        }
        index.combinations = combinations.combinations
        let order = storeOrder(input, days: days, metricOf: metricOf, metricNames: metricNames)
        index.numberDimensionValues()
        var sorted: [Observation] = []
        sorted.reserveCapacity(input.count)
        index.series = perMetric.map { count in
            var series = Series()
            series.days.reserveCapacity(count)
            series.values.reserveCapacity(count)
            series.combinations.reserveCapacity(count)
            return series
        }
        var firstSeen: [Int32] = []
        var seen = [Bool](repeating: false, count: index.combinations.count)
        for position in order.lazy.map(Int.init) {
            sorted.append(input[position])
            let metric = Int(metricOf[position]), combination = combinationOf[position]
            index.series[metric].days.append(input[position].date.daysSinceEpoch)
            index.series[metric].values.append(input[position].value)
            index.series[metric].combinations.append(combination)
            if !seen[Int(combination)] {
                seen[Int(combination)] = true
                firstSeen.append(combination)
            }
        }
        let valuesOfCombination = PositionBuckets(lists: index.combinationValues)
        for metric in index.series.indices {
            let combinations = index.series[metric].combinations
            var carried = [Bool](repeating: false, count: index.combinations.count)
            for combination in combinations { carried[Int(combination)] = true }
            var dimensions: Set<String> = []
            for combination in carried.indices where carried[combination] { dimensions.formUnion(index.combinations[combination].keys) }
            index.dimensionsByMetric[metricNames[metric]] = dimensions
            index.series[metric].byValue = PositionBuckets(count: index.combinationsByValue.count, groups: combinations, keysOfGroup: valuesOfCombination)
            if stockMetrics.contains(metricNames[metric]) {
                index.series[metric].byCombination = PositionBuckets(count: index.combinations.count, keys: combinations)
            }
        }
        index.sortValues(firstSeen: firstSeen)
        return (sorted, index)
    }

    /// The metric's number; tries the one after the previous first, as rows list their
    /// metrics in the same order (String comparison of equal short ids is immediate).
    private mutating func number(ofMetric metric: String, after previous: Int, names: inout [String]) -> Int {
        if !names.isEmpty {
            let next = (previous + 1) % names.count
            if names[next] == metric { return next }
        }
        if let known = metricNumbers[metric] { return known }
        metricNumbers[metric] = names.count
        names.append(metric)
        return names.count - 1
    }

    /// Positions of the input in the store's order: by date, then metric id (String order),
    /// ties kept in input order — what a stable sort by `(date, metric)` gives.
    private static func storeOrder(_ input: [Observation], days: (first: Int, last: Int), metricOf: [Int32], metricNames: [String]) -> [Int32] {
        guard !input.isEmpty else { return [] }
        var rank = [Int](repeating: 0, count: metricNames.count)
        // Ids that compare equal as Strings (canonically equivalent) share a number already.
        for (place, metric) in metricNames.indices.sorted(by: { metricNames[$0] < metricNames[$1] }).enumerated() { rank[metric] = place }
        let (span, overflow) = (days.last - days.first + 1).multipliedReportingOverflow(by: metricNames.count)
        if !overflow && span < 4 * input.count + 1024 {
            // Counting sort on (day, metric rank): stable, linear.
            func key(_ position: Int) -> Int { (input[position].date.daysSinceEpoch - days.first) * metricNames.count + rank[Int(metricOf[position])] }
            var starts = [Int32](repeating: 0, count: span + 1)
            for position in input.indices { starts[key(position) + 1] += 1 }
            for key in starts.indices.dropFirst() { starts[key] += starts[key - 1] }
            var order = [Int32](repeating: 0, count: input.count)
            for position in input.indices {
                let slot = key(position)
                order[Int(starts[slot])] = Int32(position)
                starts[slot] += 1
            }
            return order
        }
        return input.indices.sorted { a, b in
            (input[a].date.daysSinceEpoch, rank[Int(metricOf[a])], a) < (input[b].date.daysSinceEpoch, rank[Int(metricOf[b])], b)
        }.map(Int32.init)
    }

    /// Numbers every (dimension, value) pair the combinations carry.
    private mutating func numberDimensionValues() {
        combinationValues = combinations.indices.map { combination in
            combinations[combination].map { key, value in
                let pair = DimensionValue(dimension: key, value: value)
                if let known = dimensionValueNumbers[pair] {
                    combinationsByValue[known].append(Int32(combination))
                    return known
                }
                dimensionValueNumbers[pair] = combinationsByValue.count
                combinationsByValue.append([Int32(combination)])
                return combinationsByValue.count - 1
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
