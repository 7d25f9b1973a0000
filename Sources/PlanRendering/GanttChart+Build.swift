import PlanModel
import PlanScheduling

extension GanttChart {
    /// Selects and orders what to draw.
    ///
    /// - Complexity: O(rows + dependencies).
    public init(plan: Plan, schedule: Schedule, options: GanttOptions = GanttOptions()) {
        planID = plan.id
        title = options.title ?? plan.title
        calendar = Self.shadedCalendar(of: plan)
        today = options.today
        scale = options.scale
        paper = options.paper
        language = options.language
        focusRole = options.role
        leveled = schedule.leveled
        roleColors = GanttPalette.colors(forPlanRoles: plan.roles.map(\.id))
        let phaseIndex = Dictionary(plan.phases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let taskIndex = Dictionary(plan.tasks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var allowed: Range<Int>? = nil
        if let phase = options.phase, let index = phaseIndex[phase] { allowed = plan.phases[index].taskRange }
        var visibleTasks = Set<Int>()
        for (index, task) in schedule.tasks.enumerated() {
            if let allowed, !allowed.contains(index) { continue }
            if options.criticalOnly && !task.critical { continue }
            if let role = options.role, !task.roles.contains(role) { continue }
            visibleTasks.insert(index)
        }
        func targetTexts(_ targets: [Target]) -> [String] {
            targets.map { target in
                let metric = plan.metric(target.metric)
                return "\(metric?.name ?? target.metric) \(ValueFormatter.format(target.value, as: metric?.format, unit: metric?.unit))"
            }
        }
        var peopleNames: [String: String] = [:]
        for role in plan.roles { for person in role.people { peopleNames[role.id + "/" + person.id] = person.name } }
        var rows: [Row] = []
        var shownIDs = Set<String>()
        // Plans with different calendars charted together: each row counts on its own plan's.
        var calendarOf: [String: CalendarSpec] = [:]
        let phaseCalendars = plan.hasPhaseCalendars
        let memberPlans = Self.memberCalendars(of: plan)
        memberCalendars = memberPlans.calendars
        for row in schedule.rows(plan: plan) {
            switch row {
            case let .phase(phase, depth, totalFloat, _):
                guard let index = phaseIndex[phase.id], plan.phases[index].taskRange.contains(where: visibleTasks.contains) else { continue }
                let planPhase = plan.phases[index]
                let calendar = phaseCalendars ? plan.calendarSpec(ofPhase: index) : plan.calendar
                if phaseCalendars { calendarOf[phase.id] = calendar }
                let members = planPhase.taskRange.filter(visibleTasks.contains).map { schedule.tasks[$0] }
                // A filter keeps only some of a phase's tasks: its bar spans those, as MS Project
                // draws a summary of what it holds, and its working days are counted again.
                let spanStart = members.map(\.start).min() ?? phase.start
                let spanFinish = members.map(\.finish).max() ?? phase.finish
                let whole = spanStart == phase.start && spanFinish == phase.finish
                var shownRoles: [String] = []
                for member in members { for role in member.roles where !shownRoles.contains(role) { shownRoles.append(role) } }
                rows.append(Row(
                    kind: .phase, id: phase.id, name: phase.name, depth: depth, parent: phase.parent,
                    start: spanStart, finish: spanFinish,
                    workingDays: whole ? phase.workingDays : calendar.workingDays(from: spanStart, through: spanFinish),
                    totalFloat: totalFloat, freeFloat: totalFloat, critical: phase.critical, roles: shownRoles, units: [],
                    leveledDelay: 0, delayedBy: nil, notes: planPhase.notes, targets: targetTexts(planPhase.targets),
                    stage: planPhase.stage,
                    deadline: planPhase.deadline,
                    lateDays: Self.lateDays(finish: spanFinish, deadline: planPhase.deadline, calendar: calendar),
                    memberCalendar: phaseCalendars ? memberPlans.ofPhase[index] : nil
                ))
                shownIDs.insert(phase.id)
            case let .task(task, depth):
                guard let index = taskIndex[task.id], visibleTasks.contains(index) else { continue }
                let planTask = plan.tasks[index]
                let calendar = phaseCalendars ? plan.calendarSpec(ofTask: index) : plan.calendar
                if phaseCalendars { calendarOf[task.id] = calendar }
                var row = Row(
                    kind: task.milestone ? .milestone : .task, id: task.id, name: task.name, depth: depth, parent: task.phase,
                    start: task.start, finish: task.finish, workingDays: task.workingDays, totalFloat: task.totalFloat,
                    freeFloat: task.freeFloat,
                    critical: task.critical, roles: task.roles, units: planTask.assignments.map(\.units),
                    leveledDelay: task.leveledDelay, delayedBy: task.delayedBy, notes: planTask.notes,
                    targets: targetTexts(planTask.targets), stage: planTask.stage, delayedByRoles: task.delayedByRoles,
                    deadline: planTask.deadline,
                    lateDays: Self.lateDays(finish: task.finish, deadline: planTask.deadline, calendar: calendar),
                    pin: planTask.start
                )
                if phaseCalendars { row.memberCalendar = planTask.phase.map { memberPlans.ofPhase[$0] } ?? 0 }
                row.people = planTask.assignments.compactMap { assignment in
                    assignment.person.map { person in peopleNames[assignment.role + "/" + person] ?? person }
                }
                rows.append(row)
                shownIDs.insert(task.id)
            }
        }
        self.rows = rows
        var links: [Link] = []
        func lagDays(_ lag: WorkDuration) -> Int { lag.days >= 0 ? Int(lag.days.rounded(.up)) : -Int((-lag.days).rounded(.up)) }
        for task in plan.tasks where shownIDs.contains(task.id) {
            for dependency in task.dependencies where shownIDs.contains(dependency.predecessorID) {
                links.append(Link(from: dependency.predecessorID, to: task.id, kind: dependency.kind, lagDays: lagDays(dependency.lag),
                                  lagInCalendarDays: dependency.lag.calendarDays))
            }
        }
        for phase in plan.phases where shownIDs.contains(phase.id) {
            for dependency in phase.dependencies where shownIDs.contains(dependency.predecessorID) {
                links.append(Link(from: dependency.predecessorID, to: phase.id, kind: dependency.kind, lagDays: lagDays(dependency.lag),
                                  lagInCalendarDays: dependency.lag.calendarDays))
            }
        }
        self.links = Self.markingDriving(links, rows: rows, calendar: plan.calendar, calendarOf: calendarOf)
        let usedRoles = Set(rows.filter { $0.kind != .phase }.flatMap(\.roles))
        roles = plan.roles.filter { usedRoles.contains($0.id) }.map { ($0.id, $0.name) }
        start = rows.map(\.start).min() ?? schedule.start
        finish = rows.map(\.finish).max() ?? schedule.finish
        criticalPath = schedule.criticalPath.filter(shownIDs.contains)
        criticalPaths = schedule.criticalPaths.map { $0.filter(shownIDs.contains) }.filter { !$0.isEmpty }
        let shownRoles = Set(roles.map(\.id))
        busiestRoleDays = schedule.busiestRoleDays.filter { shownRoles.contains($0.role) && (options.role == nil || $0.role == options.role) }
    }
}

extension GanttChart {
    /// Working days from the day after a deadline through the finish, at least 1 when the
    /// finish is past the deadline: the count the scheduler's `missed_deadline` warning gives.
    static func lateDays(finish: CivilDate, deadline: CivilDate?, calendar: CalendarSpec) -> Int {
        guard let deadline, finish > deadline else { return 0 }
        return max(1, calendar.workingDays(from: deadline.advanced(by: 1), through: finish))
    }
}

extension CalendarSpec {
    /// Working days from one date through another, both included.
    ///
    /// - Complexity: O(days × calendar ranges); only for phase spans a filter shortened.
    func workingDays(from first: CivilDate, through last: CivilDate) -> Int {
        var count = 0
        var day = first
        while day <= last {
            if isWorkingDay(day) { count += 1 }
            day = day.advanced(by: 1)
        }
        return count
    }
}
