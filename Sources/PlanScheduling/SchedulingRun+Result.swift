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

    /// Load per role and day, from the final dates: `loads[role][day]`.
    func roleLoads() -> [[Double]] {
        var roleIndex: [String: Int] = [:]
        for (index, role) in plan.roles.enumerated() { roleIndex[role.id] = index }
        let days = max(projectEnd, 1)
        var loads = [[Double]](repeating: [Double](repeating: 0, count: days), count: plan.roles.count)
        for task in plan.tasks.indices where lengths[task] > 0 {
            let calendar = calendar(ofTask: task)
            let first = calendar.workingDays(before: earlyStart[task])
            let roles = plan.tasks[task].assignments.compactMap { a in roleIndex[a.role].map { ($0, a.units) } }
            for index in first..<(first + lengths[task]) {
                guard let day = calendar.day(ofWorkingDay: index), day < days else { break }
                for (role, units) in roles { loads[role][day] += units }
            }
        }
        return loads
    }

    /// The most loaded role-days, by load over capacity, then load, date and role.
    ///
    /// - Complexity: O(roles × days × count), with a small `count`.
    private func busiestRoleDays(_ tasks: [ScheduledTask]) -> [RoleDay] {
        func key(_ day: RoleDay) -> (Double, Double, Int, String) {
            (day.capacity > 0 ? -day.load / day.capacity : -.infinity, -day.load, day.date.daysSinceEpoch, day.role)
        }
        var best: [RoleDay] = []
        for (role, load) in roleLoads().enumerated() {
            let capacity = Double(plan.roles[role].headcount)
            for (day, units) in load.enumerated() where units > 0 {
                let candidate = RoleDay(role: plan.roles[role].id, date: date(day), load: units, capacity: capacity)
                if best.count == options.busiestCount, let last = best.last, key(candidate) >= key(last) { continue }
                let position = best.firstIndex { key(candidate) < key($0) } ?? best.count
                best.insert(candidate, at: position)
                if best.count > options.busiestCount { best.removeLast() }
            }
        }
        return best
    }
}
