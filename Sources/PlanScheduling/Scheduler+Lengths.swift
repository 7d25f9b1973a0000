import PlanModel

extension Scheduler {
    /// The working days each task lasts (0 for a milestone), as every schedule of the plan
    /// gives them in `ScheduledTask.workingDays`: they come from the plan alone, not from
    /// where the task lands. A part day rounds up to a whole day; effort is shared by every
    /// unit assigned.
    public static func workingLengths(of plan: Plan) -> [Int] {
        // Fields read by index: iterating the tasks would copy each one, every field retained.
        plan.tasks.indices.map { index in
            switch plan.tasks[index].length {
            case .milestone: return 0
            case .duration(let duration): return max(1, Int(duration.days.rounded(.up)))
            case .effort(let effort): return max(1, Int((effort.days / plan.tasks[index].totalUnits - 1e-9).rounded(.up)))
            }
        }
    }
}
