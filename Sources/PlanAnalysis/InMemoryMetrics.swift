import MetricsStore
import PlanModel

/// The metrics of export files read for one review, held in memory and indexed once
/// (`ActualsIndex`): the `MetricsSource` a review without a store reads.
public struct InMemoryMetrics: MetricsSource {
    let index: ActualsIndex
    /// The metrics indexed for last values (by combination).
    let stocks: Set<String>
    /// Coverage by (metric, first day, last day), found once: a review asks it of each KPI's
    /// inputs over each of its windows, and KPIs share inputs and windows.
    private let coverage = Memo<CoverageQuestion, CoveredDays>()

    private struct CoverageQuestion: Hashable {
        var metric: String
        var first: Int
        var last: Int
    }
    private let valueNumbers = ValueNumbersMemo()

    /// - Complexity: O(n) for n observations over a span of fewer than about n days,
    ///   O(n log n) otherwise (see `ActualsIndex.build`).
    public init(_ observations: [Observation], stockMetrics: Set<String>) {
        stocks = stockMetrics
        index = ActualsIndex.build(observations, stockMetrics: stockMetrics)
    }

    /// An import's columns, which the index takes over (`ActualsIndex.build(_:stockMetrics:)`).
    ///
    /// - Complexity: O(n) when each metric's days ascend or span fewer than about n days.
    public init(_ columns: ObservationColumns, stockMetrics: Set<String>) {
        stocks = stockMetrics
        index = ActualsIndex.build(columns, stockMetrics: stockMetrics)
    }

    /// Every observation, sorted by date, then metric id; observations with both equal in
    /// their input order. Made when asked (the index holds them as columns).
    ///
    /// - Complexity: O(n + d × k) for n observations on d days of k metrics.
    public var observations: [Observation] {
        index.observations(of: nil, in: ReviewEngine.always, where: [:])
    }

    /// - Complexity: O(log n + m) for a sum, m being the observations summed; O(c log n) for
    ///   the last values of a stock indexed as one over c combinations, O(n) for another metric.
    public func aggregate(_ metric: String, _ aggregation: Aggregation, in window: DateRange,
                          where filter: [String: String]) -> Double? {
        if aggregation == .last && !stocks.contains(metric) {
            return InMemoryMetrics(observations(of: [metric], in: window, where: [:]), stockMetrics: [metric])
                .aggregate(metric, .last, in: window, where: filter)
        }
        return index.aggregate(metric, in: window, where: filter, stock: aggregation == .last)
    }

    /// A flow's unfiltered sums as one running sum (`ActualsIndex.runningSums`); anything
    /// else asks `aggregate` once per day.
    ///
    /// - Complexity: O(log n + m + d) for a flow's m observations up to the last of d days.
    public func aggregates(_ metric: String, _ aggregation: Aggregation, from first: CivilDate, through days: [CivilDate],
                           where filter: [String: String]) -> [Double?] {
        if aggregation == .sum, filter.isEmpty, let sums = index.runningSums(metric, from: first, through: days) { return sums }
        return days.map { aggregate(metric, aggregation, in: DateRange(first: first, last: $0), where: filter) }
    }

    /// A flow's sums per value of `dimension` in one pass over the window
    /// (`ActualsIndex.sums(_:in:by:pairs:)`); a stock's, one `aggregate` per value.
    ///
    /// - Complexity: O(log n + m + v) for a flow's m observations in the window and v values.
    public func aggregates(_ metric: String, _ aggregation: Aggregation, in window: DateRange, by dimension: String,
                           values: [String]) -> [Double?] {
        guard aggregation == .sum else { return values.map { aggregate(metric, aggregation, in: window, where: [dimension: $0]) } }
        let pairs = valueNumbers.numbers(dimension, values) { index.pairNumbers(dimension, values) }
        return index.sums(metric, in: window, by: dimension, pairs: pairs)
    }

    /// - Complexity: O(1); computed with the index.
    public func values(of dimension: String) -> [String] {
        index.sortedValues[dimension] ?? []
    }

    /// - Complexity: O(1); computed with the index.
    public func dimensionsByMetric() -> [String: Set<String>] {
        index.dimensionsByMetric
    }

    /// - Complexity: O(log n + m) for the m observations of the metric in the window, plus a
    ///   binary search per dimension value (`ActualsIndex.coveredDays`), the first time a
    ///   (metric, window) is asked; O(1) expected after.
    public func coveredDays(of metric: String, in window: DateRange) -> CoveredDays {
        coverage.value(CoverageQuestion(metric: metric, first: window.first.daysSinceEpoch, last: window.last.daysSinceEpoch)) {
            index.coveredDays(of: metric, in: window)
        }
    }

    /// - Complexity: O(log n + m + d × k) for the m observations of the k metrics in the
    ///   window, over d days (`ActualsIndex.observations`).
    public func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String]) -> [Observation] {
        index.observations(of: metrics, in: window, where: filter)
    }
}
