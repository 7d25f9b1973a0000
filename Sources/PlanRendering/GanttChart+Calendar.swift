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

    /// The holidays whose names the header shows: the chart's own, or for plans with different
    /// calendars every member's named holidays — a holiday one plan takes while another works
    /// through it is shaded behind that plan's rows (`memberCalendars`) and named above them,
    /// though not every plan is off. A holiday two members share is listed once.
    ///
    /// - Complexity: O(members × holidays).
    var namedHolidays: [DateRange] {
        guard !memberCalendars.isEmpty else { return calendar.holidays.filter { $0.name != nil } }
        var seen: Set<String> = []
        return memberCalendars.flatMap(\.holidays).filter { range in
            guard let name = range.name else { return false }
            return seen.insert("\(range.first) \(range.last) \(name)").inserted
        }
    }

    /// The member plans' calendars as `shadedCalendar(of:)` lists them (the plan's own, then
    /// each phase's `planCalendar` in plan order), and per phase the index of the one its rows
    /// work on: its own, else its nearest ancestor's, else the plan's (0). Empty for one calendar.
    ///
    /// - Complexity: O(phases × depth).
    static func memberCalendars(of plan: Plan) -> (calendars: [CalendarSpec], ofPhase: [Int]) {
        guard plan.hasPhaseCalendars else { return ([], []) }
        var calendars = [plan.calendar]
        var own: [Int: Int] = [:]
        for (index, phase) in plan.phases.enumerated() {
            guard let calendar = phase.planCalendar else { continue }
            own[index] = calendars.count
            calendars.append(calendar)
        }
        let ofPhase = plan.phases.indices.map { index -> Int in
            var current: Int? = index
            while let phase = current {
                if let member = own[phase] { return member }
                current = plan.phases[phase].parent
            }
            return 0
        }
        return (calendars, ofPhase)
    }
}
