import PlanModel

/// Which channel, store or segment explains a gap.
extension ReviewEngine {
    struct Breakdown {
        var basis: ReviewReport.DimensionBasis
        var shares: [ReviewReport.DimensionShare]
        var unallocated: Double
    }

    /// For each dimension of the actuals, each value's part of the gap between the actual and
    /// `reference` (the target, or the part of it due to date), ranked by size. The basis:
    ///
    /// - against a previous period: each value's own change; a ratio `a / b` (Σ wᵥ·rᵥ with
    ///   weights wᵥ = bᵥ / Σb) splits exactly into a rate effect (rᵥ¹ − rᵥ⁰)·(wᵥ¹ + wᵥ⁰)/2 and a
    ///   mix effect (wᵥ¹ − wᵥ⁰)·(rᵥ¹ + rᵥ⁰)/2;
    /// - a ratio against its target: wᵥ·(rᵥ − target), its rate effect;
    /// - a KPI of a volume times rates against targets (`performanceEffects`);
    /// - otherwise the gap in proportion to each value's actual, marked as such.
    ///
    /// Shares plus the unallocated part add up to the gap exactly.
    ///
    /// - Complexity: O(v · q) for v dimension values and the store's query cost q.
    func breakdown(_ target: Target, window: DateRange, dimensions: [String], reference: Double, siblings: [Target],
                   share: Double) -> [String: Breakdown] {
        var result: [String: Breakdown] = [:]
        guard let total = actuals.value(of: target.metric, in: window) else { return [:] }
        for dimension in dimensions {
            let values = actuals.values(of: dimension)
            guard values.count > 1 else { continue }
            func part(_ metric: String, _ value: String, in store: ActualsStore, _ range: DateRange) -> Double {
                store.value(of: metric, in: range, where: [dimension: value]) ?? 0
            }
            var breakdown: Breakdown
            if let (numerator, denominator) = ratioParts(target.metric) {
                let weights = values.map { part(denominator, $0, in: actuals, window) }
                let sum = weights.reduce(0, +)
                guard sum > 0 else { continue }
                let rates = values.indices.map { weights[$0] > 0 ? part(numerator, values[$0], in: actuals, window) / weights[$0] : 0 }
                if let comparison {
                    let weightsThen = values.map { part(denominator, $0, in: comparison, Self.always) }
                    let sumThen = weightsThen.reduce(0, +)
                    let shares = values.indices.map { index -> ReviewReport.DimensionShare in
                        let weight = weights[index] / sum, weightThen = sumThen > 0 ? weightsThen[index] / sumThen : 0
                        let rateThen = weightsThen[index] > 0 ? part(numerator, values[index], in: comparison, Self.always) / weightsThen[index] : 0
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
                let parts = values.map { part(target.metric, $0, in: actuals, window) }
                if let comparison {
                    let shares = values.indices.map {
                        ReviewReport.DimensionShare(value: values[$0], actual: parts[$0],
                                                    contribution: parts[$0] - part(target.metric, values[$0], in: comparison, Self.always),
                                                    rate: nil, mix: nil)
                    }
                    breakdown = Breakdown(basis: .previous, shares: shares, unallocated: 0)
                } else if let effects = performanceEffects(target.metric, dimension: dimension, values: values, window: window,
                                                           siblings: siblings, share: share) {
                    let shares = values.indices.map {
                        ReviewReport.DimensionShare(value: values[$0], actual: parts[$0], contribution: effects[$0], rate: nil, mix: nil)
                    }
                    breakdown = Breakdown(basis: .performance, shares: shares, unallocated: total - reference - effects.reduce(0, +))
                } else {
                    let shares = values.indices.map {
                        ReviewReport.DimensionShare(value: values[$0], actual: parts[$0],
                                                    contribution: total != 0 ? parts[$0] * (total - reference) / total : 0, rate: nil, mix: nil)
                    }
                    breakdown = Breakdown(basis: .proRata, shares: shares, unallocated: 0)
                }
            }
            breakdown.shares.sort { (abs($0.contribution), $1.value) > (abs($1.contribution), $0.value) }
            result[dimension] = breakdown
        }
        return result
    }

    static let always = DateRange(first: .init(daysSinceEpoch: Int(Int32.min)), last: .init(daysSinceEpoch: Int(Int32.max)))
}
