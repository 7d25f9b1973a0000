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
    /// - Complexity: O(size of the KPI tree below `metric`), each derived metric once.
    public func value(of metric: String, in measured: [String: Double]) -> Double? {
        Self.fold(metric, formula: { metrics[$0]?.formula }, given: { measured[$0] }) { expression, lookup in
            evaluate(expression, lookup)
        }
    }

    /// `value(of: metric, in:)` for each of `count` cases at once, case `i` measuring `id` as
    /// `columns[id][i]` (an id without a column measured in none): the KPI tree is walked
    /// once for all of them. The walk does not depend on the values (only metrics without a
    /// formula are measured), so each case is evaluated as `value(of:in:)` evaluates it alone.
    ///
    /// - Complexity: O(size of the KPI tree below `metric` × count).
    public func values(of metric: String, columns: [String: [Double?]], count: Int) -> [Double?] {
        let found: [Double?]? = Self.fold(metric, formula: { metrics[$0]?.formula }, given: { columns[$0] }) { expression, lookup in
            var resolved: [String: [Double?]] = [:]
            for case .metric(let id, _) in expression.nodes where resolved[id] == nil {
                if let column = lookup(id) { resolved[id] = column }
            }
            return (0..<count).map { index in evaluate(expression) { id in resolved[id].flatMap { index < $0.count ? $0[index] : nil } } }
        }
        return found ?? Array(repeating: nil, count: count)
    }

    /// Evaluates an expression with a lookup for metric values.
    ///
    /// - Complexity: O(nodes), no recursion.
    public func evaluate(_ expression: Formula.Expression, _ lookup: (String) -> Double?) -> Double? {
        expression.reduce(number: { $0 }, metric: lookup, negate: { -$0 }) { op, _, l, _, r in
            switch op {
            case .add: return l + r
            case .subtract: return l - r
            case .multiply: return l * r
            case .divide: return r == 0 ? nil : l / r
            }
        }
    }

    /// Computes something for `metric` over its KPI tree, bottom-up: a metric's value is
    /// `given(id)` when that is not `nil`, else `combine` of its formula with the values of
    /// the metrics it reads, else `nil`. Each metric reachable is computed once, in an
    /// explicit depth-first order, so a long chain or a tree sharing its inputs (a DAG) costs
    /// its size, never the call stack or exponential time. A metric met again while it is
    /// being computed (a formula cycle, refused by the validator) reads as `nil`.
    ///
    /// - Complexity: O(metrics reachable + their formulas' nodes).
    public static func fold<Value>(_ metric: String, formula: (String) -> Formula?, given: (String) -> Value?,
                                   combine: (Formula.Expression, (String) -> Value?) -> Value?) -> Value? {
        var done: [String: Value?] = [:]
        var open: Set<String> = []
        var work: [(id: String, expanded: Bool)] = [(metric, false)]
        while let (id, expanded) = work.popLast() {
            if expanded {
                open.remove(id)
                guard let expression = formula(id)?.expression else { continue }
                done[id] = .some(combine(expression) { done[$0] ?? nil })
                continue
            }
            guard done[id] == nil, !open.contains(id) else { continue }
            if let value = given(id) {
                done[id] = .some(value)
                continue
            }
            guard let expression = formula(id)?.expression else {
                done[id] = .some(nil)
                continue
            }
            open.insert(id)
            work.append((id, true))
            for case .metric(let input, _) in expression.nodes.reversed() where done[input] == nil && !open.contains(input) {
                work.append((input, false))
            }
        }
        return done[metric] ?? nil
    }

    /// The metrics a formula reads directly, each once, in order of appearance.
    public static func drivers(of formula: Formula) -> [String] {
        var seen: [String] = []
        for reference in formula.references where !seen.contains(reference.id) { seen.append(reference.id) }
        return seen
    }
}
