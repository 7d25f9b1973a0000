import PlanModel

/// The A/B experiments the plan declares, tested on the actuals.
extension ReviewEngine {
    func experiment(_ experiment: Experiment, window: DateRange) -> ReviewReport.ExperimentResult {
        var result = ReviewReport.ExperimentResult(id: experiment.id, name: experiment.name, metric: experiment.metric,
                                                   control: experiment.control, variants: [], comparisons: [], overall: nil, caveat: nil)
        let variants = actuals.values(of: experiment.dimension)
        func missingControl() -> ReviewNote {
            variants.isEmpty ? .dimensionMissing(experiment.dimension) : .controlMissing(control: experiment.control, variants: variants)
        }
        if let sd = experiment.standardDeviation, let size = experiment.size {
            var incomplete = 0
            for variant in variants {
                let (sample, skipped) = pooledSample(experiment, variant: variant, sd: sd, size: size, window: window)
                if let sample { result.samples.append(sample) }
                incomplete += skipped
            }
            if incomplete > 0 {
                result.caveat = .incompleteRows(incomplete)
            }
            guard let control = result.samples.first(where: { $0.variant == experiment.control }) else {
                result.caveat = result.samples.isEmpty && !variants.isEmpty
                    ? .noCompleteRows(metric: experiment.metric, sd: sd, size: size) : missingControl()
                return result
            }
            for sample in result.samples where sample.variant != experiment.control {
                if let test = ExperimentTests.welch(control: control, treatment: sample) { result.comparisons.append((sample.variant, test)) }
            }
            return result
        }
        guard let (numerator, denominator) = ratioParts(experiment.metric) else {
            result.caveat = .notARate(experiment.metric)
            return result
        }
        result.variants = variants.map { variant in
            ExperimentTests.Counts(variant: variant,
                                   successes: actuals.value(of: numerator, in: window, where: [experiment.dimension: variant]) ?? 0,
                                   trials: actuals.value(of: denominator, in: window, where: [experiment.dimension: variant]) ?? 0)
        }
        guard let control = result.variants.first(where: { $0.variant == experiment.control }) else {
            result.caveat = missingControl()
            return result
        }
        for variant in result.variants where variant.variant != experiment.control {
            if let test = ExperimentTests.twoProportion(control: control, treatment: variant) {
                result.comparisons.append((variant.variant, test))
            }
        }
        if result.variants.count > 2 { result.overall = ExperimentTests.chiSquare(result.variants) }
        return result
    }

    /// One variant's sample, pooled exactly from the rows that give its mean, standard
    /// deviation and size (a day, a channel): n = Σnᵢ, mean = Σnᵢmᵢ / n, and
    /// (n − 1)s² = Σ(nᵢ − 1)sᵢ² + Σnᵢ(mᵢ − mean)², the same as over the raw values.
    ///
    /// - Complexity: O(observations).
    /// - Returns: the sample (`nil` when no row is complete) and how many rows were not.
    private func pooledSample(_ experiment: Experiment, variant: String, sd: String, size: String,
                              window: DateRange) -> (ExperimentTests.Sample?, skipped: Int) {
        struct Row { var mean: Double?, sd: Double?, n: Double? }
        var rows: [[String: String]: Row] = [:]
        var keys: [[String: String]] = []
        for observation in actuals.observations(of: [experiment.metric, sd, size], in: window, where: [experiment.dimension: variant])
        where observation.dimensions[experiment.dimension] == variant && window.contains(observation.date)
            && (observation.metric == experiment.metric || observation.metric == sd || observation.metric == size) {
            var key = observation.dimensions
            key["\u{0}date"] = observation.date.description
            if rows[key] == nil { keys.append(key) }
            switch observation.metric {
            case experiment.metric: rows[key, default: Row()].mean = observation.value
            case sd: rows[key, default: Row()].sd = observation.value
            default: rows[key, default: Row()].n = observation.value
            }
        }
        var total = 0.0, weighted = 0.0
        var complete: [(mean: Double, sd: Double, n: Double)] = []
        var skipped = 0
        for key in keys {
            guard let row = rows[key], let mean = row.mean, let deviation = row.sd, let n = row.n, n > 0 else {
                skipped += 1
                continue
            }
            complete.append((mean, deviation, n))
            total += n
            weighted += n * mean
        }
        guard total > 0 else { return (nil, skipped) }
        let mean = weighted / total
        let squares = complete.reduce(0.0) { $0 + ($1.n - 1) * $1.sd * $1.sd + $1.n * ($1.mean - mean) * ($1.mean - mean) }
        let deviation = total > 1 ? (max(squares, 0) / (total - 1)).squareRoot() : 0
        return (ExperimentTests.Sample(variant: variant, mean: mean, standardDeviation: deviation, size: total), skipped)
    }
}
