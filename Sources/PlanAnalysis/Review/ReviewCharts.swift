import PlanModel

/// The review's charts, drawn as inline SVG by our own code (no script, no network): target
/// against actual per KPI, the attribution waterfall of a derived KPI, and each dimension
/// value's part of a gap. Labels are escaped; numbers have one decimal so output is stable.
enum ReviewCharts {
    static let colors: [ReviewReport.Status: String] = [
        .onTrack: "#59A14F", .atRisk: "#EDC948", .offTrack: "#D62728", .notStarted: "#BAB0AC", .noData: "#BAB0AC",
    ]

    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10, fraction = abs(Int(tenths) % 10)
        return fraction == 0 ? String(whole) : (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }

    /// One row per KPI with data: a grey bar for the target, a colored bar for the actual
    /// (by status), a tick at the expected-to-date value when the window runs.
    static func attainment(_ kpis: [ReviewReport.KPI], label: (ReviewReport.KPI) -> String,
                           show: (Double, String) -> String) -> String {
        let rows = kpis.filter { $0.actual != nil }
        guard !rows.isEmpty else { return "" }
        let labelWidth = 230.0, barWidth = 420.0, rowHeight = 26.0
        let height = Double(rows.count) * rowHeight + 30
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(labelWidth + barWidth + 170))\" height=\"\(number(height))\" font-size=\"12\" role=\"img\" aria-label=\"目标与实际\">"
        for (index, kpi) in rows.enumerated() {
            let y = 20 + Double(index) * rowHeight
            let scale = max(abs(kpi.target), abs(kpi.actual ?? 0), abs(kpi.expectedToDate ?? 0), 1e-12)
            let targetWidth = barWidth * abs(kpi.target) / scale
            let actualWidth = barWidth * abs(kpi.actual ?? 0) / scale
            let color = colors[kpi.status] ?? "#888"
            out += "<text x=\"\(number(labelWidth - 8))\" y=\"\(number(y + 13))\" text-anchor=\"end\">\(XMLText.escape(label(kpi)))</text>"
            out += "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 2))\" width=\"\(number(targetWidth))\" height=\"16\" fill=\"#E4E4E4\"/>"
            out += "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 6))\" width=\"\(number(actualWidth))\" height=\"8\" fill=\"\(color)\"><title>\(XMLText.escape(label(kpi))): \(XMLText.escape(show(kpi.actual ?? 0, kpi.metric))) / \(XMLText.escape(show(kpi.target, kpi.metric)))</title></rect>"
            if let expected = kpi.expectedToDate {
                let x = labelWidth + barWidth * abs(expected) / scale
                out += "<line x1=\"\(number(x))\" y1=\"\(number(y))\" x2=\"\(number(x))\" y2=\"\(number(y + 20))\" stroke=\"#333\" stroke-dasharray=\"2 2\"/>"
            }
            let percent = kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? ""
            out += "<text x=\"\(number(labelWidth + barWidth + 8))\" y=\"\(number(y + 13))\" fill=\"#444\">\(XMLText.escape(percent))</text>"
        }
        out += "<text x=\"\(number(labelWidth))\" y=\"12\" fill=\"#666\" font-size=\"11\">灰：目标　彩：实际（绿 达标，黄 预警，红 未达标）　虚线：应完成进度</text>"
        return out + "</svg>"
    }

    /// A waterfall from the base to the actual, one step per driver (green up, red down).
    static func waterfall(_ attribution: AttributionResult, names: (String) -> String, show: (Double) -> String,
                          change: (Double) -> String) -> String {
        let steps = attribution.contributions
        let columnWidth = 90.0, chartHeight = 200.0, top = 20.0
        let width = Double(steps.count + 2) * columnWidth + 40
        var running = attribution.base
        var levels = [attribution.base, attribution.actual]
        for step in steps { running += step.value; levels.append(running) }
        let low = min(0, levels.min() ?? 0), high = max(levels.max() ?? 1, 1e-12)
        func y(_ value: Double) -> Double { top + chartHeight * (high - value) / (high - low) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(top + chartHeight + 50))\" font-size=\"11\" role=\"img\" aria-label=\"归因瀑布图\">"
        func column(_ index: Int, from: Double, to: Double, color: String, label: String, value: String) {
            let x = 20 + Double(index) * columnWidth
            let y0 = y(max(from, to)), y1 = y(min(from, to))
            out += "<rect x=\"\(number(x + 10))\" y=\"\(number(y0))\" width=\"\(number(columnWidth - 20))\" height=\"\(number(max(y1 - y0, 1)))\" fill=\"\(color)\"><title>\(XMLText.escape(label)): \(XMLText.escape(value))</title></rect>"
            out += "<text x=\"\(number(x + columnWidth / 2))\" y=\"\(number(y0 - 4))\" text-anchor=\"middle\">\(XMLText.escape(value))</text>"
            out += "<text x=\"\(number(x + columnWidth / 2))\" y=\"\(number(top + chartHeight + 16))\" text-anchor=\"middle\">\(XMLText.escape(label))</text>"
        }
        column(0, from: 0, to: attribution.base, color: "#9C9C9C", label: "基准", value: show(attribution.base))
        running = attribution.base
        for (index, step) in steps.enumerated() {
            column(index + 1, from: running, to: running + step.value, color: step.value >= 0 ? "#59A14F" : "#D62728",
                   label: names(step.driver), value: change(step.value))
            running += step.value
        }
        column(steps.count + 1, from: 0, to: attribution.actual, color: "#4E79A7", label: "实际", value: show(attribution.actual))
        out += "<line x1=\"10\" y1=\"\(number(y(0)))\" x2=\"\(number(width - 10))\" y2=\"\(number(y(0)))\" stroke=\"#999\"/>"
        return out + "</svg>"
    }

    /// Each dimension value's part of a gap as a bar left (negative) or right (positive) of
    /// zero, and the part no value carries (the volume gap) as a grey bar below. `neutral`
    /// (a pro-rata share) draws the bars grey: they say which value is large, not to blame.
    /// `show` formats a change (signed).
    static func contributions(_ shares: [ReviewReport.DimensionShare], unallocated: Double? = nil, neutral: Bool = false,
                              show: (Double) -> String) -> String {
        var rows = Array(shares.prefix(12)).map { (label: $0.value, value: $0.contribution, color: neutral ? "#9C9C9C" : ($0.contribution >= 0 ? "#59A14F" : "#D62728")) }
        if let unallocated { rows.append((label: "规模（未分摊）", value: unallocated, color: "#BAB0AC")) }
        guard let largest = rows.map({ abs($0.value) }).max(), largest > 0 else { return "" }
        let labelWidth = 140.0, half = 200.0, rowHeight = 22.0
        let height = Double(rows.count) * rowHeight + 10
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(labelWidth + 2 * half + 120))\" height=\"\(number(height))\" font-size=\"12\" role=\"img\" aria-label=\"维度贡献\">"
        let zero = labelWidth + half
        for (index, row) in rows.enumerated() {
            let y = 5 + Double(index) * rowHeight
            let length = half * abs(row.value) / largest
            let x = row.value >= 0 ? zero : zero - length
            out += "<text x=\"\(number(labelWidth - 8))\" y=\"\(number(y + 13))\" text-anchor=\"end\">\(XMLText.escape(row.label))</text>"
            out += "<rect x=\"\(number(x))\" y=\"\(number(y + 3))\" width=\"\(number(max(length, 1)))\" height=\"13\" fill=\"\(row.color)\"/>"
            // Negative values are labelled left of their bar, so the label never covers it.
            let text = XMLText.escape(show(row.value))
            if row.value >= 0 {
                out += "<text x=\"\(number(zero + length + 6))\" y=\"\(number(y + 13))\" fill=\"#444\">\(text)</text>"
            } else {
                out += "<text x=\"\(number(zero + 6))\" y=\"\(number(y + 13))\" fill=\"#444\">\(text)</text>"
            }
        }
        out += "<line x1=\"\(number(zero))\" y1=\"0\" x2=\"\(number(zero))\" y2=\"\(number(height))\" stroke=\"#999\"/>"
        return out + "</svg>"
    }
}
