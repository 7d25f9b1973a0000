import PlanModel

extension ActualsStore {
    /// The days of `window` on which `metric` has data, and per dimension value the days it
    /// has data for that value (day numbers since the epoch, ascending): what a KPI's coverage
    /// and the missing days are computed from.
    ///
    /// - Complexity: from the in-memory index, O(log n + m) for the m observations in the
    ///   window; from another source, one read of those observations (in day order).
    func days(of metric: String, in window: DateRange) -> (all: [Int], byValue: [ActualsIndex.DimensionValue: [Int]])? {
        if let memory = source as? InMemoryMetrics { return memory.index.days(of: metric, in: window) }
        let observations = failures.reading([]) { try source.observations(of: [metric], in: window, where: [:]) }
        guard !observations.isEmpty else { return nil }
        var all: [Int] = []
        var byValue: [ActualsIndex.DimensionValue: [Int]] = [:]
        for observation in observations {
            let day = observation.date.daysSinceEpoch
            if all.last != day { all.append(day) }
            for (dimension, value) in observation.dimensions {
                let pair = ActualsIndex.DimensionValue(dimension: dimension, value: value)
                if byValue[pair]?.last != day { byValue[pair, default: []].append(day) }
            }
        }
        return (all, byValue)
    }
}
