import PlanModel

/// A status file (`PLAN.status.yaml`): the status date and what is known of each task on it.
/// An immutable value; the plan is never touched.
public struct StatusFile: Sendable, Equatable {
    /// The status date: work reported is work done by the end of this day.
    public let asOf: CivilDate
    /// In file order, at most one per task.
    public let tasks: [TaskStatus]
    /// The file, or `nil` when no file was read (`--as-of` alone: nothing started yet).
    public let path: String?

    public init(asOf: CivilDate, tasks: [TaskStatus] = [], path: String? = nil) {
        self.asOf = asOf
        self.tasks = tasks
        self.path = path
    }

    public func status(of id: String) -> TaskStatus? { tasks.first { $0.id == id } }
}
