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

    /// Whether each of the first `count` days from the plan start is a working day for the
    /// whole team: weekends and holidays off, make-up days (调休) on.
    ///
    /// - Complexity: O(count + days in holidays and make-up ranges, clipped to `count`).
    static func teamDays(plan: Plan, count: Int) -> [Bool] {
        let origin = plan.start
        let spec = plan.calendar
        // Weekdays repeat every seven days: look each up once, not once per day of the horizon.
        let firstWeekday = Weekday.allCases.firstIndex(of: origin.weekday) ?? 0
        let weekPattern = (0..<7).map { !spec.weekends.contains(Weekday.allCases[(firstWeekday + $0) % 7]) }
        var days = [Bool](repeating: false, count: count)
        for day in 0..<count { days[day] = weekPattern[day % 7] }
        mark(spec.holidays, false, in: &days, origin: origin)
        mark(spec.workdays, true, in: &days, origin: origin)  // make-up days win over weekends and holidays
        return days
    }

    /// Sets the days of `ranges` (clipped to the array) to `value`.
    static func mark(_ ranges: [DateRange], _ value: Bool, in days: inout [Bool], origin: CivilDate) {
        for range in ranges {
            let first = max(origin.distance(to: range.first), 0)
            let last = min(origin.distance(to: range.last), days.count - 1)
            if first <= last { for day in first...last { days[day] = value } }
        }
    }

    /// - Parameter teamDays: the team's days as `teamDays(plan:count:)` gives them, at least
    ///   `horizon` long, when the caller has them already.
    /// - Complexity: O(horizon × distinct calendars + days off).
    init(plan: Plan, horizon: Int, teamDays known: [Bool]? = nil) {
        let origin = plan.start
        let teamDays = known.map { Array($0.prefix(horizon)) } ?? Self.teamDays(plan: plan, count: horizon)
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
            for role in key { Self.mark(plan.roles[role].daysOff, false, in: &days, origin: origin) }
            calendars.append(DayCalendar(horizon: horizon) { days[$0] })
            byKey[key] = calendars.count - 1
            return calendars.count - 1
        }
        roleCalendar = plan.roles.map { calendar(for: [$0.id]) }
        // By index, and straight to the team calendar when no role of the task has days off:
        // most tasks, and no key to build or look up for them.
        taskCalendar = plan.tasks.indices.map { index in
            let assigned = plan.tasks[index].assignments
            guard assigned.contains(where: { roleDaysOff[$0.role] != nil }) else { return 0 }
            return calendar(for: assigned.map(\.role))
        }
        self.calendars = calendars
    }
}
