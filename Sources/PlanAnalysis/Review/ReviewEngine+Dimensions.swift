import PlanModel

/// Which channel, store or segment explains a gap.
extension ReviewEngine {
    /// For each dimension, each value's share of the gap, ranked by size.
    ///
    /// - A flow against a previous period: each value's own change. Against a target, which
    ///   has no split by value, the gap is shared in proportion to each value's actual.
    /// - A ratio `a / b` (a conversion rate): the total is Σ wᵥ·rᵥ with weights wᵥ = bᵥ / Σb.
    ///   Against a target, each value contributes wᵥ·(rᵥ − target) — its rate effect. Against a
    ///   previous period, the change splits exactly into a rate effect (rᵥ¹ − rᵥ⁰)·(wᵥ¹ + wᵥ⁰)/2
    ///   and a mix effect (wᵥ¹ − wᵥ⁰)·(rᵥ¹ + rᵥ⁰)/2.
    ///
    /// Every list adds up to the gap exactly.
    func breakdown(_ target: Target, window: DateRange) -> [String: [ReviewReport.DimensionShare]] {
        var result: [String: [ReviewReport.DimensionShare]] = [:]
        guard let total = actuals.value(of: target.metric, in: window) else { return [:] }
        let everything = DateRange(first: .init(daysSinceEpoch: Int(Int32.min)), last: .init(daysSinceEpoch: Int(Int32.max)))
        for dimension in dimensionNames() {
            let values = actuals.values(of: dimension)
            guard values.count > 1 else { continue }
            var shares: [ReviewReport.DimensionShare] = []
            if let (numerator, denominator) = ratioParts(target.metric) {
                let weightsNow = values.map { actuals.value(of: denominator, in: window, where: [dimension: $0]) ?? 0 }
                let sumNow = weightsNow.reduce(0, +)
                guard sumNow > 0 else { continue }
                for (index, value) in values.enumerated() {
                    let rate = weightsNow[index] > 0 ? (actuals.value(of: numerator, in: window, where: [dimension: value]) ?? 0) / weightsNow[index] : 0
                    let weight = weightsNow[index] / sumNow
                    if let comparison {
                        let denominatorThen = values.map { comparison.value(of: denominator, in: everything, where: [dimension: $0]) ?? 0 }
                        let sumThen = denominatorThen.reduce(0, +)
                        let weightThen = sumThen > 0 ? denominatorThen[index] / sumThen : 0
                        let rateThen = denominatorThen[index] > 0
                            ? (comparison.value(of: numerator, in: everything, where: [dimension: value]) ?? 0) / denominatorThen[index] : 0
                        let rateEffect = (rate - rateThen) * (weight + weightThen) / 2
                        let mixEffect = (weight - weightThen) * (rate + rateThen) / 2
                        shares.append(.init(value: value, actual: rate, contribution: rateEffect + mixEffect, rate: rateEffect, mix: mixEffect))
                    } else {
                        let effect = weight * (rate - target.value)
                        shares.append(.init(value: value, actual: rate, contribution: effect, rate: effect, mix: 0))
                    }
                }
            } else {
                for value in values {
                    let part = actuals.value(of: target.metric, in: window, where: [dimension: value]) ?? 0
                    let contribution: Double
                    if let comparison {
                        contribution = part - (comparison.value(of: target.metric, in: everything, where: [dimension: value]) ?? 0)
                    } else {
                        contribution = total != 0 ? part * (total - target.value) / total : 0
                    }
                    shares.append(.init(value: value, actual: part, contribution: contribution, rate: nil, mix: nil))
                }
            }
            result[dimension] = shares.sorted { (abs($0.contribution), $1.value) > (abs($1.contribution), $0.value) }
        }
        return result
    }

    func dimensionNames() -> [String] {
        Set(actuals.observations.flatMap { $0.dimensions.keys }).sorted()
    }
}
