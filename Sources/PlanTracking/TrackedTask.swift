import PlanModel

/// One task or milestone as it stands on the status date: its progress, its dates now
/// (actual where known, forecast for the rest), its baseline, and how late it is.
public struct TrackedTask: Sendable, Equatable {
    public let id: String
    public let name: String
    /// The enclosing phase's id.
    public let phase: String?
    public let milestone: Bool
    /// Role ids, as assigned in the plan.
    public let roles: [String]
    public let progress: TaskProgress
    /// Actual start, else the forecast start.
    public let start: CivilDate
    /// Actual finish, else the forecast finish (a milestone: its date).
    public let finish: CivilDate
    public let baselineStart: CivilDate?
    public let baselineFinish: CivilDate?
    /// Person-days: the baseline's, else the plan's now.
    public let work: Double
    /// Working days the finish is later than the baseline's (negative: earlier); `nil` for a
    /// task the baseline does not have.
    public let slip: Int?
    /// Working days the start is later than the baseline's.
    public let startSlip: Int?
    public let flags: TrackingFlags
    /// Working days the remaining work can slip without moving the forecast finish.
    public let totalFloat: Int?
    public let deadline: CivilDate?
    /// Why it is late: the chain back to the first late cause.
    public let cause: SlipCause?

    public init(id: String, name: String, phase: String?, milestone: Bool, roles: [String], progress: TaskProgress, start: CivilDate,
                finish: CivilDate, baselineStart: CivilDate?, baselineFinish: CivilDate?, work: Double, slip: Int?, startSlip: Int?,
                flags: TrackingFlags, totalFloat: Int?, deadline: CivilDate?, cause: SlipCause?) {
        self.id = id
        self.name = name
        self.phase = phase
        self.milestone = milestone
        self.roles = roles
        self.progress = progress
        self.start = start
        self.finish = finish
        self.baselineStart = baselineStart
        self.baselineFinish = baselineFinish
        self.work = work
        self.slip = slip
        self.startSlip = startSlip
        self.flags = flags
        self.totalFloat = totalFloat
        self.deadline = deadline
        self.cause = cause
    }
}
