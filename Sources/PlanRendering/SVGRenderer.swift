import PlanModel

/// A standalone SVG Gantt chart: time headers, non-working days shaded, phases as summary
/// brackets with their KPI targets, bars colored by role, milestones as diamonds, dependency
/// arrows, the critical path in red, an optional today line, a legend. Labels are measured at
/// East Asian widths and truncated with the full text in a `<title>` tooltip.
public struct SVGRenderer: Sendable {
    public init() {}

    public func render(_ chart: GanttChart) -> String {
        let layout = GanttLayout(chart: chart)
        var out = ""
        out.reserveCapacity(4096 + chart.rows.count * 700)
        let width = svgNumber(layout.width), height = svgNumber(layout.height)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
        out += "font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',sans-serif\" font-size=\"12\">\n"
        out += "<title>\(XMLText.escape(chart.title))</title>\n"
        out += SVGRenderer.definitions
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
        out += "<text x=\"12\" y=\"23\" font-size=\"16\" font-weight=\"bold\">\(XMLText.escape(chart.title))</text>\n"
        out += "<text x=\"\(svgNumber(layout.width - 12))\" y=\"23\" text-anchor=\"end\" fill=\"#666\">\(chart.start) – \(chart.finish)</text>\n"
        renderGrid(layout, into: &out)
        renderHeader(layout, into: &out)
        renderLabels(layout, into: &out)
        renderLinks(layout, into: &out)
        renderBars(layout, into: &out)
        renderToday(layout, into: &out)
        renderLegend(layout, into: &out)
        out += "</svg>\n"
        return out
    }

    static let definitions = """
        <defs>
        <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#777"/></marker>
        <marker id="arrow-crit" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="\(GanttPalette.critical)"/></marker>
        </defs>

        """

    private func renderGrid(_ layout: GanttLayout, into out: inout String) {
        let top = svgNumber(layout.titleHeight), bottom = layout.bodyTop + Double(layout.chart.rows.count) * layout.rowHeight
        let bodyHeight = svgNumber(bottom - layout.titleHeight)
        out += "<g class=\"grid\">\n"
        for (index, _) in layout.chart.rows.enumerated() where index % 2 == 1 {
            out += "<rect x=\"0\" y=\"\(svgNumber(layout.y(row: index)))\" width=\"\(svgNumber(layout.width))\" height=\"\(svgNumber(layout.rowHeight))\" fill=\"#FAFAFA\"/>\n"
        }
        if layout.scale != .month || layout.chart.calendar.holidays.count > 0 {
            for run in layout.nonWorkingRuns {
                // At month scale single weekend days would be slivers: shade holidays only.
                if layout.scale == .month && run.days < 3 { continue }
                out += "<rect x=\"\(svgNumber(layout.x(run.start)))\" y=\"\(top)\" width=\"\(svgNumber(Double(run.days) * layout.dayWidth))\" height=\"\(bodyHeight)\" fill=\"\(GanttPalette.nonWorking)\"/>\n"
            }
        }
        for month in layout.months {
            let x = svgNumber(layout.x(month.start))
            out += "<line x1=\"\(x)\" y1=\"\(top)\" x2=\"\(x)\" y2=\"\(svgNumber(bottom))\" stroke=\"#CCCCCC\"/>\n"
        }
        if layout.scale != .month {
            for monday in layout.mondays {
                let x = svgNumber(layout.x(monday))
                out += "<line x1=\"\(x)\" y1=\"\(svgNumber(layout.bodyTop))\" x2=\"\(x)\" y2=\"\(svgNumber(bottom))\" stroke=\"#E4E4E4\"/>\n"
            }
        }
        out += "<line x1=\"\(svgNumber(layout.timelineX))\" y1=\"\(top)\" x2=\"\(svgNumber(layout.timelineX))\" y2=\"\(svgNumber(bottom))\" stroke=\"#999\"/>\n"
        out += "</g>\n"
    }

    private func renderHeader(_ layout: GanttLayout, into out: inout String) {
        let top = layout.titleHeight
        out += "<g class=\"header\" fill=\"#333\">\n"
        for month in layout.months {
            let x0 = layout.x(month.start), x1 = layout.x(month.end)
            // A month label needs about 60 px; a sliver of a month at the edge gets none.
            guard x1 - x0 > 60 else { continue }
            out += "<text x=\"\(svgNumber(x0 + 4))\" y=\"\(svgNumber(top + 14))\" font-weight=\"bold\">\(month.label)</text>\n"
        }
        if layout.scale == .week || layout.scale == .day {
            for monday in layout.mondays {
                let (_, month, day) = monday.components
                out += "<text x=\"\(svgNumber(layout.x(monday) + 2))\" y=\"\(svgNumber(top + 30))\" fill=\"#666\" font-size=\"10\">\(month)/\(day)</text>\n"
            }
        }
        if layout.scale == .day {
            var day = layout.firstDay
            while day < layout.lastDay {
                let weekday = ["一", "二", "三", "四", "五", "六", "日"][Weekday.allCases.firstIndex(of: day.weekday) ?? 0]
                let color = layout.chart.calendar.isWorkingDay(day) ? "#333" : "#AAA"
                out += "<text x=\"\(svgNumber(layout.x(day) + layout.dayWidth / 2))\" y=\"\(svgNumber(top + 46))\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(color)\">\(day.components.day)\(weekday)</text>\n"
                day = day.advanced(by: 1)
            }
        }
        out += "<line x1=\"0\" y1=\"\(svgNumber(layout.bodyTop))\" x2=\"\(svgNumber(layout.width))\" y2=\"\(svgNumber(layout.bodyTop))\" stroke=\"#999\"/>\n"
        out += "</g>\n"
    }

    private func renderLabels(_ layout: GanttLayout, into out: inout String) {
        out += "<g class=\"labels\">\n"
        for (index, row) in layout.chart.rows.enumerated() {
            let (text, truncated) = layout.fittedLabel(row)
            let y = svgNumber(layout.y(row: index) + 15)
            let x = svgNumber(8 + Double(row.depth) * 12)
            let weight = row.kind == .phase ? " font-weight=\"bold\"" : ""
            let color = row.critical && row.kind != .phase ? " fill=\"\(GanttPalette.critical)\"" : ""
            out += "<text x=\"\(x)\" y=\"\(y)\"\(weight)\(color)>"
            if truncated { out += "<title>\(XMLText.escape(row.name))</title>" }
            out += "\(XMLText.escape(text))</text>\n"
        }
        out += "</g>\n"
    }

    /// Where each row's bar starts and ends on the x axis, and its vertical center.
    private func geometry(_ layout: GanttLayout) -> [String: (start: Double, end: Double, mid: Double, row: Int, critical: Bool)] {
        var result: [String: (Double, Double, Double, Int, Bool)] = [:]
        for (index, row) in layout.chart.rows.enumerated() {
            let mid = layout.y(row: index) + layout.rowHeight / 2
            if row.kind == .milestone {
                let x = layout.x(row.start) + layout.dayWidth / 2
                result[row.id] = (x, x, mid, index, row.critical)
            } else {
                result[row.id] = (layout.x(row.start), layout.x(row.finish.advanced(by: 1)), mid, index, row.critical)
            }
        }
        return result
    }

    private func renderLinks(_ layout: GanttLayout, into out: inout String) {
        let bars = geometry(layout)
        out += "<g class=\"links\" fill=\"none\">\n"
        for link in layout.chart.links {
            guard let from = bars[link.from], let to = bars[link.to] else { continue }
            let critical = from.critical && to.critical
            let fromX = link.kind == .startToStart || link.kind == .startToFinish ? from.start : from.end
            let toStart = link.kind == .finishToStart || link.kind == .startToStart
            let toX = toStart ? to.start : to.end
            var path: String
            if toStart {
                if toX - fromX >= 12 {
                    // Down just before the successor, so the line never crosses either bar.
                    path = "M\(svgNumber(fromX)),\(svgNumber(from.mid)) H\(svgNumber(toX - 6)) V\(svgNumber(to.mid)) H\(svgNumber(toX))"
                } else {
                    // The successor starts left of the predecessor's end: leave to the right,
                    // run along the row boundary, and come in from the left.
                    let boundary = to.row > from.row ? layout.y(row: from.row + 1) : layout.y(row: from.row)
                    path = "M\(svgNumber(fromX)),\(svgNumber(from.mid)) h6 V\(svgNumber(boundary)) H\(svgNumber(toX - 6)) V\(svgNumber(to.mid)) H\(svgNumber(toX))"
                }
            } else {
                let right = max(fromX, toX) + 8
                path = "M\(svgNumber(fromX)),\(svgNumber(from.mid)) H\(svgNumber(right)) V\(svgNumber(to.mid)) H\(svgNumber(toX))"
            }
            let stroke = critical ? GanttPalette.critical : "#888"
            out += "<path d=\"\(path)\" stroke=\"\(stroke)\" stroke-width=\"\(critical ? "1.5" : "1")\" marker-end=\"url(#\(critical ? "arrow-crit" : "arrow"))\"/>\n"
        }
        out += "</g>\n"
    }

    private func renderBars(_ layout: GanttLayout, into out: inout String) {
        let colors = GanttPalette.colors(for: layout.chart)
        let names = Dictionary(layout.chart.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        out += "<g class=\"bars\">\n"
        for (index, row) in layout.chart.rows.enumerated() {
            let top = layout.y(row: index)
            let x0 = layout.x(row.start), x1 = layout.x(row.finish.advanced(by: 1))
            let roleNames = row.roles.map { names[$0] ?? $0 }
            var tip = "\(row.name)\n\(row.start) – \(row.finish)"
            if row.kind == .task { tip += "（\(row.workingDays) 个工作日）" }
            if !roleNames.isEmpty { tip += "\n角色: \(roleNames.joined(separator: "、"))" }
            tip += "\n总时差: \(row.totalFloat) 天" + (row.critical ? "（关键路径）" : "")
            if row.leveledDelay > 0 { tip += "\n资源平衡推迟 \(row.leveledDelay) 天" + (row.delayedBy.map { "（\($0)）" } ?? "") }
            for target in row.targets { tip += "\n目标: \(target)" }
            out += "<g><title>\(XMLText.escape(tip))</title>"
            switch row.kind {
            case .phase:
                let y = top + 6
                let color = row.critical ? GanttPalette.critical : GanttPalette.phase
                out += "<path d=\"M\(svgNumber(x0)),\(svgNumber(y)) H\(svgNumber(x1)) v9 l-5,-5 H\(svgNumber(x0 + 5)) l-5,5 z\" fill=\"\(color)\"/>"
                if !row.targets.isEmpty {
                    let text = GanttLayoutText.truncate("目标 " + row.targets.joined(separator: " · "), cells: 70)
                    out += "<text x=\"\(svgNumber(x1 + 8))\" y=\"\(svgNumber(top + 15))\" fill=\"#7A4B00\" font-size=\"11\">\(XMLText.escape(text))</text>"
                }
            case .milestone:
                let x = x0 + layout.dayWidth / 2, y = top + layout.rowHeight / 2
                let color = row.critical ? GanttPalette.critical : "#222"
                out += "<path d=\"M\(svgNumber(x)),\(svgNumber(y - 7)) l7,7 l-7,7 l-7,-7 z\" fill=\"\(color)\"/>"
                out += "<text x=\"\(svgNumber(x + 10))\" y=\"\(svgNumber(top + 15))\" font-size=\"11\" fill=\"#333\">\(row.start.components.month)/\(row.start.components.day)</text>"
            case .task:
                let fill = row.roles.first.flatMap { colors[$0] } ?? GanttPalette.unassigned
                let stroke = row.critical ? " stroke=\"\(GanttPalette.critical)\" stroke-width=\"2\"" : ""
                out += "<rect x=\"\(svgNumber(x0 + 0.5))\" y=\"\(svgNumber(top + 5))\" width=\"\(svgNumber(max(x1 - x0 - 1, 2)))\" height=\"12\" rx=\"2\" fill=\"\(fill)\"\(stroke)/>"
                if layout.scale != .month, !roleNames.isEmpty {
                    let text = GanttLayoutText.truncate(roleNames.joined(separator: "、"), cells: 16)
                    out += "<text x=\"\(svgNumber(x1 + 4))\" y=\"\(svgNumber(top + 15))\" font-size=\"10\" fill=\"#777\">\(XMLText.escape(text))</text>"
                }
            }
            out += "</g>\n"
        }
        out += "</g>\n"
    }

    private func renderToday(_ layout: GanttLayout, into out: inout String) {
        guard let today = layout.chart.today, today >= layout.firstDay, today <= layout.lastDay else { return }
        let x = layout.x(today)
        let bottom = layout.bodyTop + Double(layout.chart.rows.count) * layout.rowHeight
        out += "<g class=\"today\">"
        out += "<rect x=\"\(svgNumber(layout.timelineX))\" y=\"\(svgNumber(layout.titleHeight))\" width=\"\(svgNumber(x - layout.timelineX))\" height=\"\(svgNumber(bottom - layout.titleHeight))\" fill=\"#000\" fill-opacity=\"0.05\"/>"
        out += "<line x1=\"\(svgNumber(x))\" y1=\"\(svgNumber(layout.titleHeight))\" x2=\"\(svgNumber(x))\" y2=\"\(svgNumber(bottom))\" stroke=\"\(GanttPalette.today)\" stroke-dasharray=\"4 3\"/>"
        out += "<text x=\"\(svgNumber(x + 3))\" y=\"\(svgNumber(layout.titleHeight + 10))\" font-size=\"10\" fill=\"\(GanttPalette.today)\">今天 \(today)</text>"
        out += "</g>\n"
    }

    private func renderLegend(_ layout: GanttLayout, into out: inout String) {
        let colors = GanttPalette.colors(for: layout.chart)
        var y = layout.bodyTop + Double(layout.chart.rows.count) * layout.rowHeight + 20
        out += "<g class=\"legend\" font-size=\"11\">\n"
        out += "<rect x=\"12\" y=\"\(svgNumber(y - 9))\" width=\"18\" height=\"10\" fill=\"#FFF\" stroke=\"\(GanttPalette.critical)\" stroke-width=\"2\"/><text x=\"36\" y=\"\(svgNumber(y))\">关键路径</text>"
        out += "<path d=\"M112,\(svgNumber(y - 10)) l6,6 l-6,6 l-6,-6 z\" fill=\"#222\"/><text x=\"124\" y=\"\(svgNumber(y))\">里程碑</text>"
        out += "<path d=\"M190,\(svgNumber(y - 9)) H214 v8 l-4,-4 H194 l-4,4 z\" fill=\"\(GanttPalette.phase)\"/><text x=\"220\" y=\"\(svgNumber(y))\">阶段</text>"
        out += "<rect x=\"270\" y=\"\(svgNumber(y - 9))\" width=\"18\" height=\"10\" fill=\"\(GanttPalette.nonWorking)\" stroke=\"#CCC\"/><text x=\"294\" y=\"\(svgNumber(y))\">非工作日</text>\n"
        for (index, role) in layout.chart.roles.enumerated() {
            if index % 6 == 0 { y += 20 }
            let x = 12 + Double(index % 6) * 150
            out += "<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 9))\" width=\"18\" height=\"10\" fill=\"\(colors[role.id] ?? GanttPalette.unassigned)\"/>"
            out += "<text x=\"\(svgNumber(x + 24))\" y=\"\(svgNumber(y))\">\(XMLText.escape(GanttLayoutText.truncate(role.name, cells: 18)))</text>\n"
        }
        out += "</g>\n"
    }
}

/// Cutting text to a number of display cells, for labels drawn inside the chart.
enum GanttLayoutText {
    static func truncate(_ text: String, cells: Int) -> String {
        DisplayWidth.truncate(text, toWidth: cells)
    }
}
