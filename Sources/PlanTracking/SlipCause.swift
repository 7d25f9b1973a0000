import PlanModel

/// Why a task is late, as the status report explains it: the first late cause, reached by
/// following the late predecessor that drives it back through the links.
public struct SlipCause: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// It started later than the baseline.
        case startedLate(days: Int)
        /// It started on time but needs longer than planned.
        case slowerThanPlanned
        /// It has not started, and its baseline start is already past.
        case notStartedOnTime
        /// Roles (ids) busy with other work held it back: working days per role, from leveling.
        case rolesBusy([(role: String, days: Int)])
        /// Nothing else explains it (the plan itself changed since the baseline).
        case planChanged

        public static func == (lhs: Reason, rhs: Reason) -> Bool {
            switch (lhs, rhs) {
            case let (.startedLate(a), .startedLate(b)): return a == b
            case (.slowerThanPlanned, .slowerThanPlanned), (.notStartedOnTime, .notStartedOnTime), (.planChanged, .planChanged): return true
            case let (.rolesBusy(a), .rolesBusy(b)): return a.map(\.role) == b.map(\.role) && a.map(\.days) == b.map(\.days)
            default: return false
            }
        }
    }

    /// The late predecessors from the root cause to the task's direct predecessor (ids);
    /// empty when the task is late on its own account.
    public let chain: [String]
    /// What made the first task of the chain (or the task itself) late.
    public let reason: Reason

    public init(chain: [String], reason: Reason) {
        self.chain = chain
        self.reason = reason
    }
}
