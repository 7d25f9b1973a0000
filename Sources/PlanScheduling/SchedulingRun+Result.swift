import PlanModel

extension SchedulingRun {
    func result() -> Schedule {
        let taskCount = plan.tasks.count
        var tasks: [ScheduledTask] = []
        tasks.reserveCapacity(taskCount)
        let levelingDelays = !unleveledStart.isEmpty
        for index in 0..<taskCount {
            let task = plan.tasks[index]
            let milestone = lengths[index] == 0
            let start = earlyStart[index], end = earlyEnd[index]
            // A milestone at the end of a day shows that day; one at its start, its own.
            let shownStart = milestone && endOfDayMilestone[index] ? start - 1 : start
            let shownFinish = milestone ? shownStart : end - 1
            let total = failed ? 0 : workingDays(from: start, to: max(lateStart[index], start), task: index)
            let free = failed ? 0 : min(workingDays(from: start, to: max(freeStart[index], start), task: index), total)
            var delay = 0
            if levelingDelays, !milestone { delay = max(0, workingDays(from: unleveledStart[index], to: start, task: index)) }
            tasks.append(ScheduledTask(
                id: task.id, name: task.name, phase: task.phase.map { plan.phases[$0].id }, milestone: milestone,
                start: date(shownStart), finish: date(shownFinish), workingDays: lengths[index],
                totalFloat: total, freeFloat: free, critical: !failed && total <= 0,
                roles: task.assignments.map(\.role), leveledDelay: delay,
                delayedBy: delay > 0 ? leveledDelayRole[index].map { plan.roles[$0].id } : nil,
                startPoint: start, endPoint: end, deadline: task.deadline
            ))
        }
        let phases = plan.phases.enumerated().map { position, phase -> ScheduledPhase in
            let members = tasks[phase.taskRange]
            let first = members.map(\.start).min() ?? plan.start
            let last = members.map(\.finish).max() ?? plan.start
            let startPoint = members.map(\.startPoint).min() ?? 0
            let endPoint = members.map(\.endPoint).max() ?? 0
            return ScheduledPhase(
                id: phase.id, name: phase.name, parent: phase.parent.map { plan.phases[$0].id },
                start: first, finish: last,
                workingDays: calendars.team.workingDays(before: endPoint) - calendars.team.workingDays(before: startPoint),
                critical: members.contains(where: \.critical)
            )
        }
        let finish = tasks.map(\.finish).max() ?? plan.start
        let critical = tasks.indices.filter { tasks[$0].critical }
            .sorted { (tasks[$0].startPoint, $0) < (tasks[$1].startPoint, $1) }
            .map { tasks[$0].id }
        return Schedule(
            planID: plan.id, start: plan.start, finish: finish, tasks: tasks, phases: phases,
            criticalPath: critical, busiestRoleDays: failed ? [] : busiestRoleDays(tasks), leveled: options.level,
            diagnostics: diagnostics
        )
    }

    /// Load per role and day, from the final dates.
    func roleLoads() -> [[Int: Double]] {
        var roleIndex: [String: Int] = [:]
        for (index, role) in plan.roles.enumerated() { roleIndex[role.id] = index }
        var loads = [[Int: Double]](repeating: [:], count: plan.roles.count)
        for (task, planTask) in plan.tasks.enumerated() where lengths[task] > 0 {
            let calendar = calendar(ofTask: task)
            var index = calendar.workingDays(before: earlyStart[task])
            for _ in 0..<lengths[task] {
                guard let day = calendar.day(ofWorkingDay: index) else { break }
                for assignment in planTask.assignments {
                    if let role = roleIndex[assignment.role] { loads[role][day, default: 0] += assignment.units }
                }
                index += 1
            }
        }
        return loads
    }

    private func busiestRoleDays(_ tasks: [ScheduledTask]) -> [RoleDay] {
        var days: [RoleDay] = []
        for (role, load) in roleLoads().enumerated() {
            for (day, units) in load {
                days.append(RoleDay(role: plan.roles[role].id, date: date(day), load: units,
                                    capacity: Double(plan.roles[role].headcount)))
            }
        }
        func ratio(_ day: RoleDay) -> Double { day.capacity > 0 ? day.load / day.capacity : .infinity }
        days.sort { (-ratio($0), -$0.load, $0.date, $0.role) < (-ratio($1), -$1.load, $1.date, $1.role) }
        return Array(days.prefix(options.busiestCount))
    }
}
