import PlanModel

extension XLSXExporter {
    /// The time columns: one per day up to 45 days (as the charts' `auto` scale), else one
    /// per week from its Monday; `--scale day` forces days, any other scale weeks.
    struct TimeAxis {
        var days: Bool
        /// Each column's first day.
        var columns: [CivilDate]
        /// Whether a column is closed: a non-working day, or a week with fewer than three
        /// working days (the 春节 and 国庆 weeks).
        var closed: [Bool]

        init(_ chart: GanttChart) {
            let span = chart.start.distance(to: chart.finish) + 1
            let byDay: Bool
            switch chart.scale {
            case .day: byDay = true
            case .auto: byDay = span <= 45
            default: byDay = false
            }
            var first = chart.start
            if !byDay { while first.weekday != .mon { first = first.advanced(by: -1) } }
            let step = byDay ? 1 : 7
            let starts = stride(from: 0, through: first.distance(to: chart.finish), by: step).map { first.advanced(by: $0) }
            days = byDay
            columns = starts
            closed = starts.map { day in
                let open = (0..<step).filter { chart.calendar.isWorkingDay(day.advanced(by: $0)) }.count
                return byDay ? open == 0 : open < 3
            }
        }

        /// The columns a span covers, as a range of column indices.
        func covered(_ start: CivilDate, _ finish: CivilDate) -> ClosedRange<Int> {
            guard let origin = columns.first else { return 0...0 }
            let step = days ? 1 : 7
            let first = max(0, origin.distance(to: start) / step)
            let last = min(columns.count - 1, max(first, origin.distance(to: finish) / step))
            return first...last
        }
    }

    /// Labels in A and B (frozen), two header rows (the month over day numbers or Monday
    /// dates, closed columns shaded, today's column red), then one row per chart row: a task's
    /// cells in its role's colour (critical ones outlined in red), a phase's in the summary
    /// grey, a milestone as ◆ on its day; closed columns shaded where no bar is.
    func ganttSheet(_ chart: GanttChart) -> XLSXSheet {
        let text = chart.text
        var sheet = XLSXSheet(name: text.pick("甘特图", "Gantt"))
        let axis = TimeAxis(chart)
        let offset = 2
        let closedStyle = XLSXStyle(fill: GanttPalette.nonWorking)
        var months: [XLSXSheet.Cell] = [.init(column: 0, value: .text(chart.title), style: XLSXStyle(bold: true))]
        var previousMonth = -1
        for (index, day) in axis.columns.enumerated() {
            // A week belongs to the month of its Thursday (as ISO weeks to their year), so
            // the week of Monday 8/31 is headed 9月 and two labels never meet.
            let (year, month, _) = (axis.days ? day : day.advanced(by: 3)).components
            if year * 12 + month != previousMonth {
                months.append(.init(column: offset + index, value: .text(text.month(year, month)), style: XLSXStyle(bold: true)))
                previousMonth = year * 12 + month
            }
        }
        sheet.append(months, height: 18)
        var header: [XLSXSheet.Cell] = [.init(column: 0, value: .text("WBS"), style: Self.header),
                                        .init(column: 1, value: .text(text.pick("名称", "Name")), style: Self.header)]
        let todayColumn = chart.today.flatMap { today in
            today >= (axis.columns.first ?? today) && today <= chart.finish ? axis.covered(today, today).lowerBound : nil
        }
        for (index, day) in axis.columns.enumerated() {
            var style = Self.header
            style.numberFormat = axis.days ? "d" : "m/d"
            style.alignment = .center
            if axis.closed[index] { style.fill = GanttPalette.nonWorking }
            if index == todayColumn { style.fill = GanttPalette.today; style.fontColor = "#FFFFFF" }
            header.append(.init(column: offset + index, value: .date(day), style: style))
        }
        sheet.append(header, height: 18)
        sheet.frozenRows = 2
        sheet.frozenColumns = 2
        sheet.autoFilter = (2, offset + axis.columns.count)
        sheet.fitToWidth = true
        let outline = chart.outlineNumbers
        var nameWidth = 12
        for row in chart.rows {
            var cells: [XLSXSheet.Cell] = [
                .init(column: 0, value: .text(outline[row.id] ?? ""), style: XLSXStyle(bold: row.kind == .phase)),
                .init(column: 1, value: .text(row.name), style: XLSXStyle(bold: row.kind == .phase, indent: row.depth)),
            ]
            let bar = axis.covered(row.start, row.finish)
            for index in axis.columns.indices {
                if bar.contains(index) {
                    cells.append(.init(column: offset + index, value: row.kind == .milestone ? .text("◆") : .blank,
                                       style: barStyle(chart, row, first: index == bar.lowerBound, last: index == bar.upperBound)))
                } else if axis.closed[index] {
                    cells.append(.init(column: offset + index, value: .blank, style: closedStyle))
                }
            }
            sheet.append(cells)
            nameWidth = max(nameWidth, DisplayWidth.of(row.name) + 2 * row.depth + 2)
        }
        sheet.columnWidths = [8, Double(min(nameWidth, 50))] + axis.columns.map { _ in axis.days ? 3.5 : 5.5 }
        return sheet
    }

    /// A task cell in its role's colour, outlined red when critical; a phase cell dark; a
    /// milestone ◆ in its colour (red when critical) on no fill.
    private func barStyle(_ chart: GanttChart, _ row: GanttChart.Row, first: Bool, last: Bool) -> XLSXStyle {
        switch row.kind {
        case .phase:
            return XLSXStyle(fill: GanttPalette.phase)
        case .milestone:
            return XLSXStyle(bold: true, fontColor: row.critical ? GanttPalette.critical : chart.color(of: row), alignment: .center)
        case .task:
            var style = XLSXStyle(fill: chart.color(of: row))
            if row.critical {
                style.border = [.top, .bottom]
                if first { style.border.insert(.left) }
                if last { style.border.insert(.right) }
                style.borderColor = GanttPalette.critical
            }
            return style
        }
    }

    /// Each role that colours a bar, its colour beside its name; then the other marks.
    func legendSheet(_ chart: GanttChart) -> XLSXSheet {
        let text = chart.text
        var sheet = XLSXSheet(name: text.pick("图例", "Legend"))
        sheet.append([.init(column: 0, value: .text(text.pick("图例", "Legend")), style: Self.header), .init(column: 1, value: .text(""), style: Self.header)])
        for role in chart.legendRoles {
            sheet.append([.init(column: 0, value: .blank, style: XLSXStyle(fill: chart.roleColors[role.id] ?? GanttPalette.unassigned)),
                          .init(column: 1, value: .text(role.name), style: XLSXStyle())])
        }
        let marks: [(XLSXSheet.Value, XLSXStyle, String)] = [
            (.blank, XLSXStyle(fill: GanttPalette.unassigned, border: [.left, .right, .top, .bottom], borderColor: GanttPalette.critical), text.critical),
            (.blank, XLSXStyle(fill: GanttPalette.phase), text.phase),
            (.text("◆"), XLSXStyle(bold: true, alignment: .center), text.milestone),
            (.blank, XLSXStyle(fill: GanttPalette.nonWorking), text.pick("非工作日（周末、节假日）", "Non-working day (weekend, holiday)")),
        ]
        for (value, style, label) in marks {
            sheet.append([.init(column: 0, value: value, style: style), .init(column: 1, value: .text(label), style: XLSXStyle())])
        }
        sheet.columnWidths = [8, 30]
        return sheet
    }
}
