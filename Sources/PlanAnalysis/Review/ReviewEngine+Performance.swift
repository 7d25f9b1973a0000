import PlanModel

/// "Because conversion in the 门店 channel fell": the part of a revenue gap each channel
/// caused by its own rates, when targets are set for the whole and not per channel — and,
/// where the plan splits a driver's target by the channel (`by:`), by its own volume too.
extension ReviewEngine {
    /// Each dimension value's part of a KPI's gap, and what each value was due.
    struct PerformanceEffects {
        /// actualᵥ − f(volumeᵥ, target rates): what each value gained or lost by its rates
        /// (and by its volume where the volume's target is split by the dimension).
        var effects: [Double]
        /// f(volume targetᵥ, rate targetsᵥ) for each value, when every volume in the KPI has a
        /// target split by the dimension; then nothing is left unallocated but rounding.
        var targets: [Double]?
    }

    /// For a KPI that is a volume times rates (新客营收 = 新客访客数 × 转化率 × 客单价), or a sum
    /// of such (TR = TR_new + TR_old), what each dimension value gained or lost by its own
    /// rates against the node's target rates (its own part of a rate target split by the
    /// dimension, else the whole), at its own volume: actualᵥ − f(volumeᵥ, target rates).
    /// Summed over the values this is the gap minus the volume gap (the volume's miss at
    /// target rates), which belongs to no value when the volume target is not split. When it
    /// is (`visitors: {value: 3万, by: {渠道: …}}`), each value's volume is held to its own
    /// part and the volume gap is allocated too: actualᵥ − f(volume targetᵥ, target rates).
    ///
    /// `nil` when the KPI has no such shape, or a rate in it has no target on the node.
    ///
    /// - Complexity: one `ActualsStore.values(of:in:by:for:)` per metric of the KPI tree it reads,
    ///   and O(v · n) for v values and n metrics.
    func performanceEffects(_ metric: String, dimension: String, values: [String], window: DateRange,
                            siblings: [Target], share: Double) -> PerformanceEffects? {
        let targets = dueTargets(siblings, share: share)
        let evaluator = actuals.evaluator
        var foundRate = false
        // Every value's actual of a metric, asked at once the first time it is needed.
        var actualsOf: [String: [Double]] = [:]
        func actual(_ id: String, _ index: Int) -> Double {
            if let known = actualsOf[id] { return known[index] }
            let found = actuals.values(of: id, in: window, by: dimension, for: values).map { $0 ?? 0 }
            actualsOf[id] = found
            return found[index]
        }
        /// The value's own part of `id`'s target on the node, due by the review date.
        func ownTarget(_ id: String, _ value: String) -> Double? {
            guard let part = siblings.first(where: { $0.metric == id })?.split(by: dimension)?.target(of: value) else { return nil }
            return due(id, target: part, share: share)
        }
        // Each metric's effects once: a KPI tree whose sums share inputs would otherwise be
        // walked once per path, exponentially in its depth.
        var known: [String: PerformanceEffects?] = [:]
        func effects(_ id: String, depth: Int) -> PerformanceEffects? {
            if let done = known[id] { return done }
            let result = computeEffects(id, depth: depth)
            known[id] = .some(result)
            return result
        }
        func computeEffects(_ id: String, depth: Int) -> PerformanceEffects? {
            guard depth < 16, let formula = plan.metric(id)?.formula else {
                guard plan.metric(id) != nil else { return nil }
                // A measured volume: no rate of its own. Its gap is volume, which belongs to a
                // value only when the target is split by the dimension.
                let own = values.map { ownTarget(id, $0) }
                guard own.allSatisfy({ $0 != nil }) else { return PerformanceEffects(effects: values.map { _ in 0 }, targets: nil) }
                let parts = own.map { $0 ?? 0 }
                return PerformanceEffects(effects: values.indices.map { actual(id, $0) - parts[$0] }, targets: parts)
            }
            let drivers = FormulaEvaluator.drivers(of: formula)
            if case .sum(let coefficients) = FormulaShape(formula.expression, drivers: drivers) {
                var total = values.map { _ in 0.0 }
                var due: [Double]? = values.map { _ in 0.0 }
                for (index, driver) in drivers.enumerated() {
                    guard let parts = effects(driver, depth: depth + 1) else { return nil }
                    for v in values.indices { total[v] += coefficients[index] * parts.effects[v] }
                    if let own = parts.targets, let sum = due {
                        due = values.indices.map { sum[$0] + coefficients[index] * own[$0] }
                    } else {
                        due = nil
                    }
                }
                return PerformanceEffects(effects: total, targets: due)
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
            let volumeTargets = values.map { ownTarget(volume, $0) }
            let split = volumeTargets.allSatisfy { $0 != nil }
            var result = PerformanceEffects(effects: [], targets: split ? [] : nil)
            for (index, value) in values.enumerated() {
                let volumeAt = split ? (volumeTargets[index] ?? 0) : actual(volume, index)
                let atTarget = evaluator.evaluate(formula.expression) { id in
                    id == volume ? volumeAt : (ownTarget(id, value) ?? rateTargets[id])
                } ?? 0
                result.effects.append(actual(id, index) - atTarget)
                if split { result.targets?.append(atTarget) }
            }
            return result
        }
        guard plan.metric(metric)?.formula != nil, let result = effects(metric, depth: 0), foundRate else { return nil }
        return result
    }
}
