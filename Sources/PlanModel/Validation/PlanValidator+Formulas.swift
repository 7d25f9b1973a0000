/// Metric definitions: duplicates, formulas that name unknown metrics, and cycles among
/// formulas (a KPI tree must be a tree, or at least acyclic).
extension PlanValidator {
    /// - Returns: the ids of all defined metrics.
    func checkMetrics(_ plan: Plan) -> Set<String> {
        var position: [String: Int] = [:]
        for (index, metric) in plan.metrics.enumerated() {
            if let first = position[metric.id] {
                context.diagnostics.append(Diagnostic(
                    .error, .duplicateID, Bilingual(zh: "指标 '\(metric.id)' 定义了两次", en: "metric '\(metric.id)' is defined twice"), at: metric.location,
                    hint: Bilingual(zh: "删掉其中一处定义（检查被包含的文件）", en: "remove one definition (check the included files)"),
                    notes: [Diagnostic.Note(Bilingual(zh: "第一次定义在这里", en: "first defined here"), at: plan.metrics[first].location)]
                ))
            } else {
                position[metric.id] = index
            }
        }
        let ids = plan.metrics.map(\.id)
        var edges: [(from: Int, to: Int)] = []
        var edgeInfo: [(metric: Int, offset: Int, reference: String)] = []
        for (index, metric) in plan.metrics.enumerated() {
            guard let formula = metric.formula else { continue }
            for reference in formula.references {
                guard let target = position[reference.id] else {
                    context.diagnostics.append(Diagnostic(
                        .error, .formulaUnknownMetric,
                        Bilingual(zh: "'\(metric.id)' 的公式用了未知的指标 '\(reference.id)'", en: "formula of '\(metric.id)' uses unknown metric '\(reference.id)'"),
                        at: formula.location(ofOffset: reference.offset) ?? metric.location,
                        hint: Suggestion.didYouMean(reference.id, in: ids)
                            ?? Bilingual(zh: "在 'metrics:' 下定义 '\(reference.id)'", en: "define '\(reference.id)' under 'metrics:'")
                    ))
                    continue
                }
                // An edge from a metric to each metric its formula reads.
                edges.append((index, target))
                edgeInfo.append((index, reference.offset, reference.id))
            }
        }
        let graph = DirectedGraph(nodeCount: plan.metrics.count, edges: edges)
        for component in graph.cyclicComponents() {
            let cycle = graph.cycle(through: component[0], within: Set(component))
            guard let first = cycle.first else { continue }
            var path = [plan.metrics[edgeInfo[first].metric].id]
            var notes: [Diagnostic.Note] = []
            for edge in cycle {
                let info = edgeInfo[edge]
                let metric = plan.metrics[info.metric]
                path.append(info.reference)
                notes.append(Diagnostic.Note(Bilingual(zh: "'\(metric.id)' 用到了 '\(info.reference)'", en: "'\(metric.id)' uses '\(info.reference)'"),
                                             at: metric.formula?.location(ofOffset: info.offset) ?? metric.location))
            }
            let start = plan.metrics[edgeInfo[first].metric]
            context.diagnostics.append(Diagnostic(
                .error, .formulaCycle, Bilingual(zh: "公式循环引用：\(path.joined(separator: " → "))", en: "formula cycle: \(path.joined(separator: " → "))"),
                at: start.formula?.origin ?? start.location,
                hint: Bilingual(zh: "指标不能依赖自身；其中必须有一个是实测的，而不是派生的", en: "a metric cannot depend on itself; one of these must be measured, not derived"), notes: notes
            ))
        }
        checkChainDepth(plan, edges: edges, graph: graph)
        return Set(ids)
    }

    /// Derived metrics built on more than `Formula.maximumChainDepth` levels of other derived
    /// metrics: each metric just past the limit is reported, at its formula, with the chain
    /// down to a measured metric. Metrics in or above a formula cycle are left out (the cycle
    /// is reported already).
    ///
    /// - Complexity: O(V + E), in reverse topological order (no recursion).
    private func checkChainDepth(_ plan: Plan, edges: [(from: Int, to: Int)], graph: DirectedGraph) {
        let count = plan.metrics.count
        let users = DirectedGraph(nodeCount: count, edges: edges.map { (from: $0.to, to: $0.from) })
        var pending = (0..<count).map { graph.offsets[$0 + 1] - graph.offsets[$0] }
        var below = [Int](repeating: 0, count: count)
        var depth = [Int](repeating: 0, count: count)
        var ready = (0..<count).filter { pending[$0] == 0 }
        while let metric = ready.popLast() {
            depth[metric] = plan.metrics[metric].formula == nil ? 0 : below[metric] + 1
            for edge in users.offsets[metric]..<users.offsets[metric + 1] {
                let user = users.targets[edge]
                below[user] = max(below[user], depth[metric])
                pending[user] -= 1
                if pending[user] == 0 { ready.append(user) }
            }
        }
        let limit = Formula.maximumChainDepth
        for metric in 0..<count where depth[metric] == limit + 1 {
            var chain = [metric]
            while let last = chain.last, depth[last] > 0,
                  let next = (graph.offsets[last]..<graph.offsets[last + 1]).map({ graph.targets[$0] })
                      .first(where: { depth[$0] == depth[last] - 1 }) {
                chain.append(next)
            }
            let names = chain.map { plan.metrics[$0].id }
            let shown = names.count <= 6 ? names : names.prefix(3) + ["…"] + names.suffix(2)
            let definition = plan.metrics[metric]
            context.diagnostics.append(Diagnostic(
                .error, .formulaChainTooDeep,
                Bilingual(zh: "指标 '\(definition.id)' 经过 \(limit + 1) 层公式派生（\(shown.joined(separator: " → "))）；最多允许 \(limit) 层",
                          en: "metric '\(definition.id)' is derived through \(limit + 1) levels of formulas "
                              + "(\(shown.joined(separator: " → "))); at most \(limit) are allowed"),
                at: definition.formula?.origin ?? definition.location,
                hint: Bilingual(zh: "在导出数据里直接算出部分中间指标作为实测值，或把公式改写成用更底层的指标",
                                en: "compute some of the intermediate metrics in the export and measure them, "
                                    + "or write the formula over the metrics further down")
            ))
        }
    }
}
