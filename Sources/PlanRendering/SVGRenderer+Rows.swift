import PlanModel

extension SVGRenderer {
    /// - Parameter shown: only these rows (a printed page's), or all.
    func renderLabels(_ layout: GanttLayout, rows shown: Range<Int>? = nil, into out: inout String) {
        out += "<g class=\"labels\">\n"
        for index in shown ?? layout.chart.rows.indices {
            let row = layout.chart.rows[index]
            let (lines, truncated) = layout.labelLines(index)
            let y = svgNumber(layout.y(row: index) + 15)
            let x = svgNumber(8 + Double(row.depth) * 12)
            let weight = row.kind == .phase ? " font-weight=\"bold\"" : ""
            let color = row.critical && row.kind != .phase ? " fill=\"\(GanttPalette.critical)\"" : ""
            out += "<text x=\"\(x)\" y=\"\(y)\"\(weight)\(color)>"
            if truncated || lines.count > 1 { out += "<title>\(XMLText.escape(GanttLayoutText.withoutBidiControls(row.name)))</title>" }
            if lines.count == 1 {
                out += XMLText.escape(lines[0])
            } else {
                for (number, line) in lines.enumerated() {
                    out += "<tspan x=\"\(x)\" dy=\"\(number == 0 ? "0" : svgNumber(layout.lineHeight))\">\(XMLText.escape(line))</tspan>"
                }
            }
            out += "</text>\n"
        }
        out += "</g>\n"
    }

    /// The tooltip of a row: everything the chart abbreviates.
    static func tooltip(_ row: GanttChart.Row, roleNames: [String], text: GanttText = GanttText(.zh)) -> String {
        var tip = "\(row.name)\n\(row.start) – \(row.finish)"
        if row.kind != .milestone { tip += text.parenthesised(text.workingDays(row.workingDays)) }
        if !roleNames.isEmpty { tip += "\n" + text.field("角色", "Roles") + roleNames.joined(separator: text.listSeparator) }
        tip += "\n" + text.field("总时差", "Total float") + text.pick("\(row.totalFloat) 天", "\(row.totalFloat) d")
            + (row.critical ? text.parenthesised(text.pick("关键路径", "critical path")) : "")
        if row.leveledDelay > 0 {
            tip += "\n" + text.pick("资源平衡推迟 \(row.leveledDelay) 天", "Delayed \(row.leveledDelay) d by leveling")
                + (row.delayedBy.map { text.parenthesised($0) } ?? "")
        }
        if let deadline = row.deadline {
            tip += "\n" + text.field("截止", "Deadline") + "\(deadline)"
                + text.parenthesised(row.lateDays > 0 ? GanttLayout.lateText(row.lateDays, text) : text.pick("按期", "on time"))
        }
        if let pin = row.pin { tip += "\n" + text.field("固定开始", "Fixed start") + "\(pin)" }
        for target in row.targets { tip += "\n" + text.field("目标", "Target") + target }
        if let notes = row.notes { tip += "\n\(notes)" }
        return GanttLayoutText.withoutBidiControls(tip + GanttLayout.trackingTip(row, language: text.language))
    }

    /// Each row's shape and note in one group with its tooltip, after the links: notes sit on
    /// a white halo, so a link passing under one never strikes it through.
    func renderBars(_ layout: GanttLayout, rows shown: Range<Int>? = nil, into out: inout String) {
        let chart = layout.chart
        let names = Dictionary(chart.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let halo = " stroke=\"#FFF\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""
        out += "<g class=\"bars\">\n"
        for index in shown ?? chart.rows.indices {
            let row = chart.rows[index]
            let top = layout.y(row: index)
            let shape = layout.shape(row: index)
            let tip = Self.tooltip(row, roleNames: row.roles.map { names[$0] ?? $0 }, text: chart.text)
            out += "<g class=\"bar \(row.kind)\" data-id=\"\(XMLText.escape(row.id))\"><title>\(XMLText.escape(tip))</title>"
            renderGhost(layout, row: index, into: &out)
            renderDeadlineLine(layout, row: index, into: &out)
            switch row.kind {
            case .phase:
                let y = top + 6
                let color = row.critical ? GanttPalette.critical : GanttPalette.phase
                let x0 = shape.start, x1 = max(shape.end, shape.start + 10)
                out += "<path d=\"M\(svgNumber(x0)),\(svgNumber(y)) H\(svgNumber(x1)) v9 l-5,-5 H\(svgNumber(x0 + 5)) l-5,5 z\" fill=\"\(color)\"/>"
            case .milestone:
                let x = (shape.start + shape.end) / 2, y = top + layout.rowHeight / 2
                let color = row.critical ? GanttPalette.critical : "#222"
                out += "<path d=\"M\(svgNumber(x)),\(svgNumber(y - 7)) l7,7 l-7,7 l-7,-7 z\" fill=\"\(color)\"/>"
            case .task:
                let stroke = row.critical ? " stroke=\"\(GanttPalette.critical)\" stroke-width=\"2\"" : ""
                out += "<rect x=\"\(svgNumber(shape.start + 0.5))\" y=\"\(svgNumber(top + 5))\" width=\"\(svgNumber(max(shape.end - shape.start - 1, 3)))\" height=\"12\" rx=\"2\" fill=\"\(chart.color(of: row))\"\(Self.barOpacity(row))\(stroke)/>"
            }
            renderProgress(layout, row: index, into: &out)
            renderDeadlineMarks(layout, row: index, into: &out)
            let noteX = svgNumber(shape.end + GanttLayout.noteGap)
            for (line, text) in layout.notes[index].enumerated() {
                let y = svgNumber(top + 15 + Double(line) * layout.lineHeight)
                let style = row.kind == .phase ? "fill=\"\(GanttPalette.target)\" font-size=\"11\"" : "font-size=\"10\" fill=\"\(row.kind == .milestone ? "#333" : "#777")\""
                out += "<text x=\"\(noteX)\" y=\"\(y)\" \(style)\(halo)>"
                if line == 0, row.lateDays > 0 {
                    // The late count in red and bold, the rest of the note in its own color.
                    let late = GanttLayout.lateText(row.lateDays, chart.text)
                    out += "<tspan class=\"late\" fill=\"\(GanttPalette.missedDeadline)\" font-weight=\"bold\">\(late)</tspan>\(XMLText.escape(String(text.dropFirst(late.count))))"
                } else {
                    out += XMLText.escape(text)
                }
                out += "</text>"
            }
            out += "</g>\n"
        }
        out += "</g>\n"
    }
}

extension SVGRenderer {
    /// The deadline as a dashed line down the row, under the shape, so the bar's own color
    /// stays whole where they cross.
    func renderDeadlineLine(_ layout: GanttLayout, row index: Int, into out: inout String) {
        guard let x = layout.deadlineX(row: index) else { return }
        let top = layout.y(row: index), row = layout.chart.rows[index]
        let color = row.lateDays > 0 ? GanttPalette.missedDeadline : GanttPalette.deadline
        out += "<line class=\"deadline\" pointer-events=\"none\" x1=\"\(svgNumber(x))\" y1=\"\(svgNumber(top + 5))\" x2=\"\(svgNumber(x))\" y2=\"\(svgNumber(top + layout.rowHeight))\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>"
    }

    /// Over the shape: the deadline's arrowhead above the bar (green when met, red when
    /// missed) and a pin at a fixed start date.
    func renderDeadlineMarks(_ layout: GanttLayout, row index: Int, into out: inout String) {
        let top = layout.y(row: index), row = layout.chart.rows[index]
        if let x = layout.deadlineX(row: index) {
            let color = row.lateDays > 0 ? GanttPalette.missedDeadline : GanttPalette.deadline
            out += "<path class=\"deadline-mark\" d=\"M\(svgNumber(x - 4)),\(svgNumber(top)) h8 l-4,5 z\" fill=\"\(color)\"/>"
        }
        if let pin = row.pin, row.kind != .phase {
            let x = row.kind == .milestone ? layout.x(pin) + layout.dayWidth / 2 : layout.x(pin)
            out += "<g class=\"pin\"><line x1=\"\(svgNumber(x))\" y1=\"\(svgNumber(top + 3))\" x2=\"\(svgNumber(x))\" y2=\"\(svgNumber(top + 19))\" stroke=\"\(GanttPalette.pin)\" stroke-width=\"1.5\"/>"
            out += "<circle cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(top + 3))\" r=\"3\" fill=\"\(GanttPalette.pin)\"/></g>"
        }
    }
}
