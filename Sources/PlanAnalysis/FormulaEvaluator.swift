import PlanModel

/// Computes metric values from measured ones through the plan's formulas (the KPI tree).
/// A derived metric is computed from its inputs' values, never averaged: a conversion rate
/// over a window is Σorders / Σvisitors.
public struct FormulaEvaluator: Sendable {
    public let metrics: [String: Metric]

    public init(metrics: [Metric]) {
        self.metrics = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The value of `metric` given measured values; derived metrics are computed. `nil` when an
    /// input is missing or the formula divides by zero.
    ///
    /// - Complexity: O(size of the formula tree below `metric`).
    public func value(of metric: String, in measured: [String: Double]) -> Double? {
        var visiting: Set<String> = []
        return value(of: metric, in: measured, visiting: &visiting)
    }

    private func value(of metric: String, in measured: [String: Double], visiting: inout Set<String>) -> Double? {
        if let given = measured[metric] { return given }
        guard let formula = metrics[metric]?.formula, visiting.insert(metric).inserted else { return nil }
        defer { visiting.remove(metric) }
        return evaluate(formula.expression) { id in value(of: id, in: measured, visiting: &visiting) }
    }

    /// Evaluates an expression with a lookup for metric values.
    public func evaluate(_ expression: Formula.Expression, _ lookup: (String) -> Double?) -> Double? {
        switch expression {
        case .number(let value): return value
        case .metric(let id, _): return lookup(id)
        case .negate(let inner): return evaluate(inner, lookup).map { -$0 }
        case let .binary(op, left, right):
            guard let l = evaluate(left, lookup), let r = evaluate(right, lookup) else { return nil }
            switch op {
            case .add: return l + r
            case .subtract: return l - r
            case .multiply: return l * r
            case .divide: return r == 0 ? nil : l / r
            }
        }
    }

    /// The metrics a formula reads directly, each once, in order of appearance.
    public static func drivers(of formula: Formula) -> [String] {
        var seen: [String] = []
        for reference in formula.references where !seen.contains(reference.id) { seen.append(reference.id) }
        return seen
    }
}
