import PlanModel

/// The A/B result at a glance: each variant's rate (or mean) as a dot with its 95% interval.
extension ReviewCharts {
    /// One row per variant: a dot at its rate (successes ÷ trials) or mean, a line over its
    /// 95% interval (Wald for a rate, normal for a mean: ± 1.96 · sd ÷ √n), the control in
    /// grey, and a dashed line at the control's value. Variants whose numbers are not finite
    /// are left out with a note.
    static func experiment(_ experiment: ReviewReport.ExperimentResult, text: ReviewText, metricName: String,
                           show: (Double) -> String) -> String {
        var rows: [(label: String, value: Double, low: Double, high: Double, display: String)] = []
        if experiment.samples.isEmpty {
            for variant in experiment.variants where variant.trials > 0 {
                let p = variant.rate
                let half = ExperimentTests.z975 * (p * (1 - p) / variant.trials).squareRoot()
                rows.append((variant.variant, p, p - half, p + half, ValueFormatter.format(p, as: .percent)))
            }
        } else {
            for sample in experiment.samples where sample.size > 0 {
                let half = ExperimentTests.z975 * sample.standardDeviation / sample.size.squareRoot()
                rows.append((sample.variant, sample.mean, sample.mean - half, sample.mean + half, show(sample.mean)))
            }
        }
        let drawable = rows.filter { finite($0.value, $0.low, $0.high) }
        guard !drawable.isEmpty else { return rows.isEmpty ? "" : refused(text) }
        let lowest = drawable.map(\.low).min() ?? 0, highest = drawable.map(\.high).max() ?? 1
        let pad = max((highest - lowest) * 0.15, abs(highest) * 1e-6, 1e-12)
        let low = lowest - pad, high = highest + pad
        guard finite(low, high), high > low else { return refused(text) }
        let labelWidth = 110.0, plotWidth = 420.0, rowHeight = 28.0, top = 22.0
        let height = top + Double(drawable.count) * rowHeight + 24
        func x(_ value: Double) -> Double { labelWidth + plotWidth * (value - low) / (high - low) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(labelWidth + plotWidth + 130))\" height=\"\(number(height))\" font-size=\"12\" role=\"img\" aria-label=\"\(XMLText.escape(experiment.name))\">"
        out += "<text x=\"\(number(labelWidth))\" y=\"13\" fill=\"#666\" font-size=\"11\">\(XMLText.escape(text.experimentAxis(metricName)))</text>"
        if let control = drawable.first(where: { $0.label == experiment.control }) {
            out += "<line x1=\"\(number(x(control.value)))\" y1=\"\(number(top))\" x2=\"\(number(x(control.value)))\" y2=\"\(number(height - 20))\" stroke=\"#BBB\" stroke-dasharray=\"3 3\"/>"
        }
        for (index, row) in drawable.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            let color = row.label == experiment.control ? "#9C9C9C" : "#4E79A7"
            out += "<text x=\"\(number(labelWidth - 10))\" y=\"\(number(y + 4))\" text-anchor=\"end\">\(XMLText.escape(row.label))</text>"
            out += "<line x1=\"\(number(x(row.low)))\" y1=\"\(number(y))\" x2=\"\(number(x(row.high)))\" y2=\"\(number(y))\" stroke=\"\(color)\" stroke-width=\"2\"/>"
            for end in [row.low, row.high] {
                out += "<line x1=\"\(number(x(end)))\" y1=\"\(number(y - 5))\" x2=\"\(number(x(end)))\" y2=\"\(number(y + 5))\" stroke=\"\(color)\" stroke-width=\"2\"/>"
            }
            out += "<circle cx=\"\(number(x(row.value)))\" cy=\"\(number(y))\" r=\"4.5\" fill=\"\(color)\"/>"
            out += "<text x=\"\(number(labelWidth + plotWidth + 10))\" y=\"\(number(y + 4))\" fill=\"#444\">\(XMLText.escape(row.display))</text>"
        }
        let axisY = height - 20
        out += "<line x1=\"\(number(labelWidth))\" y1=\"\(number(axisY))\" x2=\"\(number(labelWidth + plotWidth))\" y2=\"\(number(axisY))\" stroke=\"#999\"/>"
        for value in [low + pad, high - pad] {
            let label = experiment.samples.isEmpty ? ValueFormatter.format(value, as: .percent) : show(value)
            out += "<text x=\"\(number(x(value)))\" y=\"\(number(axisY + 14))\" text-anchor=\"middle\" fill=\"#666\" font-size=\"10\">\(XMLText.escape(label))</text>"
        }
        if drawable.count < rows.count {
            out += "<text x=\"\(number(labelWidth))\" y=\"\(number(height - 2))\" fill=\"#888\" font-size=\"10\">\(XMLText.escape(text.chartPartlyLeftOut))</text>"
        }
        return out + "</svg>"
    }
}
