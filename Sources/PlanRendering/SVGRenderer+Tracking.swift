import PlanModel

/// Tracking in the SVG chart (see `GanttLayout+Tracking` for the geometry): ghost bars and
/// diamonds at the baseline, the done part of each bar in full color over the rest in a
/// lighter tint, a mark beside late work, the status-date line.
extension SVGRenderer {
    /// Drawn inside a row's group before its shape: the baseline ghost.
    func renderGhost(_ layout: GanttLayout, row index: Int, into out: inout String) {
        guard let ghost = layout.ghost(row: index) else { return }
        let row = layout.chart.rows[index], top = layout.y(row: index)
        if row.kind == .milestone {
            let x = (ghost.start + ghost.end) / 2, y = top + layout.rowHeight / 2
            out += "<path class=\"ghost\" d=\"M\(svgNumber(x)),\(svgNumber(y - 6)) l6,6 l-6,6 l-6,-6 z\" fill=\"#FFF\" stroke=\"\(GanttPalette.baseline)\" stroke-width=\"1.5\"/>"
        } else {
            out += "<rect class=\"ghost\" x=\"\(svgNumber(ghost.start + 0.5))\" y=\"\(svgNumber(top + GanttLayout.ghostOffset))\" width=\"\(svgNumber(max(ghost.end - ghost.start - 1, 3)))\" height=\"\(svgNumber(GanttLayout.ghostHeight))\" fill=\"\(GanttPalette.baseline)\"/>"
        }
    }

    /// The opacity attribute of a tracked task's bar: the remaining part lighter.
    static func barOpacity(_ row: GanttChart.Row) -> String {
        row.progress == nil ? "" : " fill-opacity=\"\(GanttPalette.remainingOpacity)\""
    }

    /// Drawn inside a row's group after its shape: the done fill and the late mark.
    func renderProgress(_ layout: GanttLayout, row index: Int, into out: inout String) {
        let row = layout.chart.rows[index], top = layout.y(row: index)
        guard let progress = row.progress else { return }
        let shape = layout.shape(row: index)
        if let end = layout.doneEnd(row: index) {
            out += "<rect class=\"done\" x=\"\(svgNumber(shape.start + 0.5))\" y=\"\(svgNumber(top + 5))\" width=\"\(svgNumber(max(end - shape.start - 1, 1)))\" height=\"12\" rx=\"2\" fill=\"\(layout.chart.color(of: row))\"/>"
        }
        if progress.late, row.kind != .phase {
            out += "<circle class=\"late\" cx=\"\(svgNumber(shape.end + 5))\" cy=\"\(svgNumber(top + 6))\" r=\"3\" fill=\"\(GanttPalette.late)\"/>"
        }
    }

    /// The status-date line over the body, its label in the header's lane, left of the line
    /// (a today label sits right of its own).
    func renderStatusDate(_ layout: GanttLayout, into out: inout String) {
        guard let asOf = layout.chart.tracking?.asOf, let x = layout.statusX else { return }
        out += "<g class=\"status-date\" pointer-events=\"none\">"
        out += "<line x1=\"\(svgNumber(x))\" y1=\"\(svgNumber(layout.headerTop))\" x2=\"\(svgNumber(x))\" y2=\"\(svgNumber(layout.bodyBottom))\" stroke=\"\(GanttPalette.statusDate)\" stroke-width=\"1.5\"/>"
        let fits = x - 100 >= layout.timelineX
        out += "<text x=\"\(svgNumber(fits ? x - 3 : x + 3))\" y=\"\(svgNumber(layout.bodyTop - 5))\" text-anchor=\"\(fits ? "end" : "start")\" font-size=\"10\" fill=\"\(GanttPalette.statusDate)\">\(layout.chart.text.statusDate) \(asOf)</text>"
        out += "</g>\n"
    }

    static func trackingSwatch(_ symbol: GanttLegendLayout.Symbol, x: Double, y: Double) -> String {
        switch symbol {
        case .baseline:
            return "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 4))\" width=\"18\" height=\"3\" fill=\"\(GanttPalette.baseline)\"/>"
        case .done:
            return "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 9))\" width=\"18\" height=\"10\" rx=\"2\" fill=\"#555\" fill-opacity=\"\(GanttPalette.remainingOpacity)\"/>"
                + "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 9))\" width=\"10\" height=\"10\" rx=\"2\" fill=\"#555\"/>"
        case .statusDate:
            return "<line x1=\"\(svgNumber(x + 9))\" y1=\"\(svgNumber(y - 11))\" x2=\"\(svgNumber(x + 9))\" y2=\"\(svgNumber(y + 2))\" stroke=\"\(GanttPalette.statusDate)\" stroke-width=\"1.5\"/>"
        case .late:
            return "<circle cx=\"\(svgNumber(x + 9))\" cy=\"\(svgNumber(y - 4))\" r=\"3\" fill=\"\(GanttPalette.late)\"/>"
        default:
            return ""
        }
    }
}
