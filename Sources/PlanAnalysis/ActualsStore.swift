import MetricsStore
import PlanModel

/// Measured values, aggregated the way each metric means: a flow is summed over a window, a
/// stock takes the last value in it (summed across dimension values, each at its own last
/// day), a derived metric is computed from its aggregated inputs — a rate over a week is
/// Σorders / Σvisitors, never the mean of daily rates.
///
/// The measured values come from a `MetricsSource`: export files read for this review
/// (`InMemoryMetrics`, indexed once so that a review asking for every store's share of every
/// target reads only the observations it sums), or a metrics store, which aggregates itself.
/// This type adds what only the plan knows: the formulas and which metrics are stocks.
///
/// A source that fails while the review reads it (a database error) answers "not measured"
/// here, and the failure is kept in `readFailure`: the caller must check it before it shows
/// any number computed from this store.
public struct ActualsStore: Sendable {
    public let evaluator: FormulaEvaluator
    public let source: any MetricsSource
    let failures = ReadFailures()
    /// Each metric's measured inputs, walked the first time they are asked: a breakdown asks
    /// them for every dimension value (filled on demand — for every metric up front, a long
    /// chain of formulas would cost its length squared).
    private let inputsMemo = Memo<String, [String]>()

    /// Export files' observations, held in memory.
    ///
    /// - Complexity: O(n) for n observations over a span of fewer than about n days,
    ///   O(n log n) otherwise (see `ActualsIndex.build`).
    public init(observations: [Observation], metrics: [Metric]) {
        evaluator = FormulaEvaluator(metrics: metrics)
        let stocks = Set(evaluator.metrics.values.filter { $0.kind == .stock }.map(\.id))
        source = InMemoryMetrics(observations, stockMetrics: stocks)
    }

    /// An import's columns, held in memory and indexed (the index takes the columns over).
    ///
    /// - Complexity: as `InMemoryMetrics.init(_:stockMetrics:)`.
    public init(columns: ObservationColumns, metrics: [Metric]) {
        evaluator = FormulaEvaluator(metrics: metrics)
        let stocks = Set(evaluator.metrics.values.filter { $0.kind == .stock }.map(\.id))
        source = InMemoryMetrics(columns, stockMetrics: stocks)
    }

    /// A store's observations, read through it.
    public init(source: any MetricsSource, metrics: [Metric]) {
        evaluator = FormulaEvaluator(metrics: metrics)
        self.source = source
    }

    /// The first failure of the source while reading, if any.
    public var readFailure: (any Error)? { failures.first }

    /// Every observation, in the store's order (by date, then metric id, ties in input order).
    public var observations: [Observation] {
        if let memory = source as? InMemoryMetrics { return memory.observations }
        return observations(of: nil, in: ReviewEngine.always)
    }

    /// The value of `metric` over `window`, for the observations whose dimensions match
    /// `filter` (all of them when empty); `nil` when nothing was measured.
    ///
    /// - Complexity: per measured input, the source's aggregate; in memory O(log n + m) for a
    ///   flow, m being the observations summed, and O(c log n) for a stock over c combinations.
    public func value(of metric: String, in window: DateRange, where filter: [String: String] = [:]) -> Double? {
        evaluator.value(of: metric, in: inputs(for: metric, in: window, where: filter))
    }

    /// `value(of: metric, in: window, where: [dimension: value])` for each of `values`, each
    /// measured input's values asked together (`MetricsSource.aggregates(_:_:in:by:values:)`):
    /// the same numbers, one pass per input instead of one question per value and input.
    ///
    /// - Complexity: per measured input, the source's `aggregates`; then one walk of the KPI
    ///   tree evaluating each formula for the v values (`FormulaEvaluator.values(of:columns:count:)`).
    public func values(of metric: String, in window: DateRange, by dimension: String, for values: [String]) -> [Double?] {
        let inputs = inputs(of: metric)
        let columns = inputs.map { input in
            let aggregation: Aggregation = evaluator.metrics[input]?.kind == .stock ? .last : .sum
            return failures.reading(values.map { _ in nil }) {
                try source.aggregates(input, aggregation, in: window, by: dimension, values: values)
            }
        }
        var measured: [String: [Double?]] = [:]
        for (input, column) in zip(inputs, columns) where measured[input] == nil { measured[input] = column }
        return evaluator.values(of: metric, columns: measured, count: values.count)
    }

    /// Measured values of every input the metric needs, for attribution.
    public func inputs(for metric: String, in window: DateRange, where filter: [String: String] = [:]) -> [String: Double] {
        var measured: [String: Double] = [:]
        for input in inputs(of: metric) {
            if let value = aggregate(input, window, filter) { measured[input] = value }
        }
        return measured
    }

    /// `value(of: metric, in: first...day)` for each of `days` (ascending): the pacing line.
    ///
    /// - Complexity: one `aggregates` question per measured input (one query in a store).
    public func values(of metric: String, from first: CivilDate, through days: [CivilDate]) -> [Double?] {
        var series: [String: [Double?]] = [:]
        for input in inputs(of: metric) {
            let aggregation: Aggregation = evaluator.metrics[input]?.kind == .stock ? .last : .sum
            series[input] = failures.reading(days.map { _ in nil }) { try source.aggregates(input, aggregation, from: first, through: days, where: [:]) }
        }
        return days.indices.map { index in
            var measured: [String: Double] = [:]
            for (input, values) in series where index < values.count {
                if let value = values[index] { measured[input] = value }
            }
            return evaluator.value(of: metric, in: measured)
        }
    }

    /// The values a dimension takes in the data, sorted.
    public func values(of dimension: String) -> [String] {
        failures.reading([]) { try source.values(of: dimension) }
    }

    /// The dimensions each metric's observations carry, by metric id.
    public var dimensionsByMetric: [String: Set<String>] {
        failures.reading([:]) { try source.dimensionsByMetric() }
    }

    /// The dimensions the data has, sorted.
    public var dimensions: [String] {
        dimensionsByMetric.values.reduce(into: Set<String>()) { $0.formUnion($1) }.sorted()
    }

    /// The observations of `metrics` (all when `nil`) in `window` matching `filter`, in the
    /// store's order.
    public func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String] = [:]) -> [Observation] {
        failures.reading([]) { try source.observations(of: metrics, in: window, where: filter) }
    }

    /// The measured metrics below `metric` in the KPI tree (itself when measured), in the
    /// order a depth-first walk of the formulas meets them.
    ///
    /// - Complexity: O(size of the KPI tree below `metric`) the first time (each metric visited
    ///   once, with an explicit stack, so a tree sharing its inputs — a DAG — or a cycle costs
    ///   no more), O(1) expected after.
    func inputs(of metric: String) -> [String] {
        inputsMemo.value(metric) { Self.inputs(of: metric, evaluator) }
    }

    private static func inputs(of metric: String, _ evaluator: FormulaEvaluator) -> [String] {
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
        let aggregation: Aggregation = evaluator.metrics[metric]?.kind == .stock ? .last : .sum
        return failures.reading(nil) { try source.aggregate(metric, aggregation, in: window, where: filter) }
    }
}
