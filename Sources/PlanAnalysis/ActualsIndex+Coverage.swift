import PlanModel

extension ActualsIndex {
    /// The distinct days in `window` on which `metric` has an observation: all of them, and
    /// per dimension value the metric carries (`渠道 = 门店`), for telling which days a KPI's
    /// window lacks.
    ///
    /// - Complexity: O(log n + m) for the m observations of the metric in the window, plus
    ///   O(m) over the dimension values' positions.
    func days(of metric: String, in window: DateRange) -> (all: Set<Int>, byValue: [DimensionValue: Set<Int>])? {
        guard let number = metricNumbers[metric] else { return nil }
        let series = self.series[number]
        let first = window.first.daysSinceEpoch, last = window.last.daysSinceEpoch
        let lower = series.days.partitionPoint { $0 >= first }
        let upper = series.days.partitionPoint { $0 > last }
        var all = Set<Int>()
        for position in lower..<upper { all.insert(series.days[position]) }
        var byValue: [DimensionValue: Set<Int>] = [:]
        guard !all.isEmpty else { return (all, byValue) }
        for (pair, valueNumber) in dimensionValueNumbers where valueNumber < series.byValue.count {
            let positions = series.byValue[valueNumber]
            guard !positions.isEmpty else { continue }
            let from = positions.partitionPoint { series.days[Int($0)] >= first }
            let to = positions.partitionPoint { series.days[Int($0)] > last }
            var days = Set<Int>()
            for position in positions[from..<to] { days.insert(series.days[Int(position)]) }
            byValue[pair] = days
        }
        return (all, byValue)
    }
}
