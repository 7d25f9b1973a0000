import PlanModel

/// The review (复盘) of a plan: every target against its actual, with pacing, forecast,
/// attribution and the breakdown by dimension, plus the A/B experiments. A value; the JSON,
/// Markdown and terminal forms are views of it.
public struct ReviewReport: Sendable {
    public enum Status: String, Sendable {
        case onTrack = "on_track", atRisk = "at_risk", offTrack = "off_track", notStarted = "not_started", noData = "no_data"
    }

    /// What a KPI's node is: the whole plan, a phase or a task. A phase may be called `plan`,
    /// so the kind, not the id, tells the whole plan apart.
    public enum NodeKind: String, Sendable {
        case plan, phase, task
    }

    public struct KPI: Sendable {
        /// `plan`, or the id of a phase or task.
        public var node: String
        public var nodeKind: NodeKind = .plan
        /// The node's display name: the phase's or task's name; the plan's title.
        public var nodeName: String = ""
        public var metric: String
        public var windowStart: CivilDate
        public var windowFinish: CivilDate
        public var target: Double
        public var actual: Double?
        public var variance: Double? { actual.map { $0 - target } }
        /// actual ÷ target; for a metric where lower is better (a cost), target ÷ actual, so
        /// that above 100% is good either way.
        public var attainment: Double? {
            guard let actual else { return nil }
            if better == .lower { return actual != 0 ? target / actual : nil }
            return target != 0 ? actual / target : nil
        }
        public var better: Metric.Direction = .higher
        public var status: Status
        /// When the window is running: the target's share due by the review date, and the
        /// value at the end of the window if the pace so far holds.
        public var expectedToDate: Double?
        public var forecast: Double?
        public var attribution: AttributionResult?
        /// Why attribution is missing, when it is.
        public var attributionCaveat: ReviewNote?
        /// The caveat in English (the JSON contract and the terminal).
        public var attributionNote: String? { attributionCaveat?.text(.en) }
        public var byDimension: [String: [DimensionShare]]
        /// How each dimension's shares were found, and the part of the gap no value of it
        /// carries (the volume gap, when targets are not split by value).
        public var dimensionBasis: [String: DimensionBasis] = [:]
        public var unallocated: [String: Double] = [:]
        /// Dimensions whose values cannot each be measured for this KPI (an input is not
        /// broken down by that dimension): the inputs that lack it. Their rows show no
        /// number, never 0.
        public var notComputable: [String: [String]] = [:]
        /// Per dimension, the values with no data for this KPI in its window (left out of the
        /// shares, not counted as 0; with a split target their parts are in `unallocated`).
        public var withoutData: [String: [String]] = [:]
        /// Day by day through the window: the value due by then on the target curve and the
        /// value measured to date (cumulative for flows), up to the review date.
        public var pace: [PacePoint] = []
        /// Days of the measured window with data, and the days missing (ReviewReport+Coverage).
        public var coverage: Coverage?
        /// Against each previous period asked for (环比, 同比), in the order asked.
        public var periods: [PeriodComparison] = []
        /// The KPI over the last cycles, oldest first, the reviewed window last.
        public var trend: [TrendPoint] = []
    }

    /// One day of a pacing line.
    public struct PacePoint: Sendable, Equatable {
        public var date: CivilDate
        public var expected: Double
        /// `nil` after the review date, or when nothing was measured yet.
        public var actual: Double?
    }

    /// What a dimension breakdown compares each value with.
    public enum DimensionBasis: String, Sendable {
        /// Each value against its own previous-period value: own change (rate and mix for ratios).
        case previous
        /// A ratio against its target: each value's rate effect, weighted by its share.
        case rate
        /// A KPI built from a volume and rates (visitors × conversion × 客单价): what each
        /// value gained or lost by its own rates against the target rates, at its own volume.
        /// The volume gap is not split by value: it is `unallocated`.
        case performance
        /// Nothing to compare a value with (a measured flow, targets not split by value): the
        /// gap is shared in proportion to each value's actual. Says which values are large,
        /// not which are to blame.
        case proRata = "pro_rata"
        /// The target is split by this dimension (`by:` in the plan): each value against its
        /// own target. A flow: actualᵥ − targetᵥ; a rate: wᵥ·(rᵥ − targetᵥ), and the rest
        /// (Σwᵥ·targetᵥ − target, the mix of the values against the targets' mix) is
        /// `unallocated`.
        case target
    }

    /// One dimension value's part in a gap. For a ratio metric, `rate` is the part from its own
    /// rate and `mix` the part from its weight changing (zero against a target, which has no mix).
    public struct DimensionShare: Sendable {
        public var value: String
        /// `nil` when the value cannot be computed for this dimension value (see `notComputable`).
        public var actual: Double?
        public var contribution: Double
        public var rate: Double?
        public var mix: Double?
        /// The value's own target (due to date), when the target is split by this dimension.
        public var target: Double?

        public init(value: String, actual: Double?, contribution: Double, rate: Double? = nil, mix: Double? = nil, target: Double? = nil) {
            self.value = value
            self.actual = actual
            self.contribution = contribution
            self.rate = rate
            self.mix = mix
            self.target = target
        }
    }

    public struct ExperimentResult: Sendable {
        public var id: String
        public var name: String
        public var metric: String
        public var control: String
        /// A rate experiment's successes and trials per variant.
        public var variants: [ExperimentTests.Counts]
        /// A mean experiment's pooled sample per variant.
        public var samples: [ExperimentTests.Sample] = []
        /// Each other variant against the control, and the chi-square over all when more than two.
        public var comparisons: [(variant: String, result: ExperimentTests.Result)]
        public var overall: ExperimentTests.Result?
        /// Why the experiment could not be tested, or what was left out of it.
        public var caveat: ReviewNote?
        /// The caveat in English (the JSON contract and the terminal).
        public var note: String? { caveat?.text(.en) }
    }

    public var plan: String
    public var asOf: CivilDate?
    public var method: AttributionMethod
    public var imports: ImportReport
    public var kpis: [KPI]
    public var experiments: [ExperimentResult]
    /// The plan's title, for the human-facing forms (`plan` is its id).
    public var title = ""
}
