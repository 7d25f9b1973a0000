import PlanModel

extension GanttLayout {
    /// Month spans for the header.
    public var months: [(label: String, start: CivilDate, end: CivilDate)] {
        var result: [(String, CivilDate, CivilDate)] = []
        var day = firstDay
        while day < lastDay {
            let (year, month, _) = day.components
            let next = CivilDate(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1) ?? lastDay
            result.append((chart.text.month(year, month), day, min(next, lastDay)))
            day = next
        }
        return result
    }

    /// Quarter spans, for the top tier of the quarter scale: "2026年第4季度".
    public var quarters: [(label: String, start: CivilDate, end: CivilDate)] {
        var result: [(String, CivilDate, CivilDate)] = []
        var day = firstDay
        while day < lastDay {
            let (year, month, _) = day.components
            let quarter = (month - 1) / 3 + 1
            let next = CivilDate(year: quarter == 4 ? year + 1 : year, month: quarter == 4 ? 1 : quarter * 3 + 1, day: 1) ?? lastDay
            result.append((chart.text.quarter(year, quarter), day, min(next, lastDay)))
            day = next
        }
        return result
    }

    /// A month's label in a span `width` px wide: with its year where it fits ("2027年3月",
    /// 60 px at 12 px; "Mar 2027"), else the month alone ("3月", "Mar"), else none (a sliver
    /// at the chart's edge).
    static func monthLabel(_ label: String, width: Double, cellWidth: Double = 6.6) -> String? {
        if Double(DisplayWidth.of(label)) * cellWidth + 6 <= width { return label }
        guard let short = GanttText.withoutYear(label) else { return nil }
        return Double(DisplayWidth.of(short)) * cellWidth + 6 <= width ? short : nil
    }

    /// The ISO 8601 week number of the week a Monday starts (the week holding its Thursday).
    static func isoWeek(_ monday: CivilDate) -> Int {
        let thursday = monday.advanced(by: 3)
        guard let newYear = CivilDate(year: thursday.components.year, month: 1, day: 1) else { return 1 }
        return newYear.distance(to: thursday) / 7 + 1
    }

    /// Mondays in view, for week ticks.
    public var mondays: [CivilDate] {
        var day = firstDay
        while day.weekday != .mon { day = day.advanced(by: 1) }
        return stride(from: 0, to: day.distance(to: lastDay), by: 7).map { day.advanced(by: $0) }
    }

    /// Days in view that are not working days, merged into runs for shading: weekends,
    /// holidays and role-independent days off, at every scale (thin at month scale).
    public var nonWorkingRuns: [(start: CivilDate, days: Int)] { nonWorkingRuns(of: chart.calendar) }

    /// The same for one calendar: a member plan's, shaded behind its own rows.
    public func nonWorkingRuns(of calendar: CalendarSpec) -> [(start: CivilDate, days: Int)] {
        var runs: [(CivilDate, Int)] = []
        var day = firstDay
        while day < lastDay {
            if !calendar.isWorkingDay(day) {
                if let last = runs.last, last.0.advanced(by: last.1) == day {
                    runs[runs.count - 1].1 += 1
                } else {
                    runs.append((day, 1))
                }
            }
            day = day.advanced(by: 1)
        }
        return runs
    }

    /// Where the today line goes, clamped to the drawn span: a date after the chart's end
    /// is drawn at its right edge with everything shaded as past, one before it at the left.
    public var todayPosition: (x: Double, clamped: Int)? {
        guard let today = chart.today else { return nil }
        if today < firstDay { return (x(firstDay), -1) }
        if today > lastDay { return (x(lastDay), 1) }
        return (x(today), 0)
    }

    /// The SVG's width and height attributes: pixels (1 px = 1/96 in), or millimetres that
    /// fit the chosen paper, landscape, keeping the aspect ratio — shrunk to fit, never
    /// enlarged past its natural size (a small chart would get letters a centimetre high).
    public var physicalSize: (width: String, height: String) {
        guard let paper = chart.paper else { return (svgNumber(width), svgNumber(height)) }
        let area = paper.printable
        let scale = min(area.width / width, area.height / height, 25.4 / 96)
        return (svgNumber(width * scale) + "mm", svgNumber(height * scale) + "mm")
    }
}
