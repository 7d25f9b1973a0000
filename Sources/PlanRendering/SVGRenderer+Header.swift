import PlanModel

extension SVGRenderer {
    /// The date header in two tiers: months (with their year) over week numbers and Monday
    /// dates (week scale), week numbers (month scale) or day numbers over weekdays (day
    /// scale); quarters over months (quarter scale). Then the lane of holiday names and 班.
    /// A band is the compact copy repeated down a tall chart: the two tiers, one line each.
    func renderHeader(_ layout: GanttLayout, top: Double, band: Bool, into out: inout String) {
        let height = band ? layout.bandHeight : layout.headerHeight
        out += "<g class=\"\(band ? "band" : "header")\" fill=\"#333\" pointer-events=\"none\">\n"
        if band {
            out += "<rect x=\"0\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(layout.width))\" height=\"\(svgNumber(height))\" fill=\"#F6F6F6\"/>"
            out += "<line x1=\"0\" y1=\"\(svgNumber(top))\" x2=\"\(svgNumber(layout.width))\" y2=\"\(svgNumber(top))\" stroke=\"#999\"/>\n"
        }
        let upper = layout.scale == .quarter ? layout.quarters : layout.months
        for span in upper {
            let x0 = layout.x(span.start), x1 = layout.x(span.end)
            guard let label = GanttLayout.monthLabel(span.label, width: x1 - x0) else { continue }
            out += "<text class=\"tier1\" x=\"\(svgNumber(x0 + 4))\" y=\"\(svgNumber(top + 14))\" font-weight=\"bold\">\(label)</text>\n"
        }
        let second = svgNumber(top + (band ? 28 : 30))
        switch layout.scale {
        case .week, .month, .auto:
            for monday in layout.mondays {
                let week = GanttLayout.isoWeek(monday)
                let (_, month, day) = monday.components
                let words = layout.chart.text.week(week)
                let text = layout.scale == .week ? "\(words) \(month)/\(day)" : words
                out += "<text class=\"tier2\" x=\"\(svgNumber(layout.x(monday) + 2))\" y=\"\(second)\" fill=\"#666\" font-size=\"10\">\(text)</text>\n"
            }
        case .quarter:
            for month in layout.months {
                let x0 = layout.x(month.start), x1 = layout.x(month.end)
                guard let label = GanttLayout.monthLabel(month.label, width: x1 - x0, cellWidth: 5.5) else { continue }
                out += "<text class=\"tier2\" x=\"\(svgNumber(x0 + 2))\" y=\"\(second)\" fill=\"#666\" font-size=\"10\">\(label)</text>\n"
            }
        case .day:
            var day = layout.firstDay
            while day < layout.lastDay {
                let center = svgNumber(layout.x(day) + layout.dayWidth / 2)
                let color = layout.chart.calendar.isWorkingDay(day) ? "#333" : "#AAA"
                out += "<text class=\"tier2\" x=\"\(center)\" y=\"\(second)\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(color)\">\(day.components.day)</text>"
                if !band {
                    let weekday = layout.chart.text.weekdayNames[Weekday.allCases.firstIndex(of: day.weekday) ?? 0]
                    out += "<text x=\"\(center)\" y=\"\(svgNumber(top + 46))\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(color)\">\(weekday)</text>"
                }
                out += "\n"
                day = day.advanced(by: 1)
            }
        }
        if !band { renderDayMarks(layout, top: top, into: &out) }
        let bottom = svgNumber(top + height)
        out += "<line x1=\"0\" y1=\"\(bottom)\" x2=\"\(svgNumber(layout.width))\" y2=\"\(bottom)\" stroke=\"#999\"/>\n"
        out += "</g>\n"
    }

    /// Holiday names once each, and 班 over make-up working days, in the header's lane.
    func renderDayMarks(_ layout: GanttLayout, top: Double, into out: inout String) {
        let y = svgNumber(top + (layout.scale == .day ? 54 : 36) + 10)
        for mark in layout.dayMarks {
            let anchor = mark.centered ? " text-anchor=\"middle\"" : ""
            let kind = mark.kind == .holiday ? "holiday-name" : "make-up"
            out += "<text class=\"\(kind)\" x=\"\(svgNumber(mark.x))\" y=\"\(y)\"\(anchor) font-size=\"10\" fill=\"\(GanttPalette.holiday)\">\(XMLText.escape(mark.text))</text>\n"
        }
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
            case .past:
                out += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 9))\" width=\"18\" height=\"10\" fill=\"url(#past)\" stroke=\"#CCC\"/>"
            case .deadline:
                out += "<path d=\"M\(svgNumber(x + 5)),\(svgNumber(y - 10)) h8 l-4,5 z\" fill=\"\(GanttPalette.deadline)\"/><line x1=\"\(svgNumber(x + 9))\" y1=\"\(svgNumber(y - 5))\" x2=\"\(svgNumber(x + 9))\" y2=\"\(svgNumber(y + 2))\" stroke=\"\(GanttPalette.deadline)\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>"
            case .pin:
                out += "<line x1=\"\(svgNumber(x + 9))\" y1=\"\(svgNumber(y - 8))\" x2=\"\(svgNumber(x + 9))\" y2=\"\(svgNumber(y + 2))\" stroke=\"\(GanttPalette.pin)\" stroke-width=\"1.5\"/><circle cx=\"\(svgNumber(x + 9))\" cy=\"\(svgNumber(y - 8))\" r=\"3\" fill=\"\(GanttPalette.pin)\"/>"
            case .baseline, .done, .statusDate, .late:
                out += Self.trackingSwatch(item.symbol, x: x, y: y)
            }
            out += "<text x=\"\(svgNumber(x + 24))\" y=\"\(svgNumber(y))\">\(XMLText.escape(item.label))</text>\n"
        }
        out += "</g>\n"
    }
}
