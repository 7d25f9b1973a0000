import PlanModel

/// The team calendar and one calendar per distinct set of roles with calendars of their own
/// (and per `calendar: continuous` variant), so each task works only on days every one of
/// its roles works; plus each role's capacity on days it differs from its headcount.
struct CalendarSet: Sendable {
    let team: DayCalendar
    let calendars: [DayCalendar]
    /// Index into `calendars` for each task: the days it spans and counts its length in (every
    /// day for a calendar-day task, `7cd`).
    let taskCalendar: [Int]
    /// Index into `calendars` for each task: the days it books its roles. The same as
    /// `taskCalendar` but for calendar-day tasks, which book only the days their roles work.
    let bookingCalendar: [Int]
    /// Index into `calendars` for each role (`plan.roles` order).
    let roleCalendar: [Int]
    /// Per role, the days its capacity is not its headcount: 0 on its days off, the people on
    /// duty on its rota days.
    let capacityExceptions: [[Int: Double]]
    /// Whether each task works on every day (`calendar: continuous`, its own or its phases').
    let continuous: [Bool]

    /// Whether each of the first `count` days from the plan start is a working day for the
    /// whole team: weekends and holidays off, make-up days (调休) on.
    ///
    /// - Complexity: O(count + days in holidays and make-up ranges, clipped to `count`).
    static func teamDays(plan: Plan, count: Int) -> [Bool] {
        days(weekends: plan.calendar.weekends, plan: plan, count: count)
    }

    /// The plan's calendar with the given weekly days off.
    private static func days(weekends: Set<Weekday>, plan: Plan, count: Int) -> [Bool] {
        let origin = plan.start
        let spec = plan.calendar
        // Weekdays repeat every seven days: look each up once, not once per day of the horizon.
        let firstWeekday = Weekday.allCases.firstIndex(of: origin.weekday) ?? 0
        let weekPattern = (0..<7).map { !weekends.contains(Weekday.allCases[(firstWeekday + $0) % 7]) }
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

    /// A role's working days: the plan's calendar under its own `weekends`, then its
    /// `workdays` and rota days on, then its `daysOff` off (leave wins over duty).
    static func roleDays(_ role: Role, plan: Plan, teamDays: [Bool]) -> [Bool] {
        var days = role.weekends.map { Self.days(weekends: $0, plan: plan, count: teamDays.count) } ?? teamDays
        mark(role.workdays, true, in: &days, origin: plan.start)
        mark(role.rota.map(\.days), true, in: &days, origin: plan.start)
        mark(role.daysOff, false, in: &days, origin: plan.start)
        return days
    }

    /// Whether task `index` works every day: its own `calendar`, else its nearest phase's.
    static func isContinuous(_ index: Int, in plan: Plan) -> Bool {
        if let mode = plan.tasks[index].calendar { return mode == .continuous }
        var phase = plan.tasks[index].phase
        while let current = phase {
            if let mode = plan.phases[current].calendar { return mode == .continuous }
            phase = plan.phases[current].parent
        }
        return false
    }

    /// - Parameter teamDays: the team's days as `teamDays(plan:count:)` gives them, at least
    ///   `horizon` long, when the caller has them already.
    /// - Complexity: O(horizon × distinct calendars + days off and rota days).
    init(plan: Plan, horizon: Int, teamDays known: [Bool]? = nil) {
        let origin = plan.start
        let teamDays = known.map { Array($0.prefix(horizon)) } ?? Self.teamDays(plan: plan, count: horizon)
        let team = DayCalendar(horizon: horizon) { teamDays[$0] }
        self.team = team

        var roleIndex: [String: Int] = [:]
        for (index, role) in plan.roles.enumerated() { roleIndex[role.id] = index }
        var ownDays: [Int: [Bool]] = [:]
        func days(ofRole role: Int) -> [Bool] {
            if let known = ownDays[role] { return known }
            let days = Self.roleDays(plan.roles[role], plan: plan, teamDays: teamDays)
            ownDays[role] = days
            return days
        }
        var calendars = [team]
        // `team`: some role of the task (or the task itself, without roles) keeps the plan's calendar.
        struct Key: Hashable { var roles: [Int]; var team: Bool; var continuous: Bool }
        var byKey: [Key: Int] = [Key(roles: [], team: true, continuous: false): 0]
        func calendar(for roles: [Int], continuous: Bool) -> Int {
            let own = Array(Set(roles.filter { plan.roles[$0].hasOwnCalendar })).sorted()
            let key = Key(roles: own, team: continuous || own.count < Set(roles).count || roles.isEmpty, continuous: continuous)
            if let existing = byKey[key] { return existing }
            var combined: [Bool]
            if continuous {
                // Every day, but a role's leave still keeps the task from those days.
                combined = [Bool](repeating: true, count: horizon)
                for role in key.roles { Self.mark(plan.roles[role].daysOff, false, in: &combined, origin: origin) }
            } else {
                // The days on which every role of the task works (the team's when none has its own).
                combined = key.team ? teamDays : days(ofRole: key.roles[0])
                for role in key.roles.dropFirst(key.team ? 0 : 1) {
                    let other = days(ofRole: role)
                    for day in combined.indices where combined[day] && !other[day] { combined[day] = false }
                }
            }
            calendars.append(DayCalendar(horizon: horizon) { combined[$0] })
            byKey[key] = calendars.count - 1
            return calendars.count - 1
        }
        roleCalendar = plan.roles.indices.map { calendar(for: [$0], continuous: false) }
        var continuous = [Bool](repeating: false, count: plan.tasks.count)
        // By index, and straight to the team calendar when no role of the task has a calendar of
        // its own: most tasks, and no key to build or look up for them.
        let booking = plan.tasks.indices.map { index in
            let roles = plan.tasks[index].assignments.compactMap { roleIndex[$0.role] }
            continuous[index] = Self.isContinuous(index, in: plan)
            guard continuous[index] || roles.contains(where: { plan.roles[$0].hasOwnCalendar }) else { return 0 }
            return calendar(for: roles, continuous: continuous[index])
        }
        bookingCalendar = booking
        var everyDay: Int?
        taskCalendar = plan.tasks.indices.map { index in
            guard plan.tasks[index].isElapsed else { return booking[index] }
            if everyDay == nil { everyDay = calendar(for: [], continuous: true) }
            return everyDay ?? booking[index]
        }
        self.continuous = continuous
        self.calendars = calendars
        capacityExceptions = plan.roles.map { role in
            var exceptions: [Int: Double] = [:]
            func set(_ range: DateRange, _ units: Double) {
                let first = max(origin.distance(to: range.first), 0)
                let last = min(origin.distance(to: range.last), horizon - 1)
                if first <= last { for day in first...last { exceptions[day] = units } }
            }
            for shift in role.rota { set(shift.days, Double(shift.onDuty)) }
            for range in role.daysOff { set(range, 0) }  // leave wins over duty
            return exceptions
        }
    }

    /// Units role `role` (of headcount `headcount`) can give on `day`.
    func capacity(ofRole role: Int, on day: Int, headcount: Int) -> Double {
        capacityExceptions[role][day] ?? Double(headcount)
    }

    /// A point moved by a link's lag: working days of the team calendar, or calendar days for
    /// a `cd` lag (elapsed; a lead stops at the plan start). `nil` past the horizon.
    func advance(_ point: Int, by link: TaskNetwork.Link) -> Int? {
        guard link.elapsed else { return team.advance(point, byWorkingDays: Int(link.lag)) }
        let moved = point + Int(link.lag)
        return moved > team.horizon ? nil : max(moved, 0)
    }

    /// The latest point `p` with `advance(p, by: link) <= bound`, for the backward pass.
    func latestPoint(advancedBy link: TaskNetwork.Link, notAfter bound: Int) -> Int {
        guard link.elapsed else { return team.latestPoint(advancedBy: Int(link.lag), notAfter: bound) }
        // Bounds past the horizon (no limit) stay there; the lag is at most 10,000 days.
        let clamped = min(bound, team.horizon + 20_000)
        return min(max(clamped - Int(link.lag), 0), team.horizon)
    }
}
