import PlanModel

/// The A/B experiments the plan declares, tested on the actuals.
extension ReviewEngine {
    func experiment(_ experiment: Experiment, window: DateRange) -> ReviewReport.ExperimentResult {
        var result = ReviewReport.ExperimentResult(id: experiment.id, name: experiment.name, metric: experiment.metric,
                                                   control: experiment.control, variants: [], comparisons: [], overall: nil, note: nil)
        guard let (numerator, denominator) = ratioParts(experiment.metric) else {
            result.note = "'\(experiment.metric)' is not a rate (a / b), so there are no successes and trials to test"
            return result
        }
        let variants = actuals.values(of: experiment.dimension)
        result.variants = variants.map { variant in
            ExperimentTests.Counts(variant: variant,
                                   successes: actuals.value(of: numerator, in: window, where: [experiment.dimension: variant]) ?? 0,
                                   trials: actuals.value(of: denominator, in: window, where: [experiment.dimension: variant]) ?? 0)
        }
        guard let control = result.variants.first(where: { $0.variant == experiment.control }) else {
            result.note = variants.isEmpty
                ? "no actuals carry the dimension '\(experiment.dimension)'"
                : "the control '\(experiment.control)' is not among the variants found: \(variants.joined(separator: ", "))"
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
}
