import PlanModel

/// One task's progress on the status date, resolved from its status entry and the plan:
/// what the rescheduling pins and what the earned schedule counts (rules in docs/tracking.md).
public struct TaskProgress: Sendable, Equatable {
    public enum State: String, Sendable {
        case notStarted, inProgress, done
    }

    public let state: State
    /// The first day worked, as reported (or inferred, see `resolve`); `nil` when not started.
    public let actualStart: CivilDate?
    /// The day it was done (a milestone: reached); `nil` until then.
    public let actualFinish: CivilDate?
    /// 0…1, of the task's work.
    public let percentComplete: Double
    /// Working days still needed after the status date (0 when done; the planned length when
    /// not started).
    public let remainingDays: Int
    public let note: String?

    public init(state: State, actualStart: CivilDate?, actualFinish: CivilDate?, percentComplete: Double, remainingDays: Int, note: String?) {
        self.state = state
        self.actualStart = actualStart
        self.actualFinish = actualFinish
        self.percentComplete = percentComplete
        self.remainingDays = remainingDays
        self.note = note
    }
}
