import PlanModel
import PlanScheduling

extension Baseline {
    /// The baseline of a plan as scheduled now: every task, phase and milestone with its
    /// dates, planned person-days and working days.
    ///
    /// - Precondition: `schedule` was computed from `plan` (same tasks and phases, in order).
    /// - Complexity: O(tasks + phases).
    public static func capture(name: String, plan: Plan, schedule: Schedule, savedAt: String, revision: String) -> Baseline {
        var entries: [BaselineEntry] = []
        entries.reserveCapacity(plan.tasks.count + plan.phases.count)
        var work = [Double](repeating: 0, count: plan.tasks.count)
        for index in plan.tasks.indices where index < schedule.tasks.count {
            let task = schedule.tasks[index]
            work[index] = PlannedWork.of(plan.tasks[index], workingDays: task.workingDays)
            entries.append(BaselineEntry(id: task.id, kind: task.milestone ? .milestone : .task, start: task.start,
                                         finish: task.finish, work: work[index], duration: task.workingDays))
        }
        for (index, phase) in schedule.phases.enumerated() where index < plan.phases.count {
            let range = plan.phases[index].taskRange.clamped(to: 0..<work.count)
            entries.append(BaselineEntry(id: phase.id, kind: .phase, start: phase.start, finish: phase.finish,
                                         work: work[range].reduce(0, +), duration: phase.workingDays))
        }
        return Baseline(name: name, savedAt: savedAt, revision: revision, start: schedule.start, finish: schedule.finish,
                        entries: entries)
    }
}
