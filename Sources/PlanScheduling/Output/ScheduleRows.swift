import PlanModel

/// The schedule as outline rows: each phase as a summary row just before its first task,
/// tasks in plan order. Shared by the table, CSV and JSON outputs.
public enum ScheduleRow: Sendable {
    case phase(ScheduledPhase, depth: Int, totalFloat: Int, roles: [String])
    case task(ScheduledTask, depth: Int)
}

extension Schedule {
    public func rows(plan: Plan) -> [ScheduleRow] {
        var rows: [ScheduleRow] = []
        rows.reserveCapacity(tasks.count + phases.count)
        var next = 0
        func emitPhases(upTo index: Int) {
            while next < phases.count, plan.phases[next].taskRange.lowerBound <= index {
                let range = plan.phases[next].taskRange
                let members = tasks[range]
                var roles: [String] = []
                for task in members { for role in task.roles where !roles.contains(role) { roles.append(role) } }
                rows.append(.phase(phases[next], depth: plan.phases[next].depth,
                                   totalFloat: members.map(\.totalFloat).min() ?? 0, roles: roles))
                next += 1
            }
        }
        for (index, task) in tasks.enumerated() {
            emitPhases(upTo: index)
            let depth = plan.tasks[index].phase.map { plan.phases[$0].depth + 1 } ?? 0
            rows.append(.task(task, depth: depth))
        }
        emitPhases(upTo: Int.max)
        return rows
    }
}
