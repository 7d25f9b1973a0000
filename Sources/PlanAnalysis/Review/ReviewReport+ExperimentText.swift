import PlanModel

/// The experiments' words and numbers, shared by the Markdown and HTML reports so the two
/// say the same thing: the variants table and one sentence per comparison.
extension ReviewReport.ExperimentResult {
    /// Header and rows of the variants table: successes, trials and rate for a rate metric;
    /// mean, standard deviation and size for a mean metric (values in the metric's display).
    func variantTable(_ text: ReviewText, show: (Double) -> String) -> [[String]] {
        if !samples.isEmpty {
            return [text.variantsHeaderMean] + samples.map {
                [$0.variant, show($0.mean), show($0.standardDeviation), ValueFormatter.grouped($0.size, maxFraction: 0)]
            }
        }
        return [text.variantsHeaderRate] + variants.map {
            [$0.variant, ValueFormatter.grouped($0.successes, maxFraction: 0), ValueFormatter.grouped($0.trials, maxFraction: 0),
             ValueFormatter.format($0.rate, as: .percent)]
        }
    }

    /// "B 对 A：提升 …，p = …（显著），差值 95% 区间 […]" and the test's caveats, per comparison.
    /// A rate's difference is in percentage points; a mean's in the metric's own unit.
    func comparisonSentences(_ text: ReviewText, names: (String) -> String, show: (Double) -> String) -> [(sentence: String, notes: [String])] {
        let isMean = !samples.isEmpty
        // A rate's difference is in percentage points (个百分点), signed.
        func difference(_ value: Double) -> String { isMean ? show(value) : text.localizedChange(ValueFormatter.change(value, as: .percent)) }
        var sentences = comparisons.map { variant, result in
            let lift = result.lift.map { ValueFormatter.format($0, as: .percent) } ?? text.noData
            var sentence = text.comparison(variant, control, text.testName(result.test), lift,
                                           ValueFormatter.trimmed(result.pValue, maxFraction: 4), result.pValue < 0.05)
            if let low = result.ciLow, let high = result.ciHigh {
                sentence += text.interval(difference(low), difference(high))
            }
            return (sentence, result.caveats.map { $0.text(text.language, names: names) })
        }
        if let overall {
            let sentence = text.chiSquare(ValueFormatter.trimmed(overall.statistic, maxFraction: 3),
                                          ValueFormatter.trimmed(overall.degreesOfFreedom ?? 0, maxFraction: 0),
                                          ValueFormatter.trimmed(overall.pValue, maxFraction: 4))
            sentences.append((sentence, overall.caveats.map { $0.text(text.language, names: names) }))
        }
        return sentences
    }
}
