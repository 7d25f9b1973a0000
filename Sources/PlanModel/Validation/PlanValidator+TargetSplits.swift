/// Targets split by a dimension (`by:`): the parts of a size (a flow such as GMV or orders,
/// a stock, anything that adds up over channels) must add up to the whole; a rate's parts are
/// each value's own rate and need not.
extension PlanValidator {
    func checkSplits(_ target: Target, _ owner: Bilingual, _ plan: Plan) {
        guard !target.splits.isEmpty, Self.sizeDegree(of: target.metric, in: plan) == 1 else { return }
        for split in target.splits {
            let total = split.total
            guard abs(total - target.value) > 1e-9 * max(1, abs(target.value)) else { continue }
            let parts = split.parts.map { "\($0.value) \(ValueFormatter.trimmed($0.target, maxFraction: 6))" }.joined(separator: " + ")
            context.diagnostics.append(Diagnostic(
                .error, .targetSplitMismatch,
Bilingual(zh: "\(owner.zh)中 '\(target.metric)' 按 '\(split.dimension)' 拆分的目标合计为 \(ValueFormatter.trimmed(total, maxFraction: 6))"
                              + "（\(parts)），而不是 \(ValueFormatter.trimmed(target.value, maxFraction: 6))",
                          en: "the target of '\(target.metric)' in \(owner.en) by '\(split.dimension)' adds up to \(ValueFormatter.trimmed(total, maxFraction: 6)) "
                              + "(\(parts)), not \(ValueFormatter.trimmed(target.value, maxFraction: 6))"),
                at: split.location,
                hint: Bilingual(zh: "总量的各部分之和应等于总数；请修改某一部分或总值（比率类指标的各部分不必相加）",
                                en: "the parts of a total add up to the whole; change a part or the value (a rate's parts need not add up)")
            ))
        }
    }

    /// How a metric scales across dimension values: 1 for a size (every measured metric), 0
    /// for a rate between sizes, in general its formula's degree (products add, quotients
    /// subtract); `nil` when a sum mixes degrees or the formulas cycle.
    static func sizeDegree(of metric: String, in plan: Plan) -> Int? {
        let metrics = Dictionary(plan.metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var memo: [String: Int?] = [:]
        func degree(_ root: String, depth: Int) -> Int? {
            if let known = memo[root] { return known }
            guard depth < 64 else { return nil }
            guard let formula = metrics[root]?.formula else { return 1 }
            memo[root] = .some(nil)   // a cycle reads as "no single degree"
            // The flat tree folds in one pass; only the chain of metrics recurses, and the
            // validator bounds that chain (`Formula.maximumChainDepth`) and the depth here.
            let result: Int? = formula.expression.reduce(
                number: { _ in 0 }, metric: { degree($0, depth: depth + 1) }, negate: { $0 }
            ) { op, _, l, _, r in
                switch op {
                case .add, .subtract: return l == r ? l : nil
                case .multiply: return l.addingReportingOverflow(r).overflow ? nil : l + r
                case .divide: return l.subtractingReportingOverflow(r).overflow ? nil : l - r
                }
            }
            memo[root] = .some(result)
            return result
        }
        return degree(metric, depth: 0)
    }
}
