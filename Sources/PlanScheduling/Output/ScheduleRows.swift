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
        forEachRow(plan: plan) { rows.append($0) }
        return rows
    }

    /// The rows of `rows(plan:)`, one at a time, for a caller that turns each into something
    /// else: no array of rows (each a copy of its task, every field retained) is built.
    public func forEachRow(plan: Plan, _ body: (ScheduleRow) -> Void) {
        var next = 0
        func emitPhases(upTo index: Int) {
            while next < phases.count, plan.phases[next].taskRange.lowerBound <= index {
                let range = plan.phases[next].taskRange
                let members = tasks[range]
                var roles: [String] = []
                for task in members { for role in task.roles where !roles.contains(role) { roles.append(role) } }
                body(.phase(phases[next], depth: plan.phases[next].depth,
                            totalFloat: members.map(\.totalFloat).min() ?? 0, roles: roles))
                next += 1
            }
        }
        for index in tasks.indices {
            emitPhases(upTo: index)
            let depth = plan.tasks[index].phase.map { plan.phases[$0].depth + 1 } ?? 0
            body(.task(tasks[index], depth: depth))
        }
        emitPhases(upTo: Int.max)
    }
}
