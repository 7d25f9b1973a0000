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
        kpis += plan.targets.map { kpi(node: "plan", target: $0, window: planWindow, siblings: plan.targets) }
        for (index, phase) in plan.phases.enumerated() where !phase.targets.isEmpty {
            let scheduled = schedule.phases[index]
            let window = DateRange(first: scheduled.start, last: scheduled.finish)
            kpis += phase.targets.map { kpi(node: phase.id, target: $0, window: window, siblings: phase.targets) }
        }
        for (index, task) in plan.tasks.enumerated() where !task.targets.isEmpty {
            let scheduled = schedule.tasks[index]
            let window = DateRange(first: scheduled.start, last: scheduled.finish)
            kpis += task.targets.map { kpi(node: task.id, target: $0, window: window, siblings: task.targets) }
        }
        return ReviewReport(plan: plan.id, asOf: asOf, method: method, imports: imports, kpis: kpis,
                            experiments: plan.review.experiments.map { experiment($0, window: planWindow) })
    }

    private func kpi(node: String, target: Target, window scheduled: DateRange, siblings: [Target]) -> ReviewReport.KPI {
        let window = target.window ?? scheduled
        let (elapsedFraction, measuredWindow) = progress(of: window)
        let actual = measuredWindow.flatMap { actuals.value(of: target.metric, in: $0) }
        var expected: Double?
        var forecast: Double?
        if let fraction = elapsedFraction, fraction < 1, fraction > 0 {
            expected = isStock(target.metric) || isRate(target.metric) ? target.value : target.value * fraction
            forecast = actual.map { isStock(target.metric) || isRate(target.metric) ? $0 : $0 / fraction }
        }
        let status = self.status(actual: actual, target: target.value, expected: expected, started: elapsedFraction.map { $0 > 0 } ?? true)
        var result = ReviewReport.KPI(
            node: node, metric: target.metric, windowStart: window.first, windowFinish: window.last, target: target.value,
            actual: actual, status: status, expectedToDate: expected, forecast: forecast, attribution: nil,
            attributionNote: nil, byDimension: [:]
        )
        if let measuredWindow, actual != nil {
            (result.attribution, result.attributionNote) = attribution(target, window: measuredWindow, siblings: siblings)
            result.byDimension = breakdown(target, window: measuredWindow)
        }
        return result
    }

    /// The share of the window's (weighted) working days elapsed by the review date, and the
    /// part of the window measured so far. `nil` fraction without a review date.
    private func progress(of window: DateRange) -> (Double?, DateRange?) {
        guard let asOf else { return (nil, window) }
        if asOf < window.first { return (0, nil) }
        let end = min(asOf, window.last)
        var days: [CivilDate] = []
        var day = window.first
        while day <= window.last {
            if plan.calendar.isWorkingDay(day) { days.append(day) }
            day = day.advanced(by: 1)
        }
        guard !days.isEmpty else { return (1, DateRange(first: window.first, last: end)) }
        let weights = plan.review.pacingWeights
        func weight(_ index: Int) -> Double {
            weights.isEmpty ? 1 : weights[min(weights.count - 1, index * weights.count / days.count)]
        }
        let total = days.indices.reduce(0) { $0 + weight($1) }
        let done = days.indices.filter { days[$0] <= end }.reduce(0) { $0 + weight($1) }
        return (total > 0 ? done / total : 1, DateRange(first: window.first, last: end))
    }

    private func status(actual: Double?, target: Double, expected: Double?, started: Bool) -> ReviewReport.Status {
        guard started else { return .notStarted }
        guard let actual else { return .noData }
        let reference = expected ?? target
        guard reference != 0 else { return actual >= 0 ? .onTrack : .offTrack }
        let ratio = actual / reference
        if ratio >= plan.review.atRisk { return .onTrack }
        return ratio >= plan.review.offTrack ? .atRisk : .offTrack
    }

    func isStock(_ metric: String) -> Bool { plan.metric(metric)?.kind == .stock }

    func isRate(_ metric: String) -> Bool { ratioParts(metric) != nil }

    /// `a / b` formulas: the numerator and denominator metrics.
    func ratioParts(_ metric: String) -> (numerator: String, denominator: String)? {
        guard let expression = plan.metric(metric)?.formula?.expression,
              case let .binary(.divide, .metric(numerator, _), .metric(denominator, _)) = expression else { return nil }
        return (numerator, denominator)
    }

    /// Explains a derived metric's gap against the previous period when one is given, else
    /// against the targets set on the same node for its drivers.
    private func attribution(_ target: Target, window: DateRange, siblings: [Target]) -> (AttributionResult?, String?) {
        guard let formula = plan.metric(target.metric)?.formula else { return (nil, nil) }
        let attributor = Attributor(metrics: plan.metrics)
        let actualInputs = actuals.inputs(for: target.metric, in: window)
        var base: [String: Double]
        if let comparison {
            base = comparison.inputs(for: target.metric, in: DateRange(first: .init(daysSinceEpoch: Int(Int32.min)),
                                                                       last: .init(daysSinceEpoch: Int(Int32.max))))
        } else {
            base = Dictionary(siblings.map { ($0.metric, $0.value) }, uniquingKeysWith: { first, _ in first })
            let drivers = FormulaEvaluator.drivers(of: formula)
            let missing = drivers.filter { base[$0] == nil && attributor.evaluator.value(of: $0, in: base) == nil }
            if !missing.isEmpty {
                return (nil, "no targets on this node for \(missing.joined(separator: ", ")), so the gap cannot be split against targets")
            }
            base[target.metric] = nil
        }
        do {
            return (try attributor.attribute(target.metric, base: base, actual: actualInputs, method: method), nil)
        } catch {
            return (nil, "\(error)")
        }
    }
}
