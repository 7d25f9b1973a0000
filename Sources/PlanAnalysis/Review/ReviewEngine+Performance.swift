import PlanModel

/// "Because conversion in the 门店 channel fell": the part of a revenue gap each channel
/// caused by its own rates, when targets are set for the whole and not per channel.
extension ReviewEngine {
    /// For a KPI that is a volume times rates (新客营收 = 新客访客数 × 转化率 × 客单价), or a sum
    /// of such (TR = TR_new + TR_old), what each dimension value gained or lost by its own
    /// rates against the node's target rates, at its own volume: actualᵥ − f(volumeᵥ, target
    /// rates). Summed over the values this is the gap minus the volume gap (the volume's miss
    /// at target rates), which belongs to no value when the volume target is not split.
    ///
    /// `nil` when the KPI has no such shape, or a rate in it has no target on the node.
    ///
    /// - Complexity: O(v · n) store queries for v values and n metrics in the KPI tree.
    func performanceEffects(_ metric: String, dimension: String, values: [String], window: DateRange,
                            siblings: [Target], share: Double) -> [Double]? {
        let targets = dueTargets(siblings, share: share)
        let evaluator = actuals.evaluator
        var foundRate = false
        // Each metric's effects once: a KPI tree whose sums share inputs would otherwise be
        // walked once per path, exponentially in its depth.
        var known: [String: [Double]?] = [:]
        func actual(_ id: String, _ value: String) -> Double {
            actuals.value(of: id, in: window, where: [dimension: value]) ?? 0
        }
        func effects(_ id: String, depth: Int) -> [Double]? {
            if let done = known[id] { return done }
            let result = computeEffects(id, depth: depth)
            known[id] = .some(result)
            return result
        }
        func computeEffects(_ id: String, depth: Int) -> [Double]? {
            guard depth < 16, let formula = plan.metric(id)?.formula else {
                // A measured volume: no rate of its own, so all of its gap is volume.
                return plan.metric(id).map { _ in values.map { _ in 0 } }
            }
            let drivers = FormulaEvaluator.drivers(of: formula)
            if case .sum(let coefficients) = FormulaShape(formula.expression, drivers: drivers) {
                var total = values.map { _ in 0.0 }
                for (index, driver) in drivers.enumerated() {
                    guard let parts = effects(driver, depth: depth + 1) else { return nil }
                    for v in values.indices { total[v] += coefficients[index] * parts[v] }
                }
                return total
            }
            let volumes = drivers.filter { sizeDegree($0) == 1 }
            guard volumes.count == 1, let volume = volumes.first,
                  drivers.allSatisfy({ $0 == volume || sizeDegree($0) == 0 }) else { return nil }
            var rateTargets: [String: Double] = [:]
            for driver in drivers where driver != volume {
                guard let value = targets[driver] ?? evaluator.value(of: driver, in: targets) else { return nil }
                rateTargets[driver] = value
            }
            foundRate = true
            return values.map { value in
                let atTarget = evaluator.evaluate(formula.expression) { $0 == volume ? actual(volume, value) : rateTargets[$0] } ?? 0
                return actual(id, value) - atTarget
            }
        }
        guard plan.metric(metric)?.formula != nil, let result = effects(metric, depth: 0), foundRate else { return nil }
        return result
    }
}
