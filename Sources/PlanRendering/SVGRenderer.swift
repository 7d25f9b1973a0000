import PlanModel

/// A standalone SVG Gantt chart: time headers (repeated down a tall chart), non-working days
/// shaded, phases as summary brackets with their KPI targets, bars colored by role, milestones
/// as diamonds, dependency arrows routed in the gaps between bars (`GanttRouter`), the critical
/// path in red, an optional today line, a legend (also at the top of a tall chart). Labels are
/// measured at East Asian widths and truncated with the full text in a `<title>` tooltip.
///
/// Paint order matters for the mouse as much as for the eye: everything that only shades
/// (rows, non-working days, the past, the today line) takes no pointer events, and bars and
/// their notes come after the links, so a tooltip works wherever a bar is drawn.
public struct SVGRenderer: Sendable {
    public init() {}

    /// - Complexity: O(rows + days + Σ link spans); see `GanttRouter`.
    public func render(_ chart: GanttChart) -> String {
        let layout = GanttLayout(chart: chart)
        var out = ""
        out.reserveCapacity(4096 + chart.rows.count * 800)
        let size = layout.physicalSize
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(size.width)\" height=\"\(size.height)\" viewBox=\"0 0 \(svgNumber(layout.width)) \(svgNumber(layout.height))\" "
        out += "font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',sans-serif\" font-size=\"12\">\n"
        out += "<title>\(XMLText.escape(GanttLayoutText.singleLine(chart.title)))</title>\n"
        out += SVGRenderer.definitions
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
        out += "<text x=\"12\" y=\"23\" font-size=\"16\" font-weight=\"bold\">\(XMLText.escape(GanttLayoutText.singleLine(chart.title)))</text>\n"
        out += "<text x=\"\(svgNumber(layout.width - 12))\" y=\"23\" text-anchor=\"end\" fill=\"#666\">\(chart.start) – \(chart.finish)</text>\n"
        if let legend = layout.legendTop { renderLegend(legend, top: layout.titleHeight, into: &out) }
        renderShading(layout, into: &out)
        renderGrid(layout, into: &out)
        renderHeader(layout, top: layout.headerTop, band: false, into: &out)
        for top in layout.bandTops { renderHeader(layout, top: top, band: true, into: &out) }
        renderLabels(layout, into: &out)
        renderLinks(layout, into: &out)
        renderBars(layout, into: &out)
        renderToday(layout, into: &out)
        renderStatusDate(layout, into: &out)
        renderLegend(layout.legendBottom, top: layout.bodyBottom + 4, into: &out)
        out += "</svg>\n"
        return out
    }

    static let definitions = """
        <defs>
        <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#777"/></marker>
        <marker id="arrow-crit" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="\(GanttPalette.critical)"/></marker>
        \(pastPattern(id: "past"))
        </defs>

        """

    /// The past: blue-grey diagonal hatching over a faint blue tint, which flat grey
    /// non-working days cannot be mistaken for, and which leaves a bar's color readable.
    static func pastPattern(id: String) -> String {
        "<pattern id=\"\(id)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"8\" height=\"8\" fill=\"\(GanttPalette.past)\" fill-opacity=\"0.07\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"\(GanttPalette.past)\" stroke-width=\"2\" stroke-opacity=\"0.3\"/></pattern>"
    }

    /// Row stripes, non-working days and the past: drawn first, and deaf to the mouse.
    func renderShading(_ layout: GanttLayout, rows shown: Range<Int>? = nil, into out: inout String) {
        let top = svgNumber(layout.bodyTop), height = svgNumber(layout.bodyBottom - layout.bodyTop)
        out += "<g class=\"shading\" pointer-events=\"none\">\n"
        for index in shown ?? layout.rowTops.indices where index % 2 == 1 {
            out += "<rect x=\"0\" y=\"\(svgNumber(layout.rowTops[index]))\" width=\"\(svgNumber(layout.width))\" height=\"\(svgNumber(layout.rowHeights[index]))\" fill=\"#FAFAFA\"/>\n"
        }
        // Every non-working day at every scale: a lone holiday is a thin stripe at month scale.
        // Plans on different calendars: each plan's days behind its own rows.
        for band in layout.calendarBands(rows: shown) {
            let runs = band.calendar.map { layout.nonWorkingRuns(of: layout.chart.memberCalendars[$0]) } ?? layout.nonWorkingRuns
            let y = band.calendar == nil ? top : svgNumber(band.top), h = band.calendar == nil ? height : svgNumber(band.bottom - band.top)
            for run in runs {
                out += "<rect class=\"off\" x=\"\(svgNumber(layout.x(run.start)))\" y=\"\(y)\" width=\"\(svgNumber(Double(run.days) * layout.dayWidth))\" height=\"\(h)\" fill=\"\(GanttPalette.nonWorking)\"/>\n"
            }
        }
        if let today = layout.todayPosition, today.clamped >= 0, today.x > layout.timelineX {
            out += "<rect class=\"past\" x=\"\(svgNumber(layout.timelineX))\" y=\"\(top)\" width=\"\(svgNumber(today.x - layout.timelineX))\" height=\"\(height)\" fill=\"url(#past)\"/>\n"
        }
        // A today outside the chart is marked at its edge, under the notes that may run past it.
        if let today = layout.todayPosition, today.clamped != 0 {
            out += todayLine(layout, x: today.x, clamped: true)
        }
        out += "</g>\n"
    }

    func renderGrid(_ layout: GanttLayout, into out: inout String) {
        let top = svgNumber(layout.headerTop), bottom = svgNumber(layout.bodyBottom)
        out += "<g class=\"grid\" pointer-events=\"none\">\n"
        for month in layout.months {
            let x = svgNumber(layout.x(month.start))
            out += "<line x1=\"\(x)\" y1=\"\(top)\" x2=\"\(x)\" y2=\"\(bottom)\" stroke=\"#CCCCCC\"/>\n"
        }
        if layout.scale == .day || layout.scale == .week {
            for monday in layout.mondays {
                let x = svgNumber(layout.x(monday))
                out += "<line x1=\"\(x)\" y1=\"\(svgNumber(layout.bodyTop))\" x2=\"\(x)\" y2=\"\(bottom)\" stroke=\"#E4E4E4\"/>\n"
            }
        }
        out += "<line x1=\"\(svgNumber(layout.timelineX))\" y1=\"\(top)\" x2=\"\(svgNumber(layout.timelineX))\" y2=\"\(bottom)\" stroke=\"#999\"/>\n"
        out += "</g>\n"
    }

    /// The today line over everything, and its label in the header's own lane, so it never
    /// meets a month name. A date outside the chart is drawn at the edge it lies beyond.
    func renderToday(_ layout: GanttLayout, into out: inout String) {
        guard let today = layout.chart.today, let position = layout.todayPosition else { return }
        let x = svgNumber(position.x)
        out += "<g class=\"today\" pointer-events=\"none\">"
        if position.clamped == 0 {
            out += todayLine(layout, x: position.x, clamped: false)
        } else {
            out += "<line x1=\"\(x)\" y1=\"\(svgNumber(layout.headerTop))\" x2=\"\(x)\" y2=\"\(svgNumber(layout.bodyTop))\" stroke=\"\(GanttPalette.today)\" stroke-width=\"3\" stroke-dasharray=\"4 3\"/>"
        }
        let y = svgNumber(layout.bodyTop - 5)
        let label: String, anchor: String, labelX: Double
        switch position.clamped {
        case 1: (label, anchor, labelX) = ("\(layout.chart.text.today(today)) →", "end", position.x - 4)
        case -1: (label, anchor, labelX) = ("← \(layout.chart.text.today(today))", "start", position.x + 4)
        default:
            // Right of the line, unless that would run past the timeline.
            let fits = position.x + 90 <= layout.width
            (label, anchor, labelX) = (layout.chart.text.today(today), fits ? "start" : "end", fits ? position.x + 3 : position.x - 3)
        }
        out += "<text x=\"\(svgNumber(labelX))\" y=\"\(y)\" text-anchor=\"\(anchor)\" font-size=\"10\" fill=\"\(GanttPalette.today)\">\(label)</text>"
        out += "</g>\n"
    }

    private func todayLine(_ layout: GanttLayout, x: Double, clamped: Bool) -> String {
        let top = clamped ? layout.bodyTop : layout.headerTop
        return "<line x1=\"\(svgNumber(x))\" y1=\"\(svgNumber(top))\" x2=\"\(svgNumber(x))\" y2=\"\(svgNumber(layout.bodyBottom))\" stroke=\"\(GanttPalette.today)\" stroke-width=\"\(clamped ? "3" : "1")\" stroke-dasharray=\"4 3\"/>"
    }

    /// - Parameter shown: only links that pass these rows (a printed page's), or all.
    func renderLinks(_ layout: GanttLayout, rows shown: Range<Int>? = nil, into out: inout String) {
        out += "<g class=\"links\" fill=\"none\">\n"
        let big = layout.chart.rows.count > GanttLayout.bandThreshold
        for route in GanttRouter(layout: layout).routes() {
            if let shown, max(route.from, route.to) < shown.lowerBound || min(route.from, route.to) >= shown.upperBound { continue }
            let stroke = route.critical ? GanttPalette.critical : "#888"
            // On a big chart a long link that is not critical is faded, so the many crossing
            // the page do not bury the bars; its ends and arrowhead stay where they were.
            let faded = big && !route.critical && route.isLong ? " stroke-opacity=\"0.4\"" : ""
            out += "<path d=\"\(route.svgPath)\" stroke=\"\(stroke)\" stroke-width=\"\(route.critical ? "1.5" : "1")\"\(faded) marker-end=\"url(#\(route.critical ? "arrow-crit" : "arrow"))\"/>\n"
        }
        out += "</g>\n"
    }
}
