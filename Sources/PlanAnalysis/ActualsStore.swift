import PlanModel

/// Measured values, aggregated the way each metric means: a flow is summed over a window, a
/// stock takes the last value in it (summed across dimension values, each at its own last
/// day), a derived metric is computed from its aggregated inputs — a rate over a week is
/// Σorders / Σvisitors, never the mean of daily rates.
///
/// The observations are indexed once (`ActualsIndex`), so that a review asking for every
/// store's share of every target reads only the observations it sums.
public struct ActualsStore: Sendable {
    /// Sorted by date, then metric id; observations with both equal keep their input order.
    public let observations: [Observation]
    public let evaluator: FormulaEvaluator
    let index: ActualsIndex

    /// - Complexity: O(n) for n observations over a span of fewer than about n days,
    ///   O(n log n) otherwise (see `ActualsIndex.build`).
    public init(observations: [Observation], metrics: [Metric]) {
        evaluator = FormulaEvaluator(metrics: metrics)
        let stocks = Set(evaluator.metrics.values.filter { $0.kind == .stock }.map(\.id))
        (self.observations, index) = ActualsIndex.build(observations, stockMetrics: stocks)
    }

    /// The value of `metric` over `window`, for the observations whose dimensions match
    /// `filter` (all of them when empty); `nil` when nothing was measured.
    ///
    /// - Complexity: per measured input, O(log n + m) for a flow, m being the observations
    ///   summed, and O(c log n) for a stock over c dimension combinations.
    public func value(of metric: String, in window: DateRange, where filter: [String: String] = [:]) -> Double? {
        var measured: [String: Double] = [:]
        for input in inputs(of: metric) {
            if let value = aggregate(input, window, filter) { measured[input] = value }
        }
        return evaluator.value(of: metric, in: measured)
    }

    /// Measured values of every input the metric needs, for attribution.
    public func inputs(for metric: String, in window: DateRange, where filter: [String: String] = [:]) -> [String: Double] {
        var measured: [String: Double] = [:]
        for input in inputs(of: metric) {
            if let value = aggregate(input, window, filter) { measured[input] = value }
        }
        return measured
    }

    /// The values a dimension takes in the data, sorted.
    ///
    /// - Complexity: O(1); computed with the index.
    public func values(of dimension: String) -> [String] {
        index.sortedValues[dimension] ?? []
    }

    /// The dimensions each metric's observations carry, by metric id.
    ///
    /// - Complexity: O(1); computed with the index.
    public var dimensionsByMetric: [String: Set<String>] {
        index.dimensionsByMetric
    }

    /// The dimensions the data has, sorted.
    ///
    /// - Complexity: O(d log d) for d dimensions, from the index (not from every observation).
    public var dimensions: [String] {
        index.sortedValues.keys.sorted()
    }

    /// The measured metrics below `metric` in the KPI tree (itself when measured), in the
    /// order a depth-first walk of the formulas meets them.
    ///
    /// - Complexity: O(size of the KPI tree below `metric`): each metric visited once, with an
    ///   explicit stack, so a tree sharing its inputs (a DAG) or a cycle costs no more.
    func inputs(of metric: String) -> [String] {
        var result: [String] = []
        var visited: Set<String> = []
        var work = [metric]
        while let next = work.popLast() {
            guard visited.insert(next).inserted else { continue }
            guard let formula = evaluator.metrics[next]?.formula else {
                result.append(next)
                continue
            }
            work.append(contentsOf: FormulaEvaluator.drivers(of: formula).reversed())
        }
        return result
    }

    private func aggregate(_ metric: String, _ window: DateRange, _ filter: [String: String]) -> Double? {
        index.aggregate(metric, in: window, where: filter, stock: evaluator.metrics[metric]?.kind == .stock)
    }
}
