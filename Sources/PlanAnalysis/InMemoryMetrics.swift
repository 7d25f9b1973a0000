import MetricsStore
import PlanModel

/// The metrics of export files read for one review, held in memory and indexed once
/// (`ActualsIndex`): the `MetricsSource` a review without a store reads.
public struct InMemoryMetrics: MetricsSource {
    /// Sorted by date, then metric id; observations with both equal keep their input order.
    public let observations: [Observation]
    let index: ActualsIndex
    /// The metrics indexed for last values (by combination).
    let stocks: Set<String>

    /// - Complexity: O(n) for n observations over a span of fewer than about n days,
    ///   O(n log n) otherwise (see `ActualsIndex.build`).
    public init(_ observations: [Observation], stockMetrics: Set<String>) {
        stocks = stockMetrics
        (self.observations, index) = ActualsIndex.build(observations, stockMetrics: stockMetrics)
    }

    /// - Complexity: O(log n + m) for a sum, m being the observations summed; O(c log n) for
    ///   the last values of a stock indexed as one over c combinations, O(n) for another metric.
    public func aggregate(_ metric: String, _ aggregation: Aggregation, in window: DateRange,
                          where filter: [String: String]) -> Double? {
        if aggregation == .last && !stocks.contains(metric) {
            return InMemoryMetrics(observations.filter { $0.metric == metric }, stockMetrics: [metric])
                .aggregate(metric, .last, in: window, where: filter)
        }
        return index.aggregate(metric, in: window, where: filter, stock: aggregation == .last)
    }

    /// - Complexity: O(1); computed with the index.
    public func values(of dimension: String) -> [String] {
        index.sortedValues[dimension] ?? []
    }

    /// - Complexity: O(1); computed with the index.
    public func dimensionsByMetric() -> [String: Set<String>] {
        index.dimensionsByMetric
    }

    /// - Complexity: O(n).
    public func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String]) -> [Observation] {
        observations.filter { observation in
            window.contains(observation.date) && (metrics?.contains(observation.metric) ?? true)
                && filter.allSatisfy { observation.dimensions[$0.key] == $0.value }
        }
    }
}
