import PlanModel
import RealModule

/// How a metric builds up through a window, which decides what is due by a day of it.
extension ReviewEngine {
    /// The metric's degree in the flows: 1 for a flow (new friends accumulate), 0 for a stock
    /// or a ratio of flows (a conversion rate holds its level), 1 again for a flow over a stock
    /// (repurchasers ÷ existing customers grows as repurchases come in), and in general the
    /// degree of its formula: products add degrees, quotients subtract them. `nil` when the
    /// formula mixes degrees in a sum (`orders + 1`), where no single curve applies.
    func accumulation(_ metric: String) -> Int? {
        guard let definition = plan.metric(metric) else { return 1 }
        switch definition.kind {
        case .flow: return 1
        case .stock: return 0
        case .derived:
            guard let formula = definition.formula else { return 1 }
            return degree(formula.expression, depth: 0)
        }
    }

    private func degree(_ expression: Formula.Expression, depth: Int) -> Int? {
        // Formula cycles are refused by the validator; the bound only guards against surprises.
        guard depth < 64 else { return nil }
        switch expression {
        case .number: return 0
        case .metric(let id, _):
            guard let definition = plan.metric(id) else { return 1 }
            if definition.kind == .derived, let formula = definition.formula { return degree(formula.expression, depth: depth + 1) }
            return definition.kind == .stock ? 0 : 1
        case .negate(let inner): return degree(inner, depth: depth + 1)
        case let .binary(op, left, right):
            guard let l = degree(left, depth: depth + 1), let r = degree(right, depth: depth + 1) else { return nil }
            switch op {
            case .add, .subtract: return l == r ? l : nil
            case .multiply: return l + r
            case .divide: return l - r
            }
        }
    }

    /// The value of `metric` due when `share` of its window's target curve has passed, for a
    /// target of `value` at the end: value × shareᵈ for degree d.
    func due(_ metric: String, target value: Double, share: Double) -> Double {
        let degree = accumulation(metric) ?? 1
        return degree == 0 ? value : value * Double.pow(share, degree)
    }
}
