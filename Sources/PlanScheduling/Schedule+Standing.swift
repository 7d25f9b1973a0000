import PlanModel

extension Schedule {
    /// A forecast as the exports show it: each task with the roles the plan assigns it and
    /// from its actual start. The forecast schedules done work without its roles (it no longer
    /// uses capacity) and work in progress from the day after the status date; a chart of the
    /// forecast still colors, notes and filters that work by the roles that did it, and draws
    /// it from the day it started.
    ///
    /// - Parameter actualStarts: by task id; a start later than the forecast's is ignored.
    /// - Complexity: O(tasks + phases + days of the moved starts).
    public func standing(plan: Plan, actualStarts: [String: CivilDate]) -> Schedule {
        guard plan.tasks.count == tasks.count else { return self }
        var changed = false
        var restored = tasks
        for index in restored.indices {
            let roles = plan.tasks[index].assignments.map(\.role)
            let task = restored[index]
            let actual = actualStarts[task.id].flatMap { $0 < task.start && !task.milestone ? $0 : nil }
            guard task.id == plan.tasks[index].id, task.roles != roles || actual != nil else { continue }
            var days = task.workingDays
            if let actual {
                days = 0
                var day = actual
                while day <= task.finish {
                    if plan.calendarSpec(ofTask: index).isWorkingDay(day) { days += 1 }
                    day = day.advanced(by: 1)
                }
            }
            changed = true
            restored[index] = ScheduledTask(
                id: task.id, name: task.name, phase: task.phase, milestone: task.milestone, start: actual ?? task.start, finish: task.finish,
                workingDays: days, totalFloat: task.totalFloat, freeFloat: task.freeFloat, critical: task.critical,
                roles: roles, leveledDelay: task.leveledDelay, delayedBy: task.delayedBy, delayedByRoles: task.delayedByRoles,
                startPoint: task.startPoint, endPoint: task.endPoint, lateStartPoint: task.lateStartPoint,
                lateEndPoint: task.lateEndPoint, deadline: task.deadline)
        }
        guard changed else { return self }
        // A phase spans its tasks: one whose work started before the forecast resumes it
        // starts when that work did.
        var spans = phases
        let ranges = Dictionary(plan.phases.indices.map { (plan.phases[$0].id, (range: plan.phases[$0].taskRange, calendar: plan.calendarSpec(ofPhase: $0))) },
                                uniquingKeysWith: { first, _ in first })
        for index in spans.indices {
            let phase = spans[index]
            guard let (range, calendar) = ranges[phase.id], !range.isEmpty, range.upperBound <= restored.count,
                  let first = restored[range].map(\.start).min(), first < phase.start else { continue }
            var days = 0
            var day = first
            while day <= phase.finish {
                if calendar.isWorkingDay(day) { days += 1 }
                day = day.advanced(by: 1)
            }
            spans[index] = ScheduledPhase(id: phase.id, name: phase.name, parent: phase.parent, start: first, finish: phase.finish,
                                          workingDays: days, critical: phase.critical)
        }
        return Schedule(planID: planID, start: min(start, spans.map(\.start).min() ?? start), finish: finish, tasks: restored, phases: spans, criticalPath: criticalPath,
                        criticalPaths: criticalPaths, busiestRoleDays: busiestRoleDays, leveled: leveled, diagnostics: diagnostics,
                        levelingRule: levelingRule)
    }
}
