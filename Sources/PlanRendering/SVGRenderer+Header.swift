import PlanModel

extension SVGRenderer {
    static let weekdayNames = ["一", "二", "三", "四", "五", "六", "日"]

    /// The date header: months; then Monday dates (week scale) or day numbers over weekdays
    /// (day scale, each on its own line so two-digit days never run together). A band is the
    /// compact copy repeated down a tall chart: months and one line of dates.
    func renderHeader(_ layout: GanttLayout, top: Double, band: Bool, into out: inout String) {
        let height = band ? layout.bandHeight : layout.headerHeight
        out += "<g class=\"\(band ? "band" : "header")\" fill=\"#333\" pointer-events=\"none\">\n"
        if band {
            out += "<rect x=\"0\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(layout.width))\" height=\"\(svgNumber(height))\" fill=\"#F6F6F6\"/>"
            out += "<line x1=\"0\" y1=\"\(svgNumber(top))\" x2=\"\(svgNumber(layout.width))\" y2=\"\(svgNumber(top))\" stroke=\"#999\"/>\n"
        }
        for month in layout.months {
            let x0 = layout.x(month.start), x1 = layout.x(month.end)
            // A month label needs about 60 px; a sliver of a month at the edge gets none.
            guard x1 - x0 > 64 else { continue }
            out += "<text x=\"\(svgNumber(x0 + 4))\" y=\"\(svgNumber(top + 14))\" font-weight=\"bold\">\(month.label)</text>\n"
        }
        let second = svgNumber(top + (band ? 28 : 30))
        switch layout.scale {
        case .week:
            for monday in layout.mondays {
                let (_, month, day) = monday.components
                out += "<text x=\"\(svgNumber(layout.x(monday) + 2))\" y=\"\(second)\" fill=\"#666\" font-size=\"10\">\(month)/\(day)</text>\n"
            }
        case .day:
            var day = layout.firstDay
            while day < layout.lastDay {
                let center = svgNumber(layout.x(day) + layout.dayWidth / 2)
                let color = layout.chart.calendar.isWorkingDay(day) ? "#333" : "#AAA"
                out += "<text x=\"\(center)\" y=\"\(second)\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(color)\">\(day.components.day)</text>"
                if !band {
                    let weekday = Self.weekdayNames[Weekday.allCases.firstIndex(of: day.weekday) ?? 0]
                    out += "<text x=\"\(center)\" y=\"\(svgNumber(top + 46))\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(color)\">\(weekday)</text>"
                }
                out += "\n"
                day = day.advanced(by: 1)
            }
        case .month, .auto:
            break
        }
        let bottom = svgNumber(top + height)
        out += "<line x1=\"0\" y1=\"\(bottom)\" x2=\"\(svgNumber(layout.width))\" y2=\"\(bottom)\" stroke=\"#999\"/>\n"
        out += "</g>\n"
    }

    func renderLegend(_ legend: GanttLegendLayout, top: Double, into out: inout String) {
        out += "<g class=\"legend\" font-size=\"11\">\n"
        for item in legend.items {
            let x = item.x, y = top + item.y
            switch item.symbol {
            case .critical:
                out += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 9))\" width=\"18\" height=\"10\" fill=\"#FFF\" stroke=\"\(GanttPalette.critical)\" stroke-width=\"2\"/>"
            case .milestone:
                out += "<path d=\"M\(svgNumber(x + 9)),\(svgNumber(y - 10)) l6,6 l-6,6 l-6,-6 z\" fill=\"#222\"/>"
            case .phase:
                out += "<path d=\"M\(svgNumber(x)),\(svgNumber(y - 9)) H\(svgNumber(x + 18)) v8 l-4,-4 H\(svgNumber(x + 4)) l-4,4 z\" fill=\"\(GanttPalette.phase)\"/>"
            case .nonWorking:
                out += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 9))\" width=\"18\" height=\"10\" fill=\"\(GanttPalette.nonWorking)\" stroke=\"#CCC\"/>"
            case .role:
                out += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 9))\" width=\"18\" height=\"10\" rx=\"2\" fill=\"\(item.color)\"/>"
            case .baseline, .done, .statusDate, .late:
                out += Self.trackingSwatch(item.symbol, x: x, y: y)
            }
            out += "<text x=\"\(svgNumber(x + 24))\" y=\"\(svgNumber(y))\">\(XMLText.escape(item.label))</text>\n"
        }
        out += "</g>\n"
    }
}
