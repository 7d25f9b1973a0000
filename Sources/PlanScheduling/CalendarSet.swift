import PlanModel

/// The team calendar and one calendar per distinct set of roles with calendars of their own
/// (and per `calendar: continuous` variant), so each task works only on days every one of
/// its roles works; plus each role's capacity on days it differs from its headcount.
///
/// Plans with different calendars scheduled together (a portfolio) give several *base*
/// calendars: the plan's, then one per phase with a `planCalendar`. A node's base is that of
/// its nearest such phase; its roles' calendars are built on that base, and its lags and
/// lateness count on it. A role's capacity does not depend on the base: it is one pool.
struct CalendarSet: Sendable {
    /// The plan's own calendar (base 0): the horizon, and every node of a single-calendar plan.
    let team: DayCalendar
    /// Each base calendar's days, `bases[0] == team`.
    let bases: [DayCalendar]
    /// The base of each node (tasks, then phase summaries); empty when the plan has one.
    let baseOfNode: [Int32]
    /// With several bases: per base, per role, its calendar on that base (index into
    /// `calendars`); empty otherwise (`roleCalendar` then says it).
    let roleCalendarByBase: [[Int]]
    let calendars: [DayCalendar]
    /// Index into `calendars` for each task: the days it spans and counts its length in (every
    /// day for a calendar-day task, `7cd`).
    let taskCalendar: [Int]
    /// Index into `calendars` for each task: the days it books its roles. The same as
    /// `taskCalendar` but for calendar-day tasks, which book only the days their roles work.
    let bookingCalendar: [Int]
    /// Index into `calendars` for each task: the days it may start on. The same as
    /// `taskCalendar` but for a calendar-day task with `calendar: continuous`, which starts on
    /// a day of its booking calendar: continuous work runs every day *but* its roles' and named
    /// person's leave, so it never begins (or, at `1cd`, lies wholly) on a day nobody is in.
    let startCalendar: [Int]
    /// Index into `calendars` for each role (`plan.roles` order). With several bases, the
    /// days the role works in any of the plans whose tasks book it (its availability).
    let roleCalendar: [Int]
    /// Per capacity row (each role, then each listed person), its capacity day by day: 0 on
    /// days off and leave, the people on duty on rota days, the role less a person on leave.
    let capacityProfiles: [CapacityProfile]
    /// Per role, the rows of its listed people.
    let personRows: [[Int]]
    /// Whether each task works on every day (`calendar: continuous`, its own or its phases').
    let continuous: [Bool]

    /// Whether each of the first `count` days from the plan start is a working day for the
    /// whole team: weekends and holidays off, make-up days (调休) on.
    ///
    /// - Complexity: O(count + days in holidays and make-up ranges, clipped to `count`).
    static func teamDays(plan: Plan, count: Int) -> [Bool] {
        days(weekends: plan.calendar.weekends, spec: plan.calendar, origin: plan.start, count: count)
    }

    /// The days on which every base calendar works (the plan's alone when it has one), to
    /// size the horizon on the sparsest of them.
    ///
    /// - Complexity: O(count × bases).
    static func commonDays(plan: Plan, count: Int) -> [Bool] {
        var days = teamDays(plan: plan, count: count)
        for phase in plan.phases {
            guard let spec = phase.planCalendar else { continue }
            let other = Self.days(weekends: spec.weekends, spec: spec, origin: plan.start, count: count)
            for day in days.indices where days[day] && !other[day] { days[day] = false }
        }
        return days
    }

    /// A calendar's days with the given weekly days off.
    private static func days(weekends: Set<Weekday>, spec: CalendarSpec, origin: CivilDate, count: Int) -> [Bool] {
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
    static func roleDays(_ role: Role, plan: Plan, spec: CalendarSpec, teamDays: [Bool]) -> [Bool] {
        var days = role.weekends.map { Self.days(weekends: $0, spec: spec, origin: plan.start, count: teamDays.count) } ?? teamDays
        mark(role.workdays, true, in: &days, origin: plan.start)
        mark(role.rota.map(\.days), true, in: &days, origin: plan.start)
        mark(role.daysOff, false, in: &days, origin: plan.start)
        return days
    }

    /// Whether task `index` works every day: its own `calendar`, else its nearest phase's.
    static func isContinuous(_ index: Int, in plan: Plan) -> Bool {
        plan.worksEveryDay(task: index)
    }

    /// - Parameter teamDays: the team's days as `teamDays(plan:count:)` gives them, at least
    ///   `horizon` long, when the caller has them already.
    /// - Complexity: O(horizon × (distinct calendars + bases) + days off and rota days of roles
    ///   with calendars of their own); leave and rotas enter the capacity as ranges, O(1) each.
    init(plan: Plan, horizon: Int, teamDays known: [Bool]? = nil) {
        let origin = plan.start
        let teamDays = known.map { Array($0.prefix(horizon)) } ?? Self.teamDays(plan: plan, count: horizon)
        let team = DayCalendar(horizon: horizon) { teamDays[$0] }
        self.team = team

        // Base calendars: the plan's, then each phase that keeps its own (a portfolio member).
        var specs = [plan.calendar]
        var baseDays = [teamDays]
        var phaseBase = [Int](repeating: 0, count: plan.phases.count)
        for (index, phase) in plan.phases.enumerated() {
            // Phases come depth first: a parent's base is known before its children's.
            if let spec = phase.planCalendar {
                phaseBase[index] = specs.count
                specs.append(spec)
                baseDays.append(Self.days(weekends: spec.weekends, spec: spec, origin: origin, count: horizon))
            } else if let parent = phase.parent {
                phaseBase[index] = phaseBase[parent]
            }
        }
        let multiple = specs.count > 1
        let taskBase = multiple ? plan.tasks.indices.map { plan.tasks[$0].phase.map { phaseBase[$0] } ?? 0 } : []
        baseOfNode = multiple ? (taskBase + phaseBase).map { Int32($0) } : []
        bases = [team] + baseDays.dropFirst().map { days in DayCalendar(horizon: horizon) { days[$0] } }

        // Rows: one per role, then one per listed person, role by role.
        var roleIndex: [String: Int] = [:]
        for (index, role) in plan.roles.enumerated() { roleIndex[role.id] = index }
        var personRows: [[Int]] = []
        var rowOwner: [(role: Int, person: Int?)] = plan.roles.indices.map { ($0, nil) }
        for (index, role) in plan.roles.enumerated() {
            personRows.append(role.people.indices.map { rowOwner.count + $0 })
            rowOwner += role.people.indices.map { (index, $0) }
        }
        self.personRows = personRows
        func leave(ofRow row: Int) -> [DateRange] {
            let owner = rowOwner[row]
            return plan.roles[owner.role].daysOff + (owner.person.map { plan.roles[owner.role].people[$0].daysOff } ?? [])
        }
        func hasOwnCalendar(_ row: Int) -> Bool {
            let owner = rowOwner[row]
            return plan.roles[owner.role].hasOwnCalendar || owner.person.map { !plan.roles[owner.role].people[$0].daysOff.isEmpty } == true
        }
        struct RowBase: Hashable { var row: Int; var base: Int }
        var ownDays: [RowBase: [Bool]] = [:]
        func days(ofRow row: Int, base: Int) -> [Bool] {
            if let known = ownDays[RowBase(row: row, base: base)] { return known }
            let owner = rowOwner[row]
            var days = Self.roleDays(plan.roles[owner.role], plan: plan, spec: specs[base], teamDays: baseDays[base])
            if let person = owner.person { Self.mark(plan.roles[owner.role].people[person].daysOff, false, in: &days, origin: origin) }
            ownDays[RowBase(row: row, base: base)] = days
            return days
        }
        var calendars = [team]
        // `team`: some row of the task (or the task itself, without roles) keeps the base calendar.
        struct Key: Hashable { var rows: [Int]; var team: Bool; var continuous: Bool; var base: Int }
        var byKey: [Key: Int] = [Key(rows: [], team: true, continuous: false, base: 0): 0]
        for base in specs.indices.dropFirst() {
            byKey[Key(rows: [], team: true, continuous: false, base: base)] = base
            calendars.append(bases[base])
        }
        func calendar(for rows: [Int], continuous: Bool, base: Int) -> Int {
            let own = Array(Set(rows.filter(hasOwnCalendar))).sorted()
            // Every day is every day, whichever plan's calendar it would otherwise follow.
            let key = Key(rows: own, team: continuous || own.count < Set(rows).count || rows.isEmpty,
                          continuous: continuous, base: continuous ? 0 : base)
            if let existing = byKey[key] { return existing }
            var combined: [Bool]
            if continuous {
                // Every day, but a role's (or named person's) leave still keeps the task from those days.
                combined = [Bool](repeating: true, count: horizon)
                for row in key.rows { Self.mark(leave(ofRow: row), false, in: &combined, origin: origin) }
            } else {
                // The days on which every role of the task works (the base's when none has its own).
                combined = key.team ? baseDays[base] : days(ofRow: key.rows[0], base: base)
                for row in key.rows.dropFirst(key.team ? 0 : 1) {
                    let other = days(ofRow: row, base: base)
                    for day in combined.indices where combined[day] && !other[day] { combined[day] = false }
                }
            }
            calendars.append(DayCalendar(horizon: horizon) { combined[$0] })
            byKey[key] = calendars.count - 1
            return calendars.count - 1
        }
        var continuous = [Bool](repeating: false, count: plan.tasks.count)
        // By index, and straight to the base calendar when no role of the task has a calendar of
        // its own: most tasks, and no key to build or look up for them.
        let booking = plan.tasks.indices.map { index in
            let rows = plan.tasks[index].assignments.compactMap { assignment -> Int? in
                guard let role = roleIndex[assignment.role] else { return nil }
                // A named person works on their own days: the role's without their leave.
                guard let person = assignment.person, let at = plan.roles[role].people.firstIndex(where: { $0.id == person }) else { return role }
                return personRows[role][at]
            }
            continuous[index] = Self.isContinuous(index, in: plan)
            let base = multiple ? taskBase[index] : 0
            guard continuous[index] || rows.contains(where: hasOwnCalendar) else { return base }
            return calendar(for: rows, continuous: continuous[index], base: base)
        }
        bookingCalendar = booking
        if multiple {
            // Each role on each base; its availability is the union over the bases of the tasks
            // that book it (a day worked in one plan and not in the other is a working day).
            let byBase = specs.indices.map { base in plan.roles.indices.map { calendar(for: [$0], continuous: false, base: base) } }
            roleCalendarByBase = byBase
            var used = [Set<Int>](repeating: [], count: plan.roles.count)
            for task in plan.tasks.indices {
                for assignment in plan.tasks[task].assignments { if let role = roleIndex[assignment.role] { used[role].insert(taskBase[task]) } }
            }
            var unions: [[Int]: Int] = [:]
            var available: [Int] = []
            for role in plan.roles.indices {
                let ids = Set(used[role].map { byBase[$0][role] }).sorted()
                guard ids.count > 1 else {
                    available.append(ids.first ?? byBase[0][role])
                    continue
                }
                if let known = unions[ids] {
                    available.append(known)
                    continue
                }
                let members = ids.map { calendars[$0] }
                calendars.append(DayCalendar(horizon: horizon) { day in members.contains { $0.isWorking(day) } })
                unions[ids] = calendars.count - 1
                available.append(calendars.count - 1)
            }
            roleCalendar = available
        } else {
            roleCalendarByBase = []
            roleCalendar = plan.roles.indices.map { calendar(for: [$0], continuous: false, base: 0) }
        }
        var everyDay: Int?
        taskCalendar = plan.tasks.indices.map { index in
            guard plan.tasks[index].isElapsed else { return booking[index] }
            if everyDay == nil { everyDay = calendar(for: [], continuous: true, base: 0) }
            return everyDay ?? booking[index]
        }
        var starts = taskCalendar
        for task in starts.indices where continuous[task] && plan.tasks[task].isElapsed { starts[task] = booking[task] }
        startCalendar = starts
        self.continuous = continuous
        self.calendars = calendars
        capacityProfiles = rowOwner.map { owner in
            let role = plan.roles[owner.role]
            func days(_ range: DateRange) -> ClosedRange<Int>? {
                let first = max(origin.distance(to: range.first), 0)
                let last = min(origin.distance(to: range.last), horizon - 1)
                return first <= last ? first...last : nil
            }
            var profile = CapacityProfile(base: owner.person.map { role.people[$0].units } ?? role.capacity)
            if let person = owner.person {
                profile.off = (role.daysOff + role.people[person].daysOff).compactMap(days)
            } else {
                // A person on leave takes their units, and only theirs, from the role.
                for person in role.people {
                    profile.minus += person.daysOff.compactMap(days).map { ($0, person.units) }
                }
                profile.atMost = role.rota.compactMap { shift in days(shift.days).map { ($0, Double(shift.onDuty)) } }
                profile.off = role.daysOff.compactMap(days)  // leave wins over duty
            }
            return profile
        }
    }

    /// The base calendar of a node (a task, or `tasks + phase` for a phase summary): the
    /// calendar its lags, milestones and lateness count on.
    func base(ofNode node: Int) -> DayCalendar {
        baseOfNode.isEmpty || node >= baseOfNode.count ? team : bases[Int(baseOfNode[node])]
    }

    /// A role's calendar for a task: on the task's base when there are several.
    func roleCalendar(_ role: Int, forTask task: Int) -> DayCalendar {
        guard !roleCalendarByBase.isEmpty, task < baseOfNode.count else { return calendars[roleCalendar[role]] }
        return calendars[roleCalendarByBase[Int(baseOfNode[task])][role]]
    }

    /// Units row `row` (a role, or a person) can give on `day`.
    func capacity(ofRow row: Int, on day: Int) -> Double {
        capacityProfiles[row].value(on: day)
    }

    /// Person-days per day of row `row` when nobody is away: a role's headcount (or its
    /// people's units), a person's units.
    func rowCapacity(_ row: Int) -> Double { capacityProfiles[row].base }

    /// A point moved by a link's lag: working days of its successor's base calendar, or calendar days for
    /// a `cd` lag (elapsed; a lead stops at the plan start). `nil` past the horizon.
    func advance(_ point: Int, by link: TaskNetwork.Link) -> Int? {
        guard link.elapsed else { return base(ofNode: link.target).advance(point, byWorkingDays: Int(link.lag)) }
        let moved = point + Int(link.lag)
        return moved > team.horizon ? nil : max(moved, 0)
    }

    /// The latest point `p` with `advance(p, by: link) <= bound`, for the backward pass.
    func latestPoint(advancedBy link: TaskNetwork.Link, notAfter bound: Int) -> Int {
        guard link.elapsed else { return base(ofNode: link.target).latestPoint(advancedBy: Int(link.lag), notAfter: bound) }
        // Bounds past the horizon (no limit) stay there; the lag is at most 10,000 days.
        let clamped = min(bound, team.horizon + 20_000)
        return min(max(clamped - Int(link.lag), 0), team.horizon)
    }
}
