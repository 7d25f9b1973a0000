import MetricsStore
import PlanModel

extension SQLiteMetricsStore {
    /// The distinct days of the metric in the window, and the days each dimension value it
    /// carries anywhere in the store lacks of them, from the window's scan (`windowScan`,
    /// which the window's sums share) and the values the metric carries (`knownValues`).
    ///
    /// - Complexity: one pass over the window's rows of the metric (none when its sums were
    ///   asked before), O(log N + m); its combinations in `series` and their values, once
    ///   per metric; O(v + g) for v values lacking g days.
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        let scan = try windowScan(metric, from: window.first.daysSinceEpoch, through: window.last.daysSinceEpoch)
        guard !scan.days.isEmpty else { return CoveredDays() }
        return scan.coverage(known: try knownValues(of: metric))
    }
}
