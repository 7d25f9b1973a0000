import PlanModel

/// The review (复盘) of a plan: every target against its actual, with pacing, forecast,
/// attribution and the breakdown by dimension, plus the A/B experiments. A value; the JSON,
/// Markdown and terminal forms are views of it.
public struct ReviewReport: Sendable {
    public enum Status: String, Sendable {
        case onTrack = "on_track", atRisk = "at_risk", offTrack = "off_track", notStarted = "not_started", noData = "no_data"
    }

    public struct KPI: Sendable {
        /// `plan`, or the id of a phase or task.
        public var node: String
        public var metric: String
        public var windowStart: CivilDate
        public var windowFinish: CivilDate
        public var target: Double
        public var actual: Double?
        public var variance: Double? { actual.map { $0 - target } }
        public var attainment: Double? { target != 0 ? actual.map { $0 / target } : nil }
        public var status: Status
        /// When the window is running: the target's share due by the review date, and the
        /// value at the end of the window if the pace so far holds.
        public var expectedToDate: Double?
        public var forecast: Double?
        public var attribution: AttributionResult?
        /// Why attribution is missing, when it is.
        public var attributionNote: String?
        public var byDimension: [String: [DimensionShare]]
    }

    /// One dimension value's part in a gap. For a ratio metric, `rate` is the part from its own
    /// rate and `mix` the part from its weight changing (zero against a target, which has no mix).
    public struct DimensionShare: Sendable {
        public var value: String
        public var actual: Double
        public var contribution: Double
        public var rate: Double?
        public var mix: Double?
    }

    public struct ExperimentResult: Sendable {
        public var id: String
        public var name: String
        public var metric: String
        public var control: String
        public var variants: [ExperimentTests.Counts]
        /// Each other variant against the control, and the chi-square over all when more than two.
        public var comparisons: [(variant: String, result: ExperimentTests.Result)]
        public var overall: ExperimentTests.Result?
        public var note: String?
    }

    public var plan: String
    public var asOf: CivilDate?
    public var method: AttributionMethod
    public var imports: ImportReport
    public var kpis: [KPI]
    public var experiments: [ExperimentResult]
}
