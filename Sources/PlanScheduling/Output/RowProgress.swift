import PlanModel

/// What tracking adds to one row of a schedule's exports (a task, milestone or phase): its
/// baseline dates, how far it has come, its actual dates and how late it is. Filled by
/// `PlanTracking` from a `TrackedSchedule`; the scheduling layer only carries it, so the
/// CSV/JSON contract and the charts can show the plan as it now stands without depending on
/// tracking.
public struct RowProgress: Sendable, Equatable {
    public var baselineStart: CivilDate?
    /// Inclusive.
    public var baselineFinish: CivilDate?
    /// Working days the finish is later than the baseline's (negative: earlier); `nil` when
    /// the baseline lacks the row.
    public var slip: Int?
    /// 0…1 of the row's work (a phase: weighted by work).
    public var percentComplete: Double
    public var actualStart: CivilDate?
    public var actualFinish: CivilDate?
    /// Late start or late finish against the baseline (docs/tracking.md, "What counts as late").
    public var late: Bool
    /// The baseline's working days and planned person-days (MS Project's `Baseline`).
    public var baselineDuration: Int? = nil
    public var baselineWork: Double? = nil

    public init(baselineStart: CivilDate?, baselineFinish: CivilDate?, slip: Int?, percentComplete: Double, actualStart: CivilDate?,
                actualFinish: CivilDate?, late: Bool) {
        self.baselineStart = baselineStart
        self.baselineFinish = baselineFinish
        self.slip = slip
        self.percentComplete = percentComplete
        self.actualStart = actualStart
        self.actualFinish = actualFinish
        self.late = late
    }

    /// Whole percent, as the exports print it (never 100 before the row is done).
    public var percent: Int {
        guard percentComplete.isFinite else { return 0 }
        let clamped = min(max(percentComplete, 0), 1)
        if clamped < 1, clamped > 0.995 { return 99 }
        return Int((clamped * 100).rounded())
    }
}
