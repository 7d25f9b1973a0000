/// Metric definitions: duplicates, formulas that name unknown metrics, and cycles among
/// formulas (a KPI tree must be a tree, or at least acyclic).
extension PlanValidator {
    /// - Returns: the ids of all defined metrics.
    func checkMetrics(_ plan: Plan) -> Set<String> {
        var position: [String: Int] = [:]
        for (index, metric) in plan.metrics.enumerated() {
            if let first = position[metric.id] {
                context.diagnostics.append(Diagnostic(
                    .error, .duplicateID, "metric '\(metric.id)' is defined twice", at: metric.location,
                    hint: "remove one definition (check the included files)",
                    notes: [Diagnostic.Note("first defined here", at: plan.metrics[first].location)]
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
                        "formula of '\(metric.id)' uses unknown metric '\(reference.id)'",
                        at: formula.location(ofOffset: reference.offset) ?? metric.location,
                        hint: Suggestion.hint(for: reference.id, in: ids) ?? "define '\(reference.id)' under 'metrics:'"
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
                notes.append(Diagnostic.Note("'\(metric.id)' uses '\(info.reference)'",
                                             at: metric.formula?.location(ofOffset: info.offset) ?? metric.location))
            }
            let start = plan.metrics[edgeInfo[first].metric]
            context.diagnostics.append(Diagnostic(
                .error, .formulaCycle, "formula cycle: \(path.joined(separator: " → "))",
                at: start.formula?.origin ?? start.location,
                hint: "a metric cannot depend on itself; one of these must be measured, not derived", notes: notes
            ))
        }
        return Set(ids)
    }
}
