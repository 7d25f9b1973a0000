import PlanModel
import PlanScheduling

extension TrackedSchedule {
    /// What the exports draw and list of each task, milestone and phase (by id): baseline
    /// dates, % complete, actual dates, slip, late.
    ///
    /// - Complexity: O(tasks + phases).
    public var rowProgress: [String: RowProgress] {
        var rows: [String: RowProgress] = [:]
        rows.reserveCapacity(tasks.count + phases.count)
        let late: TrackingFlags = [.lateStart, .lateFinish]
        for task in tasks {
            rows[task.id] = RowProgress(
                baselineStart: task.baselineStart, baselineFinish: task.baselineFinish, slip: task.slip,
                percentComplete: task.progress.percentComplete, actualStart: task.progress.actualStart,
                actualFinish: task.progress.actualFinish, late: !task.flags.isDisjoint(with: late))
        }
        for phase in phases {
            let done = phase.percentComplete >= 1
            rows[phase.id] = RowProgress(
                baselineStart: phase.baselineStart, baselineFinish: phase.baselineFinish, slip: phase.slip,
                percentComplete: phase.percentComplete, actualStart: phase.percentComplete > 0 ? phase.start : nil, actualFinish: done ? phase.finish : nil,
                late: !phase.flags.isDisjoint(with: late))
        }
        for entry in baseline.entries {
            rows[entry.id]?.baselineDuration = entry.duration
            rows[entry.id]?.baselineWork = entry.work
        }
        return rows
    }

    /// The name of the baseline compared with, as the exports show it.
    public var baselineLabel: String { baseline.name }
}

extension TrackedSchedule {
    /// The forecast as the exports draw and list it: roles as planned, work from its actual
    /// start (`Schedule.standing`).
    public func standingSchedule(plan: Plan) -> Schedule {
        var starts: [String: CivilDate] = [:]
        for task in tasks { if let start = task.progress.actualStart { starts[task.id] = start } }
        return forecast.standing(plan: plan, actualStarts: starts)
    }
}
