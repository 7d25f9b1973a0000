import MetricsStore
import PlanModel

extension ActualsIndex {
    /// The aggregate of `metric` over `window` for the observations matching `filter`: the
    /// sum of their values in store order (a flow), or the sum over matching combinations
    /// of each one's last value in the window (a stock). `nil` when nothing matches.
    ///
    /// - Complexity: O(log n + m) for a flow, m being the matching observations, with the
    ///   filter's smallest dimension-value group as candidates; O(c log n) for a stock over
    ///   c matching combinations.
    func aggregate(_ metric: String, in window: DateRange, where filter: [String: String], stock: Bool) -> Double? {
        guard let number = metricNumbers[metric] else { return nil }
        let series = self.series[number]
        let first = window.first.daysSinceEpoch, last = window.last.daysSinceEpoch
        var required: [Int] = []
        for (dimension, value) in filter {
            // A value no combination carries matches nothing.
            guard let pair = dimensionValueNumbers[DimensionValue(dimension: dimension, value: value)] else { return nil }
            required.append(pair)
        }
        if stock, let byCombination = series.byCombination {
            return lastValues(series, byCombination, first, last, required)
        }
        if required.isEmpty {
            let lower = series.days.partitionPoint { $0 >= first }
            let upper = series.days.partitionPoint { $0 > last }
            guard lower < upper else { return nil }
            var sum = 0.0
            for position in lower..<upper { sum += series.values[position] }
            return sum
        }
        let smallest = required.min { series.byValue[$0].count < series.byValue[$1].count } ?? required[0]
        let candidates = series.byValue[smallest]
        let lower = candidates.partitionPoint { series.days[Int($0)] >= first }
        let upper = candidates.partitionPoint { series.days[Int($0)] > last }
        guard lower < upper else { return nil }
        var sum = 0.0, found = false
        if required.count == 1 {
            for position in candidates[lower..<upper] { sum += series.values[Int(position)] }
            return sum
        }
        var matches = CombinationFilter(required: required)
        for position in candidates[lower..<upper] where matches(series.combinations[Int(position)], in: self) {
            sum += series.values[Int(position)]
            found = true
        }
        return found ? sum : nil
    }

    /// The sum of `metric` over `first...day` for each of `days` (ascending), unfiltered, as
    /// `aggregate` gives each (nil where nothing is summed): one running sum in store order,
    /// which adds the same values in the same order, so bit for bit the same. A pacing line
    /// over a 1,000-day window asked `aggregate` once per day, reading the series 1,000 times.
    /// `nil` when `days` do not ascend.
    ///
    /// - Complexity: O(log n + m + d) for the m observations up to the last of the d days.
    func runningSums(_ metric: String, from first: CivilDate, through days: [CivilDate]) -> [Double?]? {
        guard zip(days, days.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        guard let number = metricNumbers[metric] else { return days.map { _ in nil } }
        let series = self.series[number]
        let lower = series.days.partitionPoint { $0 >= first.daysSinceEpoch }
        var position = lower, sum = 0.0
        return days.map { day in
            let last = day.daysSinceEpoch
            while position < series.days.count && series.days[position] <= last {
                sum += series.values[position]
                position += 1
            }
            return position > lower ? sum : nil
        }
    }

    /// Σ over the matching combinations, in their numbering order, of each one's last value
    /// on or before `last` when that value is on or after `first`.
    private func lastValues(_ series: Series, _ byCombination: PositionBuckets, _ first: Int, _ last: Int, _ required: [Int]) -> Double? {
        var sum = 0.0, found = false
        func add(_ combination: Int) {
            let positions = byCombination[combination]
            let end = positions.partitionPoint { series.days[Int($0)] > last }
            guard end > positions.startIndex else { return }
            let position = Int(positions[end - 1])
            guard series.days[position] >= first else { return }
            sum += series.values[position]
            found = true
        }
        if required.isEmpty {
            for combination in 0..<byCombination.count { add(combination) }
        } else {
            let smallest = required.min { combinationsByValue[$0].count < combinationsByValue[$1].count } ?? required[0]
            var matches = CombinationFilter(required: required)
            for combination in combinationsByValue[smallest] where matches(combination, in: self) { add(Int(combination)) }
        }
        return found ? sum : nil
    }
}

/// Whether a combination carries every required dimension value, remembered per combination.
private struct CombinationFilter {
    let required: [Int]
    var known: [Int32: Bool] = [:]

    init(required: [Int]) { self.required = required }

    mutating func callAsFunction(_ combination: Int32, in index: ActualsIndex) -> Bool {
        if let answer = known[combination] { return answer }
        let carried = index.combinationValues[Int(combination)]
        let answer = required.allSatisfy(carried.contains)
        known[combination] = answer
        return answer
    }
}
