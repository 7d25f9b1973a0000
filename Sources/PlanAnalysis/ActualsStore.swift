import PlanModel

/// Measured values, aggregated the way each metric means: a flow is summed over a window, a
/// stock takes the last value in it (summed across dimension values, each at its own last
/// day), a derived metric is computed from its aggregated inputs — a rate over a week is
/// Σorders / Σvisitors, never the mean of daily rates.
public struct ActualsStore: Sendable {
    public let observations: [Observation]
    public let evaluator: FormulaEvaluator

    public init(observations: [Observation], metrics: [Metric]) {
        self.observations = observations.sorted { ($0.date, $0.metric) < ($1.date, $1.metric) }
        evaluator = FormulaEvaluator(metrics: metrics)
    }

    /// The value of `metric` over `window`, for the observations whose dimensions match
    /// `filter` (all of them when empty); `nil` when nothing was measured.
    ///
    /// - Complexity: O(observations) per measured input.
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
    public func values(of dimension: String) -> [String] {
        Set(observations.compactMap { $0.dimensions[dimension] }).sorted()
    }

    /// The measured metrics below `metric` in the KPI tree (itself when measured).
    func inputs(of metric: String) -> [String] {
        guard let formula = evaluator.metrics[metric]?.formula else { return [metric] }
        var result: [String] = []
        for driver in FormulaEvaluator.drivers(of: formula) {
            for input in inputs(of: driver) where !result.contains(input) { result.append(input) }
        }
        return result
    }

    private func aggregate(_ metric: String, _ window: DateRange, _ filter: [String: String]) -> Double? {
        let matching = observations.filter { observation in
            observation.metric == metric && window.contains(observation.date)
                && filter.allSatisfy { observation.dimensions[$0.key] == $0.value }
        }
        guard !matching.isEmpty else { return nil }
        if evaluator.metrics[metric]?.kind == .stock {
            var last: [[String: String]: Observation] = [:]
            for observation in matching where (last[observation.dimensions]?.date ?? .init(daysSinceEpoch: .min)) <= observation.date {
                last[observation.dimensions] = observation
            }
            return last.values.reduce(0) { $0 + $1.value }
        }
        return matching.reduce(0) { $0 + $1.value }
    }
}
