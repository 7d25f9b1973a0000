import PlanModel

/// The team calendar and one calendar per distinct set of roles with days off, so each task
/// works only on days every one of its roles works.
struct CalendarSet: Sendable {
    let team: DayCalendar
    let calendars: [DayCalendar]
    /// Index into `calendars` for each task.
    let taskCalendar: [Int]
    /// Index into `calendars` for each role (`plan.roles` order).
    let roleCalendar: [Int]

    /// - Complexity: O(horizon × distinct calendars + days off).
    init(plan: Plan, horizon: Int) {
        let origin = plan.start
        let spec = plan.calendar
        // Weekdays repeat every seven days: look each up once, not once per day of the horizon.
        let firstWeekday = Weekday.allCases.firstIndex(of: origin.weekday) ?? 0
        let weekPattern = (0..<7).map { !spec.weekends.contains(Weekday.allCases[(firstWeekday + $0) % 7]) }
        var teamDays = [Bool](repeating: false, count: horizon)
        for day in 0..<horizon { teamDays[day] = weekPattern[day % 7] }
        func mark(_ ranges: [DateRange], _ value: Bool, in days: inout [Bool]) {
            for range in ranges {
                let first = max(origin.distance(to: range.first), 0)
                let last = min(origin.distance(to: range.last), horizon - 1)
                if first <= last { for day in first...last { days[day] = value } }
            }
        }
        mark(spec.holidays, false, in: &teamDays)
        mark(spec.workdays, true, in: &teamDays)  // make-up days win over weekends and holidays
        let team = DayCalendar(horizon: horizon) { teamDays[$0] }
        self.team = team

        var calendars = [team]
        var byKey: [[Int]: Int] = [[]: 0]
        var roleDaysOff: [String: (index: Int, ranges: [DateRange])] = [:]
        for (index, role) in plan.roles.enumerated() where !role.daysOff.isEmpty {
            roleDaysOff[role.id] = (index, role.daysOff)
        }
        func calendar(for roleIDs: [String]) -> Int {
            let key = roleIDs.compactMap { roleDaysOff[$0]?.index }.sorted()
            if let existing = byKey[key] { return existing }
            var days = teamDays
            for role in key { mark(plan.roles[role].daysOff, false, in: &days) }
            calendars.append(DayCalendar(horizon: horizon) { days[$0] })
            byKey[key] = calendars.count - 1
            return calendars.count - 1
        }
        roleCalendar = plan.roles.map { calendar(for: [$0.id]) }
        taskCalendar = plan.tasks.map { calendar(for: $0.assignments.map(\.role)) }
        self.calendars = calendars
    }
}
