import PlanModel

/// The S-curve as a small inline SVG: planned person-days (baseline, dashed) and earned
/// person-days (solid, to the status date), by working day.
enum SCurveChart {
    static let width = 560.0, height = 240.0
    static let left = 48.0, right = 16.0, top = 16.0, bottom = 36.0

    /// - Complexity: O(points).
    static func svg(_ points: [SCurvePoint], asOf: CivilDate, words: TrackingText) -> String {
        let e = XMLText.escape
        let top = points.map { max($0.planned, $0.earned ?? 0) }.max() ?? 0
        let scale = niceCeiling(top)
        let plotWidth = width - left - right, plotHeight = height - Self.top - bottom
        func x(_ index: Int) -> Double { left + (points.count > 1 ? Double(index) / Double(points.count - 1) : 0.5) * plotWidth }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - value / scale) }
        func f(_ value: Double) -> String { TrackingText.number(value, digits: 1) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\""
        out += " role=\"img\" aria-label=\"\(e(words.pick("S 曲线：计划与挣得人日", "S-curve: planned and earned person-days")))\" font-family=\"sans-serif\" font-size=\"11\">\n"
        out += "<rect x=\"\(f(left))\" y=\"\(f(Self.top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"#ccc\"/>\n"
        for step in 0...4 {
            let value = scale * Double(step) / 4
            out += "<text x=\"\(f(left - 4))\" y=\"\(f(y(value) + 4))\" text-anchor=\"end\" fill=\"#666\">\(e(TrackingText.number(value, digits: 1)))</text>\n"
        }
        guard !points.isEmpty else { return out + "</svg>" }
        out += "<text x=\"\(f(left))\" y=\"\(f(height - 8))\" fill=\"#666\">\(points[0].date)</text>\n"
        out += "<text x=\"\(f(width - right))\" y=\"\(f(height - 8))\" text-anchor=\"end\" fill=\"#666\">\(points[points.count - 1].date)</text>\n"
        let planned = points.indices.map { "\(f(x($0))),\(f(y(points[$0].planned)))" }.joined(separator: " ")
        out += "<polyline class=\"planned\" points=\"\(planned)\" fill=\"none\" stroke=\"#1565C0\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
        let earnedIndices = points.indices.filter { points[$0].earned != nil }
        if !earnedIndices.isEmpty {
            let earned = earnedIndices.map { "\(f(x($0))),\(f(y(points[$0].earned ?? 0)))" }.joined(separator: " ")
            out += "<polyline class=\"earned\" points=\"\(earned)\" fill=\"none\" stroke=\"#2E7D32\" stroke-width=\"2.5\"/>\n"
        }
        if let last = points.lastIndex(where: { $0.date <= asOf }) {
            out += "<line class=\"status-date\" x1=\"\(f(x(last)))\" y1=\"\(f(Self.top))\" x2=\"\(f(x(last)))\" y2=\"\(f(Self.top + plotHeight))\" stroke=\"#C62828\" stroke-dasharray=\"2 3\"/>\n"
            out += "<text x=\"\(f(x(last) + 4))\" y=\"\(f(Self.top + 12))\" fill=\"#C62828\">\(e(words.pick("状态日", "status date"))) \(asOf)</text>\n"
        }
        out += "<text x=\"\(f(left + 8))\" y=\"\(f(Self.top + 14))\" fill=\"#1565C0\">- - \(e(words.pick("计划（基线）", "planned (baseline)")))</text>\n"
        out += "<text x=\"\(f(left + 8))\" y=\"\(f(Self.top + 28))\" fill=\"#2E7D32\">— \(e(words.pick("挣得", "earned")))</text>\n"
        return out + "</svg>"
    }

    /// The axis top: the least 1, 2, 2.5 or 5 × 10ⁿ (times 4, for four even ticks) at or above
    /// `value`, so the ticks read 0, 5, 10, 15, 20 rather than 0, 3.3, 6.5.
    static func niceCeiling(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 1 }
        let step = value / 4
        var magnitude = 1.0
        while magnitude * 10 <= step { magnitude *= 10 }
        while magnitude > step { magnitude /= 10 }
        for factor in [1.0, 2, 2.5, 5, 10] where magnitude * factor >= step { return magnitude * factor * 4 }
        return magnitude * 40
    }
}
