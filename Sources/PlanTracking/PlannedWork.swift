import PlanModel

/// Person-days of work a task stands for, the unit of the earned schedule.
///
/// An effort task is its effort. A duration task is its working days times the units of its
/// roles (one person when it names none: someone does the work). A milestone is no work.
public enum PlannedWork {
    public static func of(_ task: PlanTask, workingDays: Int) -> Double {
        switch task.length {
        case .milestone: return 0
        case .effort(let effort): return effort.days
        case .duration:
            let units = task.assignments.reduce(0.0) { $0 + $1.units }
            return Double(workingDays) * (units > 0 ? units : 1)
        }
    }
}
