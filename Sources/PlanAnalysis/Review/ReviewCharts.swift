import PlanModel

/// The review's charts, drawn as inline SVG by our own code (no script, no network): target
/// against actual per KPI, the attribution waterfall of a derived KPI, and each dimension
/// value's part of a gap. Labels are escaped; numbers have one decimal so output is stable.
enum ReviewCharts {
    static let colors: [ReviewReport.Status: String] = [
        .onTrack: "#59A14F", .atRisk: "#EDC948", .offTrack: "#D62728", .notStarted: "#BAB0AC", .noData: "#BAB0AC",
    ]

    /// A coordinate with one decimal. Callers skip non-finite values (`finite`); should one
    /// slip through, or a coordinate be beyond 10¹⁴, it is drawn at 0 rather than trap in
    /// `Int(_:)`.
    static func number(_ value: Double) -> String {
        let scaled = (value * 10).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15, let tenths = Int(exactly: scaled) else { return "0" }
        let whole = tenths / 10, fraction = abs(tenths % 10)
        return fraction == 0 ? String(whole) : (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }

    /// Whether every value can be drawn; charts leave out (or refuse) what cannot.
    static func finite(_ values: Double...) -> Bool { values.allSatisfy(\.isFinite) }

    /// The note a chart shows instead of itself when its numbers cannot be drawn.
    static func refused(_ text: ReviewText) -> String {
        "<p class=\"note\">\(XMLText.escape(text.chartRefused))</p>"
    }

    /// One row per KPI with data: a grey bar for the target, a colored bar for the actual
    /// (by status), a tick at the expected-to-date value when the window runs.
    static func attainment(_ kpis: [ReviewReport.KPI], text: ReviewText, label: (ReviewReport.KPI) -> String,
                           show: (Double, String) -> String) -> String {
        let rows = kpis.filter { kpi in kpi.actual.map { finite($0, kpi.target, kpi.expectedToDate ?? 0) } ?? false }
        guard !rows.isEmpty else { return "" }
        let labelWidth = 230.0, barWidth = 420.0, rowHeight = 26.0
        let height = Double(rows.count) * rowHeight + 30
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(labelWidth + barWidth + 170))\" height=\"\(number(height))\" font-size=\"12\" role=\"img\" aria-label=\"\(XMLText.escape(text.targetsHeading))\">"
        for (index, kpi) in rows.enumerated() {
            let y = 20 + Double(index) * rowHeight
            let scale = max(abs(kpi.target), abs(kpi.actual ?? 0), abs(kpi.expectedToDate ?? 0), 1e-12)
            let targetWidth = barWidth * abs(kpi.target) / scale
            let actualWidth = barWidth * abs(kpi.actual ?? 0) / scale
            let color = colors[kpi.status] ?? "#888"
            // A task's long name is cut to fit the label column; the bar's tooltip has it whole.
            let full = label(kpi)
            let shown = full.count > 18 ? String(full.prefix(17)) + "…" : full
            out += "<text x=\"\(number(labelWidth - 8))\" y=\"\(number(y + 13))\" text-anchor=\"end\">\(XMLText.escape(shown))</text>"
            out += "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 2))\" width=\"\(number(targetWidth))\" height=\"16\" fill=\"#E4E4E4\"/>"
            out += "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 6))\" width=\"\(number(actualWidth))\" height=\"8\" fill=\"\(color)\"><title>\(XMLText.escape(label(kpi))): \(XMLText.escape(show(kpi.actual ?? 0, kpi.metric))) / \(XMLText.escape(show(kpi.target, kpi.metric)))</title></rect>"
            if let expected = kpi.expectedToDate {
                let x = labelWidth + barWidth * abs(expected) / scale
                out += "<line x1=\"\(number(x))\" y1=\"\(number(y))\" x2=\"\(number(x))\" y2=\"\(number(y + 20))\" stroke=\"#333\" stroke-dasharray=\"2 2\"/>"
            }
            let percent = kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? ""
            out += "<text x=\"\(number(labelWidth + barWidth + 8))\" y=\"\(number(y + 13))\" fill=\"#444\">\(XMLText.escape(percent))</text>"
        }
        out += "<text x=\"\(number(labelWidth))\" y=\"12\" fill=\"#666\" font-size=\"11\">\(XMLText.escape(text.attainmentLegend))</text>"
        return out + "</svg>"
    }

    /// A waterfall from the base to the actual, one step per driver (green up, red down).
    /// When every level is positive and the steps are small against them (a −4% gap), the
    /// value axis starts just below the lowest level instead of at 0, so the steps are
    /// visible, and the base and actual columns carry a zigzag break mark.
    static func waterfall(_ attribution: AttributionResult, text: ReviewText, names: (Contribution) -> String, show: (Double) -> String,
                          change: (Double) -> String, lowerIsBetter: Bool = false) -> String {
        let steps = attribution.contributions
        guard finite(attribution.base, attribution.actual), steps.allSatisfy({ $0.value.isFinite }) else { return refused(text) }
        let columnWidth = 90.0, chartHeight = 200.0, top = 20.0
        let width = Double(steps.count + 2) * columnWidth + 40
        var running = attribution.base
        var levels = [attribution.base, attribution.actual]
        for step in steps { running += step.value; levels.append(running) }
        let lowest = levels.min() ?? 0, highest = levels.max() ?? 1
        let axis = axisStart(lowest: lowest, highest: highest)
        let low = min(axis, lowest), high = max(highest, low + 1e-12)
        guard finite(low, high), high > low else { return refused(text) }
        func y(_ value: Double) -> Double { top + chartHeight * (high - value) / (high - low) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(top + chartHeight + 50))\" font-size=\"11\" role=\"img\" aria-label=\"\(XMLText.escape(text.waterfallLabel))\">"
        func column(_ index: Int, from: Double, to: Double, color: String, label: String, value: String) {
            let x = 20 + Double(index) * columnWidth
            let y0 = y(max(from, to)), y1 = y(min(from, to))
            out += "<rect x=\"\(number(x + 10))\" y=\"\(number(y0))\" width=\"\(number(columnWidth - 20))\" height=\"\(number(max(y1 - y0, 1)))\" fill=\"\(color)\"><title>\(XMLText.escape(label)): \(XMLText.escape(value))</title></rect>"
            out += "<text x=\"\(number(x + columnWidth / 2))\" y=\"\(number(y0 - 4))\" text-anchor=\"middle\">\(XMLText.escape(value))</text>"
            out += "<text x=\"\(number(x + columnWidth / 2))\" y=\"\(number(top + chartHeight + 16))\" text-anchor=\"middle\">\(XMLText.escape(label))</text>"
        }
        column(0, from: low, to: attribution.base, color: "#9C9C9C", label: text.base, value: show(attribution.base))
        running = attribution.base
        for (index, step) in steps.enumerated() {
            let good = lowerIsBetter ? step.value <= 0 : step.value >= 0
            column(index + 1, from: running, to: running + step.value, color: good ? "#59A14F" : "#D62728",
                   label: names(step), value: change(step.value))
            running += step.value
        }
        column(steps.count + 1, from: low, to: attribution.actual, color: "#4E79A7", label: text.actual, value: show(attribution.actual))
        out += "<line x1=\"10\" y1=\"\(number(y(low)))\" x2=\"\(number(width - 10))\" y2=\"\(number(y(low)))\" stroke=\"#999\"/>"
        if low > 0 {
            // The break: a white zigzag across the base and actual columns near the axis, and
            // the axis' own start value, so nobody reads the columns' heights as ratios.
            for index in [0, steps.count + 1] {
                let x = 20 + Double(index) * columnWidth + 6, yBreak = y(low) - 14
                out += "<polyline points=\"\(number(x)),\(number(yBreak + 4)) \(number(x + 13)),\(number(yBreak - 3)) \(number(x + 26)),\(number(yBreak + 4)) \(number(x + 39)),\(number(yBreak - 3)) \(number(x + 52)),\(number(yBreak + 4)) \(number(x + 65)),\(number(yBreak - 3)) \(number(x + 78)),\(number(yBreak + 4))\" fill=\"none\" stroke=\"#fff\" stroke-width=\"4\"/>"
            }
            out += "<text x=\"12\" y=\"\(number(y(low) + 30))\" fill=\"#888\" font-size=\"10\">\(XMLText.escape("\(text.axisBreak) \(show(low))"))</text>"
        }
        return out + "</svg>"
    }

    /// Where a waterfall's value axis starts: 0, unless every level is positive and the
    /// levels span less than half the highest — then a round value a third of the span below
    /// the lowest level.
    static func axisStart(lowest: Double, highest: Double) -> Double {
        guard lowest > 0, highest > lowest, highest - lowest < highest / 2 else { return min(0, lowest) }
        let span = highest - lowest
        let step = niceCeiling(span / 3)
        let start = ((lowest - span / 3) / step).rounded(.down) * step
        return start > 0 ? start : 0
    }

    /// Each dimension value's part of a gap as a bar left (negative) or right (positive) of
    /// zero, and the part no value carries (the volume gap) as a grey bar below. `neutral`
    /// (a pro-rata share) draws the bars grey: they say which value is large, not to blame.
    /// `show` formats a change (signed).
    static func contributions(_ shares: [ReviewReport.DimensionShare], unallocated: Double? = nil, unallocatedLabel: String,
                              text: ReviewText, neutral: Bool = false, lowerIsBetter: Bool = false, show: (Double) -> String) -> String {
        // For a cost (better: lower) a rise is the bad direction: red.
        func good(_ value: Double) -> Bool { lowerIsBetter ? value <= 0 : value >= 0 }
        var rows = Array(shares.filter { $0.contribution.isFinite }.prefix(12))
            .map { (label: $0.value, value: $0.contribution, color: neutral ? "#9C9C9C" : (good($0.contribution) ? "#59A14F" : "#D62728")) }
        if let unallocated, unallocated.isFinite { rows.append((label: unallocatedLabel, value: unallocated, color: "#BAB0AC")) }
        guard let largest = rows.map({ abs($0.value) }).max(), largest > 0 else { return "" }
        let labelWidth = 140.0, half = 200.0, rowHeight = 22.0
        let height = Double(rows.count) * rowHeight + 10
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(labelWidth + 2 * half + 120))\" height=\"\(number(height))\" font-size=\"12\" role=\"img\" aria-label=\"\(XMLText.escape(text.contributionsLabel))\">"
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
