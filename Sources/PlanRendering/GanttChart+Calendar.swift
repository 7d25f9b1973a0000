import PlanModel

extension GanttChart {
    /// The calendar a chart shades and marks: the plan's, or — for plans with different
    /// calendars charted together — the days *no* plan works: weekends common to all of
    /// them, the parts of their holidays on which none works (names kept), and every make-up
    /// day (it is worked in the plan that lists it). A 7-day plan next to a 春节 plan leaves
    /// the holiday unshaded, since work goes on in it.
    ///
    /// - Complexity: O(plans × holiday days + plans × make-up ranges).
    static func shadedCalendar(of plan: Plan) -> CalendarSpec {
        let members = [plan.calendar] + plan.phases.compactMap(\.planCalendar)
        guard members.count > 1 else { return plan.calendar }
        var weekends = plan.calendar.weekends
        for member in members { weekends.formIntersection(member.weekends) }
        func offEverywhere(_ day: CivilDate) -> Bool { !members.contains { $0.isWorkingDay(day) } }
        var holidays: [DateRange] = []
        for range in members.flatMap(\.holidays) {
            // Days of the range no plan works, as runs (a range may be worked in the middle).
            var runStart: CivilDate?
            for offset in 0...max(range.dayCount - 1, 0) {
                let day = range.first.advanced(by: offset)
                if offEverywhere(day) {
                    if runStart == nil { runStart = day }
                } else if let first = runStart {
                    holidays.append(DateRange(first: first, last: day.advanced(by: -1), name: range.name, location: range.location))
                    runStart = nil
                }
            }
            if let first = runStart { holidays.append(DateRange(first: first, last: range.last, name: range.name, location: range.location)) }
        }
        return CalendarSpec(weekends: weekends, holidays: holidays, workdays: members.flatMap(\.workdays))
    }
}
