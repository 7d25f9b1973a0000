import MetricsStore
import PlanModel

extension ActualsIndex {
    /// The distinct days in `window` on which `metric` has an observation, ascending, and the
    /// days each dimension value the metric carries (anywhere in the index: a store missing
    /// from the window's exports lacks every day) lacks of them (`MetricsSource.coveredDays`).
    ///
    /// - Complexity: O(log n + m) for the m observations of the metric in the window, plus the
    ///   same over each dimension's values; no hashing (the store's order is by day, so equal
    ///   days are neighbours).
    func coveredDays(of metric: String, in window: DateRange) -> CoveredDays {
        guard let number = metricNumbers[metric] else { return CoveredDays() }
        let series = self.series[number]
        let first = window.first.daysSinceEpoch, last = window.last.daysSinceEpoch
        let lower = series.days.partitionPoint { $0 >= first }
        let upper = series.days.partitionPoint { $0 > last }
        var all: [Int] = []
        for position in lower..<upper where all.last != series.days[position] { all.append(series.days[position]) }
        var covered = CoveredDays(all: all)
        guard !all.isEmpty else { return covered }
        for (pair, valueNumber) in dimensionValueNumbers where valueNumber < series.byValue.count {
            let positions = series.byValue[valueNumber]
            // A value this metric never carries is no gap of it.
            guard !positions.isEmpty else { continue }
            let from = positions.partitionPoint { series.days[Int($0)] >= first }
            let to = positions.partitionPoint { series.days[Int($0)] > last }
            // Its days are some of `all`: as many distinct ones means every one, nothing to list
            // (counted first, as a warehouse's 50,000 stores are mostly complete).
            var distinct = 0, previous = Int.min
            for position in positions[from..<to] where series.days[Int(position)] != previous {
                previous = series.days[Int(position)]
                distinct += 1
            }
            guard distinct < all.count else { continue }
            var days: [Int] = []
            days.reserveCapacity(distinct)
            for position in positions[from..<to] where days.last != series.days[Int(position)] { days.append(series.days[Int(position)]) }
            let lacking = CoveredDays.difference(all, days)
            if !lacking.isEmpty { covered.missing[pair.dimension, default: [:]][pair.value] = lacking }
        }
        return covered
    }
}
