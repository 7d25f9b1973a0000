import PlanModel

extension SchedulingRun {
    func result() -> Schedule {
        let taskCount = plan.tasks.count
        var tasks: [ScheduledTask] = []
        tasks.reserveCapacity(taskCount)
        let levelingDelays = !unleveledStart.isEmpty
        var critical = [Bool](repeating: false, count: taskCount)
        for index in 0..<taskCount {
            let milestone = lengths[index] == 0
            let start = earlyStart[index], end = earlyEnd[index]
            // A milestone at the end of a day shows that day; one at its start, its own.
            let shownStart = milestone && endOfDayMilestone[index] ? start - 1 : start
            let shownFinish = milestone ? shownStart : end - 1
            let total = failed ? 0 : totalFloat(index)
            let free = failed ? 0 : freeFloat(index, total: total)
            critical[index] = !failed && total <= 0
            var delay = 0
            // Milestones too: leveling moves one whenever it moves what it waits for.
            if levelingDelays { delay = max(0, workingDays(from: unleveledStart[index], to: start, task: index)) }
            let shares = index < roleDelays.count ? roleDelays[index].map { RoleDelay(role: plan.roles[$0.role].id, days: $0.days) } : []
            // The longest share names the role; the first met wins a tie.
            let main = shares.enumerated().max { ($0.element.days, -$0.offset) < ($1.element.days, -$1.offset) }?.element.role
            let late = failed ? start : max(fixedLateStart.isEmpty ? lateStart[index] : fixedLateStart[index] ?? lateStart[index], start)
            let lateEnd = milestone ? late : (failed ? end : calendar(ofTask: index).endPoint(startingAt: late, length: lengths[index]) ?? end)
            tasks.append(ScheduledTask(
                // Fields by index: a copy of the task would retain every one of them.
                id: plan.tasks[index].id, name: plan.tasks[index].name, phase: plan.tasks[index].phase.map { plan.phases[$0].id },
                milestone: milestone,
                start: date(shownStart), finish: date(shownFinish), workingDays: lengths[index],
                totalFloat: total, freeFloat: free, critical: critical[index],
                roles: plan.tasks[index].assignments.map(\.role),
                people: assignedPeople.isEmpty ? plan.tasks[index].assignments.compactMap(\.person) : personIDs(of: index),
                leveledDelay: delay,
                delayedBy: main, delayedByRoles: shares,
                startPoint: start, endPoint: end, lateStartPoint: late, lateEndPoint: lateEnd, deadline: plan.tasks[index].deadline
            ))
        }
        let phases = plan.phases.enumerated().map { position, phase -> ScheduledPhase in
            guard !phase.taskRange.isEmpty else {
                // A phase without tasks is the point its own links give it.
                let point = date(earlyStart[network.summaryNode(position)])
                return ScheduledPhase(id: phase.id, name: phase.name, parent: phase.parent.map { plan.phases[$0].id },
                                      start: point, finish: point, workingDays: 0, critical: false)
            }
            let members = tasks[phase.taskRange]
            let first = members.map(\.start).min() ?? plan.start
            let last = members.map(\.finish).max() ?? plan.start
            let startPoint = members.map(\.startPoint).min() ?? 0
            let endPoint = members.map(\.endPoint).max() ?? 0
            let base = calendars.base(ofNode: network.summaryNode(position))
            return ScheduledPhase(
                id: phase.id, name: phase.name, parent: phase.parent.map { plan.phases[$0].id },
                start: first, finish: last,
                workingDays: base.workingDays(before: endPoint) - base.workingDays(before: startPoint),
                critical: members.contains(where: \.critical)
            )
        }
        let finish = tasks.map(\.finish).max() ?? plan.start
        let chains = failed ? [] : criticalChains(critical: critical).map { $0.map { plan.tasks[$0].id } }
        return Schedule(
            planID: plan.id, start: plan.start, finish: finish, tasks: tasks, phases: phases,
            criticalPath: tasks.filter(\.critical).map(\.id), criticalPaths: chains,
            busiestRoleDays: failed ? [] : busiestRoleDays(tasks), leveled: options.level,
            diagnostics: diagnostics, levelingRule: failed ? nil : levelingRule
        )
    }

    /// Load per role and day, from the final dates: `loads[role][day]`. Computed once: it is
    /// only asked for when the dates are final (resource links, over-allocation, busiest days).
    func roleLoads() -> [[Double]] {
        if let finalLoads { return finalLoads }
        let days = max(projectEnd, 1)
        var loads = [[Double]](repeating: [Double](repeating: 0, count: days), count: plan.roles.count)
        for task in plan.tasks.indices where lengths[task] > 0 {
            let roles = assignments[task]
            forEachBookedDay(of: task, from: earlyStart[task]) { day, share in
                guard day < days else { return }
                for (role, units) in roles { loads[role][day] += units * share }
            }
        }
        finalLoads = loads
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
            for (day, units) in load.enumerated() where units > 0 {
                let candidate = RoleDay(role: plan.roles[role].id, date: date(day), load: units, capacity: capacity(ofRole: role, on: day))
                if best.count == options.busiestCount, let last = best.last, key(candidate) >= key(last) { continue }
                let position = best.firstIndex { key(candidate) < key($0) } ?? best.count
                best.insert(candidate, at: position)
                if best.count > options.busiestCount { best.removeLast() }
            }
        }
        return best
    }
}
