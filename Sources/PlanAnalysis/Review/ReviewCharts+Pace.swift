import PlanModel

/// The pacing line of one KPI: the value to date against the target curve, day by day.
extension ReviewCharts {
    /// A line chart: the target curve dashed grey, the value to date in the status color, a
    /// dot and label at the last measured day, a light band after it (the days still to come),
    /// and a y axis with round ticks.
    static func pace(_ points: [ReviewReport.PacePoint], status: ReviewReport.Status, title: String, text: ReviewText,
                     show: (Double) -> String) -> String {
        guard points.count > 1, let lastMeasured = points.lastIndex(where: { $0.actual != nil }) else { return "" }
        guard points.allSatisfy({ $0.expected.isFinite && ($0.actual?.isFinite ?? true) }) else { return refused(text) }
        let width = 530.0, height = 200.0, left = 78.0, right = 100.0, top = 24.0, bottom = 28.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let values = points.flatMap { [$0.expected, $0.actual ?? $0.expected] }
        let low = min(values.min() ?? 0, 0)
        let step = niceCeiling((max(values.max() ?? 1, 0) - low) / 4)
        let high = max(((values.max() ?? 1) / step).rounded(.up) * step, step)
        let span = max(high - low, 1e-12)
        guard finite(high, span) else { return refused(text) }
        func x(_ index: Int) -> Double { left + plotWidth * Double(index) / Double(points.count - 1) }
        func y(_ value: Double) -> Double { top + plotHeight * (high - value) / span }
        let color = colors[status] ?? "#888"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" font-size=\"11\" role=\"img\" aria-label=\"\(XMLText.escape(title))\">"
        out += "<text x=\"\(number(left))\" y=\"14\" font-size=\"12\" fill=\"#333\">\(XMLText.escape(title))</text>"
        if lastMeasured < points.count - 1 {
            out += "<rect x=\"\(number(x(lastMeasured)))\" y=\"\(number(top))\" width=\"\(number(x(points.count - 1) - x(lastMeasured)))\" height=\"\(number(plotHeight))\" fill=\"#F4F4F4\"/>"
        }
        for tick in ticks(low: low, high: high, step: step) {
            out += "<line x1=\"\(number(left))\" y1=\"\(number(y(tick)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(y(tick)))\" stroke=\"#E6E6E6\"/>"
            out += "<text x=\"\(number(left - 6))\" y=\"\(number(y(tick) + 4))\" text-anchor=\"end\" fill=\"#666\">\(XMLText.escape(show(tick)))</text>"
        }
        for index in dateLabelIndices(points.count) {
            let label = String(points[index].date.description.dropFirst(5))
            out += "<text x=\"\(number(x(index)))\" y=\"\(number(height - 10))\" text-anchor=\"middle\" fill=\"#666\">\(label)</text>"
        }
        let expected = points.indices.map { "\(number(x($0))),\(number(y(points[$0].expected)))" }.joined(separator: " ")
        out += "<polyline points=\"\(expected)\" fill=\"none\" stroke=\"#999\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>"
        let measured = points.indices.compactMap { index in points[index].actual.map { "\(number(x(index))),\(number(y($0)))" } }
        out += "<polyline points=\"\(measured.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.2\"/>"
        if let last = points[lastMeasured].actual {
            out += "<circle cx=\"\(number(x(lastMeasured)))\" cy=\"\(number(y(last)))\" r=\"3.5\" fill=\"\(color)\"><title>\(points[lastMeasured].date): \(XMLText.escape(show(last)))</title></circle>"
            // A white halo keeps the value legible where it crosses the target curve.
            // At the right edge the label goes left of the dot, clear of the target's label.
            let atEnd = lastMeasured == points.count - 1
            out += "<text x=\"\(number(x(lastMeasured) + (atEnd ? -6 : 6)))\" y=\"\(number(y(last) - 8))\" text-anchor=\"\(atEnd ? "end" : "start")\" fill=\"\(color)\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\" font-weight=\"bold\">\(XMLText.escape(show(last)))</text>"
        }
        if let end = points.last {
            out += "<text x=\"\(number(left + plotWidth + 6))\" y=\"\(number(y(end.expected) + 4))\" fill=\"#777\">\(XMLText.escape(text.target)) \(XMLText.escape(show(end.expected)))</text>"
        }
        out += "<line x1=\"\(number(left))\" y1=\"\(number(y(low)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(y(low)))\" stroke=\"#999\"/>"
        return out + "</svg>"
    }

    /// The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        for step in [1.0, 2.0, 2.5, 5.0, 10.0] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }

    /// The multiples of `step` from `low` to `high`.
    static func ticks(low: Double, high: Double, step: Double) -> [Double] {
        var result: [Double] = []
        guard step > 0, step.isFinite, low.isFinite, high.isFinite else { return [] }
        var tick = (low / step).rounded(.down) * step
        // A step lost in the values' precision would never advance: a chart needs a few dozen.
        while tick <= high + step * 1e-9, result.count < 100 {
            if tick >= low - step * 1e-9 { result.append(tick) }
            tick += step
        }
        return result
    }

    /// The first and last day, and about one a week between.
    static func dateLabelIndices(_ count: Int) -> [Int] {
        let step = max(1, (count + 4) / 5)
        var indices = Array(stride(from: 0, to: count - 1, by: step))
        if let last = indices.last, count - 1 - last < step / 2, indices.count > 1 { indices.removeLast() }
        return indices + [count - 1]
    }
}
