import MetricsStore
import PlanModel

extension ActualsIndex {
    /// The distinct days in `window` on which `metric` has an observation, ascending: all of
    /// them, and per dimension value the metric carries in the window (`渠道 = 门店`), for
    /// telling which days a KPI's window lacks (`MetricsSource.coveredDays`).
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
        var byValue: [String: [String: [Int]]] = [:]
        guard !all.isEmpty else { return CoveredDays(all: all, byValue: byValue) }
        for (pair, valueNumber) in dimensionValueNumbers where valueNumber < series.byValue.count {
            let positions = series.byValue[valueNumber]
            guard !positions.isEmpty else { continue }
            let from = positions.partitionPoint { series.days[Int($0)] >= first }
            let to = positions.partitionPoint { series.days[Int($0)] > last }
            var days: [Int] = []
            for position in positions[from..<to] where days.last != series.days[Int(position)] { days.append(series.days[Int(position)]) }
            // Only values seen in the window, as every source answers (a database finds no other).
            if !days.isEmpty { byValue[pair.dimension, default: [:]][pair.value] = days }
        }
        return CoveredDays(all: all, byValue: byValue)
    }
}

/// The elements of a sorted array that a sorted subset lacks.
func sortedDifference(_ whole: [Int], _ part: [Int]) -> [Int] {
    var result: [Int] = [], index = 0
    for element in whole {
        while index < part.count && part[index] < element { index += 1 }
        if index >= part.count || part[index] != element { result.append(element) }
    }
    return result
}
