import PlanModel

extension PlantUMLExporter {
    /// Whether PlantUML's own date arithmetic leaves a link's successor where the schedule
    /// has it. PlantUML applies links after every explicit date: a start link (FS, SS, `->`)
    /// as a lower bound, which pushes the start later when it says so, an end link (FF, SF)
    /// by setting the end outright. It knows no lags, leads or leveling, so a link it would
    /// resolve differently — a lead, an FF or SF with a lag, a milestone right after its
    /// predecessor (PlantUML's `->` puts it on the next open day; ours stays on the
    /// predecessor's last day) — would redraw the successor on other dates. Such a link is
    /// not written: the dates win over the arrow. A start link with slack (a lag, a gap
    /// leveling left, a later second predecessor) keeps its arrow.
    ///
    /// What PlantUML does (Debian's 1.2020.02, read back from its SVG): `starts at [a]'s end`
    /// starts no earlier than the first open day after `a`'s last; `starts at [a]'s start` no
    /// earlier than `a`'s first day; `[a] -> [m]` puts a milestone no earlier than the first
    /// open day after `a`; `ends at [a]'s end` ends on `a`'s last day; `ends at [a]'s start`
    /// on the last open day before `a`'s first.
    static func keepsDates(_ link: GanttChart.Link, from: GanttChart.Row, to: GanttChart.Row, calendar: CalendarSpec) -> Bool {
        func noLaterThanStart(_ date: CivilDate?) -> Bool { date.map { $0 <= to.start } ?? false }
        switch (to.kind == .milestone, link.kind) {
        case (true, _), (false, .finishToStart): return noLaterThanStart(openDay(after: from.finish, step: 1, calendar))
        case (false, .startToStart): return from.start <= to.start
        case (false, .finishToFinish): return from.finish == to.finish
        case (false, .startToFinish): return openDay(after: from.start, step: -1, calendar) == to.finish
        }
    }

    /// Closed days a row starts or ends on (a milestone pinned to a Saturday, a fixed start
    /// on a holiday), in date order. PlantUML moves any explicit date off a closed day to the
    /// next open one, so these are written open: the row then sits on its scheduled day.
    ///
    /// - Complexity: O(rows log rows).
    static func closedDaysInUse(_ chart: GanttChart) -> [CivilDate] {
        var days = Set<CivilDate>()
        for row in chart.rows {
            for day in [row.start, row.finish] where !chart.calendar.isWorkingDay(day) { days.insert(day) }
        }
        return days.sorted()
    }

    /// The nearest open day after (`step` 1) or before (`step` -1) a date, within a year.
    ///
    /// - Complexity: O(days searched), at most 366.
    private static func openDay(after date: CivilDate, step: Int, _ calendar: CalendarSpec) -> CivilDate? {
        var day = date
        for _ in 0..<366 {
            day = day.advanced(by: step)
            if calendar.isWorkingDay(day) { return day }
        }
        return nil
    }
}
