import PlanModel

/// Which links drive their successor, for the page's highlight of a task's driving chain:
/// a link drives when the successor starts (finishes, for FF and SF) no later than the link
/// allows, counted in working days of the plan's calendar (the successor's own, by row id in
/// `calendarOf`, for plans with different calendars charted together). A task leveling held
/// back has no driving link: its chain stops there, as the resource is what drives it.
extension GanttChart {
    /// - Complexity: O(links × lag days).
    static func markingDriving(_ links: [Link], rows: [Row], calendar plan: CalendarSpec,
                               calendarOf: [String: CalendarSpec] = [:]) -> [Link] {
        var byID: [String: Row] = [:]
        for row in rows where byID[row.id] == nil { byID[row.id] = row }
        return links.map { link in
            var link = link
            guard let from = byID[link.from], let to = byID[link.to], to.leveledDelay == 0 else { return link }
            let calendar = calendarOf[link.to] ?? plan
            switch link.kind {
            case .finishToStart:
                link.driving = to.start <= calendar.working(after: from.finish, plus: link.lagDays)
            case .startToStart:
                link.driving = to.start <= calendar.working(from: from.start, plus: link.lagDays)
            case .finishToFinish:
                link.driving = to.finish <= calendar.working(from: from.finish, plus: link.lagDays)
            case .startToFinish:
                link.driving = to.finish <= calendar.working(from: from.start, plus: link.lagDays)
            }
            return link
        }
    }
}

extension CalendarSpec {
    /// The working day `days` working days after `date` (before, when negative); `date` itself
    /// when 0.
    func working(from date: CivilDate, plus days: Int) -> CivilDate {
        var day = date, left = abs(days)
        let step = days < 0 ? -1 : 1
        // A calendar with no working day at all would never end: 3,660 days is ten years.
        var guardDays = 3660
        while left > 0, guardDays > 0 {
            day = day.advanced(by: step)
            if isWorkingDay(day) { left -= 1 }
            guardDays -= 1
        }
        return day
    }

    /// The first working day after `date`, then `days` more working days.
    func working(after date: CivilDate, plus days: Int) -> CivilDate {
        var day = date.advanced(by: 1)
        var guardDays = 3660
        while !isWorkingDay(day), guardDays > 0 { day = day.advanced(by: 1); guardDays -= 1 }
        return working(from: day, plus: days)
    }
}
