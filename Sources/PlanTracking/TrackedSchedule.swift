import PlanModel
import PlanScheduling

/// The plan as it stands on a status date: an immutable value holding the baseline compared
/// with, the status, the rescheduled remaining work (`forecast`, a `Schedule` like any other,
/// so exports can draw it), and the figures derived from them. Nothing is written back into
/// the plan.
public struct TrackedSchedule: Sendable {
    public let planID: String
    public let title: String
    public let asOf: CivilDate
    /// The baseline compared with: the one chosen, else the first saved; when none was saved,
    /// the plan as scheduled now (`baselineSaved` false).
    public let baseline: Baseline
    public let baselineSaved: Bool
    /// The plan's content hash now (`PlanContentHash`), to tell whether it changed since the baseline.
    public let revision: String?
    public let status: StatusFile
    /// The remaining work rescheduled from the status date (derived plan, see `Rescheduler`).
    public let forecast: Schedule
    /// One per task and milestone, in plan order.
    public let tasks: [TrackedTask]
    /// One per phase, in plan order.
    public let phases: [TrackedPhase]
    /// The plan's forecast finish: the latest finish of its tasks.
    public let finish: CivilDate
    /// Working days `finish` is later than the baseline's.
    public let finishSlip: Int
    public let earned: EarnedSchedule
    /// Planned and earned person-days by working day, from the baseline's start.
    public let sCurve: [SCurvePoint]
    /// The forecast's warnings (missed deadlines with their chains, …) and `no_baseline`.
    public let diagnostics: [Diagnostic]
    // KPI pacing from actuals (`--actuals`) is a later step: it belongs beside these figures
    // as its own value, computed by PlanAnalysis and handed to the report views.

    public init(planID: String, title: String, asOf: CivilDate, baseline: Baseline, baselineSaved: Bool, revision: String?, status: StatusFile,
                forecast: Schedule, tasks: [TrackedTask], phases: [TrackedPhase], finish: CivilDate, finishSlip: Int, earned: EarnedSchedule,
                sCurve: [SCurvePoint], diagnostics: [Diagnostic]) {
        self.planID = planID
        self.title = title
        self.asOf = asOf
        self.baseline = baseline
        self.baselineSaved = baselineSaved
        self.revision = revision
        self.status = status
        self.forecast = forecast
        self.tasks = tasks
        self.phases = phases
        self.finish = finish
        self.finishSlip = finishSlip
        self.earned = earned
        self.sCurve = sCurve
        self.diagnostics = diagnostics
    }

    /// The milestones, in plan order.
    public var milestones: [TrackedTask] { tasks.filter(\.milestone) }

    /// Whether the plan's files changed since the baseline was saved.
    public var revisionChanged: Bool { baselineSaved && revision != nil && revision != baseline.revision }
}
