import PlanModel
import PlanScheduling

/// Computes a `ReviewReport`: each target measured over its node's scheduled window (or its
/// own), paced and forecast while the window runs, attributed to its drivers and broken down
/// by dimension.
public struct ReviewEngine: Sendable {
    public var plan: Plan
    public var schedule: Schedule
    public var actuals: ActualsStore
    public var imports: ImportReport
    /// The review date; `nil` reviews every window as finished.
    public var asOf: CivilDate?
    public var method: AttributionMethod
    /// A previous period's actuals: when given, gaps are explained against it instead of the targets.
    public var comparison: ActualsStore?
    /// The window of `comparison` read as the previous period: all of it for exports given
    /// with `--compare`, the matching window of a previous cycle for `periods`.
    var comparisonWindow = ReviewEngine.always
    /// Periods to compare every KPI with, read from `actuals` (环比, 同比: `--shift`, `--previous`).
    public var periods: [ComparisonPeriod] = []
    /// Cycles in each KPI's trend, the reviewed one included; 0 or 1: no trend.
    public var trendCycles = 0

    public init(plan: Plan, schedule: Schedule, actuals: ActualsStore, imports: ImportReport, asOf: CivilDate? = nil,
                method: AttributionMethod = .lmdi, comparison: ActualsStore? = nil) {
        self.plan = plan
        self.schedule = schedule
        self.actuals = actuals
        self.imports = imports
        self.asOf = asOf
        self.method = method
        self.comparison = comparison
    }

    public func run() -> ReviewReport {
        var kpis: [ReviewReport.KPI] = []
        let planWindow = DateRange(first: plan.start, last: max(schedule.finish, plan.start))
        // A KPI is broken down only by the dimensions of its own inputs (a test group in
        // another export says nothing about it); the store's index knows them.
        let dimensions = actuals.dimensionsByMetric
        let cycle = CycleLength(plan: planWindow)
        func named(_ kpi: ReviewReport.KPI, _ kind: ReviewReport.NodeKind, _ name: String) -> ReviewReport.KPI {
            var kpi = kpi
            kpi.nodeKind = kind
            kpi.nodeName = name
            return kpi
        }
        kpis += plan.targets.map {
            named(kpi(node: "plan", key: "plan", target: $0, window: planWindow, siblings: plan.targets, dimensions: dimensions, cycle: cycle), .plan, plan.title)
        }
        for (index, phase) in plan.phases.enumerated() where !phase.targets.isEmpty && index < schedule.phases.count {
            let scheduled = schedule.phases[index]
            let window = DateRange(first: scheduled.start, last: scheduled.finish)
            kpis += phase.targets.map {
                named(kpi(node: phase.id, key: "phase:" + phase.id, target: $0, window: window, siblings: phase.targets, dimensions: dimensions, cycle: cycle),
                      .phase, phase.name)
            }
        }
        for (index, task) in plan.tasks.enumerated() where !task.targets.isEmpty && index < schedule.tasks.count {
            let scheduled = schedule.tasks[index]
            let window = DateRange(first: scheduled.start, last: scheduled.finish)
            kpis += task.targets.map {
                named(kpi(node: task.id, key: "task:" + task.id, target: $0, window: window, siblings: task.targets, dimensions: dimensions, cycle: cycle),
                      .task, task.name)
            }
        }
        var report = ReviewReport(plan: plan.id, asOf: asOf, method: method, imports: imports, kpis: kpis,
                                  experiments: plan.review.experiments.map { experiment($0, window: planWindow) })
        report.title = plan.title
        return report
    }

    private func kpi(node: String, key: String, target: Target, window scheduled: DateRange, siblings: [Target],
                     dimensions: [String: Set<String>], cycle: CycleLength) -> ReviewReport.KPI {
        let window = target.window ?? scheduled
        // One curve serves the review date's share and the pacing line.
        let curve = TargetCurve(window: window, calendar: plan.calendar, weights: plan.review.pacingWeights)
        let (elapsedFraction, measuredWindow) = progress(of: window, curve: curve)
        let actual = measuredWindow.flatMap { actuals.value(of: target.metric, in: $0) }
        var expected: Double?
        var forecast: Double?
        if let fraction = elapsedFraction, fraction < 1, fraction > 0 {
            let dueNow = due(target.metric, target: target.value, share: fraction)
            expected = dueNow
            // The run rate: what the pace so far reaches at the end of the window.
            forecast = actual.map { dueNow != 0 ? $0 * target.value / dueNow : $0 }
        }
        let status = self.status(actual: actual, target: target.value, expected: expected, started: elapsedFraction.map { $0 > 0 } ?? true,
                                 lowerIsBetter: plan.metric(target.metric)?.better == .lower)
        var result = ReviewReport.KPI(
            node: node, metric: target.metric, windowStart: window.first, windowFinish: window.last, target: target.value,
            actual: actual, status: status, expectedToDate: expected, forecast: forecast, attribution: nil,
            attributionCaveat: nil, byDimension: [:]
        )
        result.better = plan.metric(target.metric)?.better ?? .higher
        result.coverage = measuredWindow.flatMap { coverage(of: target.metric, in: $0) }
        if let measuredWindow, actual != nil {
            (result.attribution, result.attributionCaveat) = attribution(target, window: measuredWindow, siblings: siblings,
                                                                         share: elapsedFraction ?? 1)
            let carried = actuals.inputs(of: target.metric).reduce(into: Set<String>()) { $0.formUnion(dimensions[$1] ?? []) }
            let breakdowns = breakdown(target, window: measuredWindow, dimensions: carried.sorted(), reference: expected ?? target.value, siblings: siblings,
                                       share: elapsedFraction ?? 1)
            result.byDimension = breakdowns.mapValues(\.shares)
            result.dimensionBasis = breakdowns.mapValues(\.basis)
            result.unallocated = breakdowns.mapValues(\.unallocated)
            result.notComputable = breakdowns.compactMapValues(\.missingInputs)
            result.withoutData = breakdowns.compactMapValues { $0.withoutData.isEmpty ? nil : $0.withoutData }
            result.pace = pace(target, window: window, curve: curve, measured: measuredWindow)
            // A target with a window of its own has no node window to match in another plan.
            result.periods = periods.compactMap {
                compared(target, with: $0, node: target.window == nil ? key : nil, scheduled: window, measured: measuredWindow,
                         actual: actual, covered: result.coverage?.daysWithData ?? measuredWindow.dayCount, siblings: siblings,
                         share: elapsedFraction ?? 1, dimensions: carried.sorted())
            }
        }
        if let measuredWindow { result.trend = trend(of: target.metric, window: measuredWindow, cycle: cycle) }
        return result
    }

    /// The share of the window's (weighted) working days elapsed by the review date, and the
    /// part of the window measured so far. `nil` fraction without a review date.
    private func progress(of window: DateRange, curve: TargetCurve) -> (Double?, DateRange?) {
        guard let asOf else { return (nil, window) }
        if asOf < window.first { return (0, nil) }
        let end = min(asOf, window.last)
        return (curve.share(through: end), DateRange(first: window.first, last: end))
    }

    /// Attainment against the thresholds; for a metric where lower is better (a cost), the
    /// ratio is read the other way round: spending 10% over the target is 91% attainment.
    private func status(actual: Double?, target: Double, expected: Double?, started: Bool, lowerIsBetter: Bool) -> ReviewReport.Status {
        guard started else { return .notStarted }
        guard let actual else { return .noData }
        let reference = expected ?? target
        let ratio: Double
        if lowerIsBetter {
            guard actual > 0 else { return .onTrack }
            ratio = reference / actual
        } else {
            guard reference != 0 else { return actual >= 0 ? .onTrack : .offTrack }
            ratio = actual / reference
        }
        if ratio >= plan.review.atRisk { return .onTrack }
        return ratio >= plan.review.offTrack ? .atRisk : .offTrack
    }

    /// `a / b` formulas: the numerator and denominator metrics.
    func ratioParts(_ metric: String) -> (numerator: String, denominator: String)? {
        guard let nodes = plan.metric(metric)?.formula?.expression.nodes, let root = nodes.last,
              case let .binary(.divide, left, right) = root,
              case .metric(let numerator, _) = nodes[left], case .metric(let denominator, _) = nodes[right] else { return nil }
        return (numerator, denominator)
    }

    /// Explains a derived metric's gap against the previous period when one is given, else
    /// against the targets set on the same node for its drivers — while the window runs, the
    /// part of each driver's target due by the review date (`share` of the curve), so the gap
    /// explained is the one against the expected-to-date value.
    ///
    /// Against targets, the gap explained is the table's own (actual − the metric's target):
    /// when that target is not what its drivers' targets imply, the difference is a term of
    /// its own (`Contribution.Kind.targetNotImplied`).
    func attribution(_ target: Target, window: DateRange, siblings: [Target], share: Double) -> (AttributionResult?, ReviewNote?) {
        guard let formula = plan.metric(target.metric)?.formula else { return (nil, nil) }
        let attributor = Attributor(metrics: plan.metrics)
        let actualInputs = actuals.inputs(for: target.metric, in: window)
        var base: [String: Double]
        var stated: Double?
        if let comparison {
            base = comparison.inputs(for: target.metric, in: comparisonWindow)
        } else {
            base = dueTargets(siblings, share: share)
            let drivers = FormulaEvaluator.drivers(of: formula)
            let missing = drivers.filter { base[$0] == nil && attributor.evaluator.value(of: $0, in: base) == nil }
            if !missing.isEmpty {
                return (nil, .noDriverTargets(missing))
            }
            stated = due(target.metric, target: target.value, share: share)
            base[target.metric] = nil
        }
        do {
            return (try attributor.attribute(target.metric, base: base, actual: actualInputs, method: method, statedBase: stated), nil)
        } catch {
            return (nil, error.note)
        }
    }
}
