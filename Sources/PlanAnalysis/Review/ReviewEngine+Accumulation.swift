import PlanModel
import RealModule

/// How a metric builds up through a window, and how it scales across dimension values: both
/// are the degree of its formula tree in the measured metrics, with different weights at the
/// leaves.
extension ReviewEngine {
    /// The metric's degree in the flows: 1 for a flow (new friends accumulate), 0 for a stock
    /// or a ratio of flows (a conversion rate holds its level), 1 again for a flow over a stock
    /// (repurchasers ÷ existing customers grows as repurchases come in), and in general the
    /// degree of its formula: products add degrees, quotients subtract them. `nil` when the
    /// formula mixes degrees in a sum (`orders + 1`), where no single curve applies.
    func accumulation(_ metric: String) -> Int? {
        degree(of: metric) { $0.kind == .stock ? 0 : 1 }
    }

    /// How a metric scales across dimension values: 1 for a size that adds up over channels
    /// (visitors, orders, GMV, customers: every measured metric), 0 for a rate between sizes,
    /// and in general its formula's degree in them. `nil` when a sum mixes degrees.
    func sizeDegree(_ metric: String) -> Int? {
        degree(of: metric) { _ in 1 }
    }

    /// The degree of `metric`'s formula tree, a measured metric (or an unknown id) counting
    /// `measured(metric)`.
    ///
    /// - Complexity: O(size of the KPI tree below `metric`): each metric once, no recursion.
    private func degree(of metric: String, measured: (Metric) -> Int) -> Int? {
        FormulaEvaluator.fold(metric, formula: { plan.metric($0)?.formula }, given: { id -> Int? in
            guard let definition = plan.metric(id) else { return 1 }
            return definition.formula == nil ? measured(definition) : nil
        }) { expression, lookup in
            expression.reduce(number: { _ in 0 }, metric: lookup, negate: { $0 }) { op, _, l, _, r in
                switch op {
                case .add, .subtract: return l == r ? l : nil
                case .multiply: return l.addingReportingOverflow(r).overflow ? nil : l + r
                case .divide: return l.subtractingReportingOverflow(r).overflow ? nil : l - r
                }
            }
        }
    }

    /// The value of `metric` due when `share` of its window's target curve has passed, for a
    /// target of `value` at the end: value × shareᵈ for degree d.
    func due(_ metric: String, target value: Double, share: Double) -> Double {
        Self.due(target: value, share: share, degree: accumulation(metric) ?? 1)
    }

    /// The targets set on a node, each at the part due by `share` of the curve; the first
    /// target on a metric counts.
    func dueTargets(_ targets: [Target], share: Double) -> [String: Double] {
        Dictionary(targets.map { ($0.metric, due($0.metric, target: $0.value, share: share)) }, uniquingKeysWith: { first, _ in first })
    }

    static func due(target value: Double, share: Double, degree: Int) -> Double {
        degree == 0 ? value : value * Double.pow(share, degree)
    }
}
