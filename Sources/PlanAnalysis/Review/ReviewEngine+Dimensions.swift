import PlanModel

/// Which channel, store or segment explains a gap.
extension ReviewEngine {
    struct Breakdown {
        var basis: ReviewReport.DimensionBasis
        var shares: [ReviewReport.DimensionShare]
        var unallocated: Double
        /// The KPI's inputs that are not broken down by this dimension: then no value's part
        /// can be measured and the shares carry no numbers.
        var missingInputs: [String]? = nil
        /// Values that have no data for this KPI in the window (another export carries them,
        /// or only the target names them): left out of the shares rather than read as 0.
        var withoutData: [String] = []
    }

    /// For each dimension of the actuals, each value's part of the gap between the actual and
    /// `reference` (the target, or the part of it due to date), ranked by size. The basis:
    ///
    /// - against a previous period: each value's own change; a ratio `a / b` (Σ wᵥ·rᵥ with
    ///   weights wᵥ = bᵥ / Σb) splits exactly into a rate effect (rᵥ¹ − rᵥ⁰)·(wᵥ¹ + wᵥ⁰)/2 and a
    ///   mix effect (wᵥ¹ − wᵥ⁰)·(rᵥ¹ + rᵥ⁰)/2;
    /// - a target split by the dimension (`by:`): each value against its own target (`target`);
    /// - a ratio against its target: wᵥ·(rᵥ − target), its rate effect;
    /// - a KPI of a volume times rates against targets (`performanceEffects`);
    /// - otherwise the gap in proportion to each value's actual, marked as such.
    ///
    /// Shares plus the unallocated part add up to the gap exactly.
    ///
    /// - Complexity: one `ActualsStore.values(of:in:by:for:)` per metric it needs (a pass per
    ///   measured input in memory), and O(v) for v dimension values.
    func breakdown(_ target: Target, window: DateRange, dimensions: [String], reference: Double, siblings: [Target],
                   share: Double) -> [String: Breakdown] {
        var result: [String: Breakdown] = [:]
        guard let total = actuals.value(of: target.metric, in: window) else { return [:] }
        let carried = actuals.dimensionsByMetric
        for dimension in dimensions {
            let known = actuals.values(of: dimension)
            guard known.count > 1 else { continue }
            // tr = tr_new + tr_old with 老客数 given only as a total: no channel's tr can be
            // measured. Say so instead of reading the missing part as 0.
            let inputs = actuals.inputs(of: target.metric)
            let missing = inputs.filter { !(carried[$0]?.contains(dimension) ?? false) }
            if !missing.isEmpty {
                let shares = known.map { ReviewReport.DimensionShare(value: $0, actual: nil, contribution: 0) }
                result[dimension] = Breakdown(basis: .proRata, shares: shares, unallocated: 0, missingInputs: missing)
                continue
            }
            // A channel only another export knows (or only the target names) has no value
            // here: it is listed as without data, never counted as 0.
            let measuredInputs = inputs.map { actuals.values(of: $0, in: window, by: dimension, for: known) }
            let values = known.indices.filter { index in measuredInputs.contains { $0[index] != nil } }.map { known[$0] }
            // Sets: an array's `contains` per value was O(v²) — minutes for a warehouse's 50,000 stores.
            let measured = Set(values), knownSet = Set(known)
            var withoutData = known.filter { !measured.contains($0) }
            for part in target.split(by: dimension)?.parts ?? [] where !knownSet.contains(part.value) { withoutData.append(part.value) }
            guard !values.isEmpty else { continue }
            // Each value's part of a metric, every value asked at once (one pass per input).
            func parts(_ metric: String, in store: ActualsStore, _ range: DateRange) -> [Double] {
                store.values(of: metric, in: range, by: dimension, for: values).map { $0 ?? 0 }
            }
            var breakdown: Breakdown
            if comparison == nil, let split = target.split(by: dimension),
               let own = ownTargetBreakdown(target, split: split, values: values, window: window, total: total, reference: reference, share: share) {
                breakdown = own
            } else if let (numerator, denominator) = ratioParts(target.metric) {
                let weights = parts(denominator, in: actuals, window)
                let sum = weights.reduce(0, +)
                guard sum > 0 else { continue }
                let numerators = parts(numerator, in: actuals, window)
                let rates = values.indices.map { weights[$0] > 0 ? numerators[$0] / weights[$0] : 0 }
                if let comparison {
                    let weightsThen = parts(denominator, in: comparison, comparisonWindow)
                    let numeratorsThen = parts(numerator, in: comparison, comparisonWindow)
                    let sumThen = weightsThen.reduce(0, +)
                    let shares = values.indices.map { index -> ReviewReport.DimensionShare in
                        let weight = weights[index] / sum, weightThen = sumThen > 0 ? weightsThen[index] / sumThen : 0
                        let rateThen = weightsThen[index] > 0 ? numeratorsThen[index] / weightsThen[index] : 0
                        let rateEffect = (rates[index] - rateThen) * (weight + weightThen) / 2
                        let mixEffect = (weight - weightThen) * (rates[index] + rateThen) / 2
                        return .init(value: values[index], actual: rates[index], contribution: rateEffect + mixEffect, rate: rateEffect, mix: mixEffect)
                    }
                    breakdown = Breakdown(basis: .previous, shares: shares, unallocated: 0)
                } else {
                    let shares = values.indices.map { index -> ReviewReport.DimensionShare in
                        let effect = weights[index] / sum * (rates[index] - reference)
                        return .init(value: values[index], actual: rates[index], contribution: effect, rate: effect, mix: 0)
                    }
                    breakdown = Breakdown(basis: .rate, shares: shares, unallocated: 0)
                }
            } else {
                let actualParts = parts(target.metric, in: actuals, window)
                if let comparison {
                    let partsThen = parts(target.metric, in: comparison, comparisonWindow)
                    let shares = values.indices.map {
                        ReviewReport.DimensionShare(value: values[$0], actual: actualParts[$0],
                                                    contribution: actualParts[$0] - partsThen[$0],
                                                    rate: nil, mix: nil)
                    }
                    breakdown = Breakdown(basis: .previous, shares: shares, unallocated: 0)
                } else if let performance = performanceEffects(target.metric, dimension: dimension, values: values, window: window,
                                                               siblings: siblings, share: share) {
                    let effects = performance.effects
                    let shares = values.indices.map {
                        ReviewReport.DimensionShare(value: values[$0], actual: actualParts[$0], contribution: effects[$0], rate: nil, mix: nil,
                                                    target: performance.targets?[$0])
                    }
                    // Every volume held to its own part: each value against its own target,
                    // and what is left is the targets' rounding (a part without data, parts
                    // that do not multiply out to the whole).
                    var rest = total - reference - effects.reduce(0, +)
                    if abs(rest) <= 1e-9 * max(1, abs(total), abs(reference)) { rest = 0 }
                    breakdown = Breakdown(basis: performance.targets == nil ? .performance : .target, shares: shares, unallocated: rest)
                } else {
                    let shares = values.indices.map {
                        ReviewReport.DimensionShare(value: values[$0], actual: actualParts[$0],
                                                    contribution: total != 0 ? actualParts[$0] * (total - reference) / total : 0, rate: nil, mix: nil)
                    }
                    breakdown = Breakdown(basis: .proRata, shares: shares, unallocated: 0)
                }
            }
            breakdown.shares.sort { (abs($0.contribution), $1.value) > (abs($1.contribution), $0.value) }
            breakdown.withoutData = withoutData
            result[dimension] = breakdown
        }
        return result
    }

    /// Each value against its own part of a split target. A ratio `a / b`: wᵥ·(rᵥ − targetᵥ)
    /// (a value without a part of its own against the whole target), and the rest,
    /// Σwᵥ·targetᵥ − target — the values' mix against the targets' — is unallocated. A size
    /// (a flow, or a KPI of a volume and rates): actualᵥ − targetᵥ (due to date), and what no
    /// measured value carries (a part whose value has no data) is unallocated. `nil` when the
    /// metric neither is a ratio nor adds up over values.
    ///
    /// - Complexity: one `ActualsStore.values(of:in:by:for:)` per metric, and O(v) for v values.
    func ownTargetBreakdown(_ target: Target, split: TargetSplit, values: [String], window: DateRange, total: Double,
                            reference: Double, share: Double) -> Breakdown? {
        let dimension = split.dimension
        // Each value's part of a metric, every value asked at once (one pass per input).
        func parts(_ metric: String) -> [Double] {
            actuals.values(of: metric, in: window, by: dimension, for: values).map { $0 ?? 0 }
        }
        var shares: [ReviewReport.DimensionShare] = []
        if let (numerator, denominator) = ratioParts(target.metric) {
            let weights = parts(denominator)
            let sum = weights.reduce(0, +)
            guard sum > 0 else { return nil }
            let numerators = parts(numerator)
            for (index, value) in values.enumerated() {
                let own = due(target.metric, target: split.target(of: value) ?? target.value, share: share)
                let weight = weights[index] / sum
                let rate = weights[index] > 0 ? numerators[index] / weights[index] : 0
                let effect = weight * (rate - own)
                shares.append(.init(value: value, actual: weights[index] > 0 ? rate : nil, contribution: effect, rate: effect, mix: 0, target: own))
            }
        } else if sizeDegree(target.metric) == 1 {
            let actualParts = parts(target.metric)
            for (index, value) in values.enumerated() {
                let own = due(target.metric, target: split.target(of: value) ?? 0, share: share)
                let actual = actualParts[index]
                shares.append(.init(value: value, actual: actual, contribution: actual - own, target: own))
            }
        } else {
            return nil
        }
        let explained = shares.reduce(0) { $0 + $1.contribution }
        var rest = (total - reference) - explained
        // Rounding error of the sums is not a part of its own.
        if abs(rest) <= 1e-9 * max(1, abs(total), abs(reference)) { rest = 0 }
        return Breakdown(basis: .target, shares: shares, unallocated: rest)
    }

    static let always = DateRange(first: .init(daysSinceEpoch: Int(Int32.min)), last: .init(daysSinceEpoch: Int(Int32.max)))
}
