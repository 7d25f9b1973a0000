import PlanModel

/// The experiments' words and numbers, shared by the Markdown and HTML reports so the two
/// say the same thing: the variants table and one sentence per comparison.
extension ReviewReport.ExperimentResult {
    /// Header and rows of the variants table: successes, trials and rate for a rate metric;
    /// mean, standard deviation and size for a mean metric (values in the metric's display).
    func variantTable(show: (Double) -> String) -> [[String]] {
        if !samples.isEmpty {
            return [["组", "均值", "标准差", "样本"]] + samples.map {
                [$0.variant, show($0.mean), show($0.standardDeviation), ValueFormatter.grouped($0.size, maxFraction: 0)]
            }
        }
        return [["组", "成功", "样本", "比率"]] + variants.map {
            [$0.variant, ValueFormatter.grouped($0.successes, maxFraction: 0), ValueFormatter.grouped($0.trials, maxFraction: 0),
             ValueFormatter.format($0.rate, as: .percent)]
        }
    }

    /// "B 对 A：提升 …，p = …（显著），差值 95% 区间 […]" and the test's notes, per comparison.
    /// A rate's difference is in percentage points; a mean's in the metric's own unit.
    func comparisonSentences(show: (Double) -> String) -> [(sentence: String, notes: [String])] {
        let isMean = !samples.isEmpty
        func difference(_ value: Double) -> String { isMean ? show(value) : ValueFormatter.format(value, as: .percent) }
        var sentences = comparisons.map { variant, result in
            let verdict = result.pValue < 0.05 ? "显著" : "不显著"
            let lift = result.lift.map { ValueFormatter.format($0, as: .percent) } ?? "—"
            var sentence = "\(variant) 对 \(control)（\(result.test)）：提升 \(lift)，p = \(ValueFormatter.trimmed(result.pValue, maxFraction: 4))（\(verdict)）"
            if let low = result.ciLow, let high = result.ciHigh {
                sentence += "，差值 95% 区间 [\(difference(low)), \(difference(high))]"
            }
            return (sentence, result.notes)
        }
        if let overall {
            let sentence = "卡方检验（全部组）：χ² = \(ValueFormatter.trimmed(overall.statistic, maxFraction: 3))，"
                + "自由度 \(ValueFormatter.trimmed(overall.degreesOfFreedom ?? 0, maxFraction: 0))，p = \(ValueFormatter.trimmed(overall.pValue, maxFraction: 4))"
            sentences.append((sentence, overall.notes))
        }
        return sentences
    }
}
