import PlanModel

/// Findings about a computed schedule: missed deadlines and, without leveling, roles asked
/// to do more than their headcount.
extension SchedulingRun {
    func checkDeadlines() {
        for (index, task) in plan.tasks.enumerated() {
            guard let deadline = task.deadline else { continue }
            let due = plan.start.distance(to: deadline) + 1  // the end of the deadline day
            let end = lengths[index] == 0 && !endOfDayMilestone[index] ? earlyEnd[index] + 1 : earlyEnd[index]
            guard end > due else { continue }
            let late = max(1, calendars.team.workingDays(before: end) - calendars.team.workingDays(before: due))
            var chain: [String] = [task.id]
            var notes: [Diagnostic.Note] = []
            var current = index
            var seen: Set<Int> = [index]
            while let linkIndex = drivingLink[current] {
                let link = network.links[linkIndex]
                let from = link.source < plan.tasks.count ? link.source : nil
                let name = from.map { plan.tasks[$0].id } ?? "phase '\(plan.phases[link.source - plan.tasks.count].id)'"
                chain.append(name)
                notes.append(Diagnostic.Note("'\(plan.tasks[current].id)' waits for \(name)", at: network.locations[linkIndex]))
                guard let next = from, seen.insert(next).inserted else { break }
                current = next
            }
            var leveling = ""
            if !unleveledStart.isEmpty, earlyStart[index] > unleveledStart[index] {
                let delay = workingDays(from: unleveledStart[index], to: earlyStart[index], task: index)
                let role = leveledDelayRole[index].map { " while role '\(plan.roles[$0].id)' was busy" } ?? " by its predecessors' leveling"
                leveling = "; leveling delayed it \(delay) working day\(delay == 1 ? "" : "s")\(role)"
            }
            let shown = lengths[index] == 0 ? (endOfDayMilestone[index] ? date(earlyEnd[index] - 1) : date(earlyEnd[index])) : date(earlyEnd[index] - 1)
            warning(.missedDeadline,
                    "task '\(task.id)' finishes on \(shown), \(late) working day\(late == 1 ? "" : "s") after its deadline \(deadline); driven by \(chain.reversed().joined(separator: " → "))\(leveling)",
                    at: task.location, hint: "shorten or overlap the tasks in this chain, or move the deadline", notes: notes)
        }
        checkPhaseDeadlines()
    }

    private func checkPhaseDeadlines() {
        for (position, phase) in plan.phases.enumerated() {
            guard let deadline = phase.deadline, !phase.taskRange.isEmpty else { continue }
            let node = network.summaryNode(position)
            let due = plan.start.distance(to: deadline) + 1
            guard earlyEnd[node] > due else { continue }
            let late = max(1, calendars.team.workingDays(before: earlyEnd[node]) - calendars.team.workingDays(before: due))
            let last = phase.taskRange.max { earlyEnd[$0] < earlyEnd[$1] } ?? phase.taskRange.lowerBound
            warning(.missedDeadline,
                    "phase '\(phase.id)' finishes on \(date(earlyEnd[node] - 1)), \(late) working day\(late == 1 ? "" : "s") after its deadline \(deadline); its last task is '\(plan.tasks[last].id)'",
                    at: phase.location, hint: "shorten or overlap the phase's tasks, or move the deadline")
        }
    }

    func reportOverallocation() {
        for (role, load) in roleLoads().enumerated() {
            let capacity = Double(plan.roles[role].headcount)
            let over = load.indices.filter { load[$0] > capacity + 1e-9 }
            // The highest load, earliest first among equals.
            guard let peak = over.max(by: { (load[$0], -$0) < (load[$1], -$1) }) else { continue }
            warning(.overallocation,
                    "role '\(plan.roles[role].id)' is over-allocated on \(over.count) day\(over.count == 1 ? "" : "s"); peak \(ValueFormatter.grouped(load[peak], maxFraction: 2)) of \(plan.roles[role].headcount) on \(date(peak))",
                    at: plan.roles[role].location, hint: "schedule with leveling (the default) to delay tasks within capacity")
        }
    }
}
