import PlanModel

/// A KPI over the last cycles: one column per cycle.
extension ReviewCharts {
    /// Columns oldest first, the reviewed cycle last in the status color and the earlier ones
    /// grey; a cycle without data shows "—" and no column (never a column of 0); the target
    /// as a dashed line, and a y axis with round ticks. Each column's tooltip has its window.
    static func trend(_ points: [ReviewReport.TrendPoint], target: Double, status: ReviewReport.Status, title: String, text: ReviewText,
                      show: (Double) -> String) -> String {
        guard points.count > 1, points.contains(where: { $0.value != nil }) else { return "" }
        let values = points.compactMap(\.value) + [target]
        guard values.allSatisfy(\.isFinite) else { return refused(text) }
        let width = 530.0, height = 210.0, left = 78.0, right = 100.0, top = 24.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let low = min(values.min() ?? 0, 0)
        let step = niceCeiling((max(values.max() ?? 1, 0) - low) / 4)
        let high = max(((values.max() ?? 1) / step).rounded(.up) * step, step)
        let span = max(high - low, 1e-12)
        guard finite(high, span, step) else { return refused(text) }
        let slot = plotWidth / Double(points.count)
        func y(_ value: Double) -> Double { top + plotHeight * (high - value) / span }
        let e = XMLText.escape
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" font-size=\"11\" role=\"img\" aria-label=\"\(e(title))\">"
        out += "<text x=\"\(number(left))\" y=\"14\" font-size=\"12\" fill=\"#333\">\(e(title))</text>"
        for tick in ticks(low: low, high: high, step: step) {
            out += "<line x1=\"\(number(left))\" y1=\"\(number(y(tick)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(y(tick)))\" stroke=\"#E6E6E6\"/>"
            out += "<text x=\"\(number(left - 6))\" y=\"\(number(y(tick) + 4))\" text-anchor=\"end\" fill=\"#666\">\(e(show(tick)))</text>"
        }
        // The target under the columns' labels, whose white halo keeps them legible across it.
        out += "<line x1=\"\(number(left))\" y1=\"\(number(y(target)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(y(target)))\" stroke=\"#555\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>"
        for (index, point) in points.enumerated() {
            let center = left + slot * (Double(index) + 0.5)
            let current = point.cyclesBack == 0
            let window = "\(point.windowStart)…\(point.windowFinish)"
            out += "<text x=\"\(number(center))\" y=\"\(number(height - 24))\" text-anchor=\"middle\" fill=\"\(current ? "#333" : "#666")\">\(e(text.cycleLabel(point.cyclesBack)))</text>"
            out += "<text x=\"\(number(center))\" y=\"\(number(height - 10))\" text-anchor=\"middle\" fill=\"#999\" font-size=\"10\">\(point.windowStart.description.dropFirst(2))</text>"
            guard let value = point.value else {
                out += "<text x=\"\(number(center))\" y=\"\(number(y(low) - 6))\" text-anchor=\"middle\" fill=\"#999\"><title>\(window): \(e(text.noData))</title>—</text>"
                continue
            }
            let barWidth = min(slot * 0.6, 48)
            let barTop = min(y(value), y(0)), bar = abs(y(value) - y(0))
            let color = current ? (colors[status] ?? "#888") : "#BAB0AC"
            out += "<rect x=\"\(number(center - barWidth / 2))\" y=\"\(number(barTop))\" width=\"\(number(barWidth))\" height=\"\(number(max(bar, 0.5)))\" fill=\"\(color)\"><title>\(window): \(e(show(value)))</title></rect>"
            out += "<text x=\"\(number(center))\" y=\"\(number(barTop - 4))\" text-anchor=\"middle\" fill=\"\(current ? "#333" : "#666")\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(e(show(value)))</text>"
        }
        out += "<text x=\"\(number(left + plotWidth + 6))\" y=\"\(number(y(target) + 4))\" fill=\"#555\">\(e(text.target)) \(e(show(target)))</text>"
        out += "<line x1=\"\(number(left))\" y1=\"\(number(y(low)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(y(low)))\" stroke=\"#999\"/>"
        return out + "</svg>"
    }
}
