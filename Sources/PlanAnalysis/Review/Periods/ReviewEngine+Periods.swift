import PlanModel
import PlanScheduling

/// Cycle over cycle: each KPI against the same KPI over a previous period's matching window,
/// and its trend over the last cycles — both read from the same actuals (a metrics store
/// holding several cycles, which aggregates each window in SQL).
extension ReviewEngine {
    /// The KPI against `period`: its value over the matching window, the change, and the
    /// change explained by the machinery `--compare` uses — attribution to the drivers with
    /// the previous window's values as the base, and the breakdown by dimension on the
    /// `previous` basis (own change; rate and mix for ratios).
    ///
    /// `covered` is the number of days the reviewed window has data for.
    ///
    /// - Complexity: as the KPI's own attribution and breakdown: O(v · q) store questions.
    func compared(_ target: Target, with period: ComparisonPeriod, node: String?, scheduled: DateRange, measured: DateRange,
                  actual: Double?, covered: Int, siblings: [Target], share: Double, dimensions: [String]) -> ReviewReport.PeriodComparison? {
        guard let previous = period.window(for: measured, scheduled: scheduled, node: node) else { return nil }
        var result = ReviewReport.PeriodComparison(kind: period.kind, basis: period.label, windowStart: previous.first,
                                                   windowFinish: previous.last, value: actuals.value(of: target.metric, in: previous),
                                                   actual: actual)
        result.days = previous.dayCount
        if case .plan(_, let title, _, _) = period.basis { result.planTitle = title }
        guard result.value != nil else {
            result.note = .noPreviousData(first: previous.first.description, last: previous.last.description)
            return result
        }
        result.coveredDays = coverage(of: target.metric, in: previous)?.daysWithData ?? 0
        // Fewer days than the reviewed window has data for: the comparison is not like for
        // like (the same 31 of 36 days on both sides is).
        if result.coveredDays < min(covered, result.days) { result.note = .previousPartlyCovered(days: result.coveredDays, of: result.days) }
        guard actual != nil else { return result }
        var engine = self
        engine.comparison = actuals
        engine.comparisonWindow = previous
        (result.attribution, result.attributionCaveat) = engine.attribution(target, window: measured, siblings: siblings, share: share)
        let breakdowns = engine.breakdown(target, window: measured, dimensions: dimensions, reference: result.value ?? 0,
                                          siblings: siblings, share: share)
        result.byDimension = breakdowns.mapValues(\.shares)
        result.notComputable = breakdowns.compactMapValues(\.missingInputs)
        result.withoutData = breakdowns.compactMapValues { $0.withoutData.isEmpty ? nil : $0.withoutData }
        // A value measured then but not now (a channel closed) carries no share of its own:
        // what the shares leave of the change is kept apart rather than lost.
        if let change = result.change {
            for (dimension, shares) in result.byDimension where result.notComputable[dimension] == nil {
                var rest = change - shares.reduce(0) { $0 + $1.contribution }
                if abs(rest) <= 1e-9 * max(1, abs(change), abs(result.value ?? 0)) { rest = 0 }
                result.unallocated[dimension] = rest
            }
        }
        return result
    }

    /// The KPI over `window` moved back 0, 1 … `trendCycles − 1` cycles, oldest first.
    ///
    /// - Complexity: `trendCycles` aggregates per measured input.
    func trend(of metric: String, window: DateRange, cycle: CycleLength) -> [ReviewReport.TrendPoint] {
        guard trendCycles > 1 else { return [] }
        return (0..<trendCycles).reversed().compactMap { back in
            guard let shifted = back == 0 ? window : ComparisonPeriod.shifted(window, by: back, unit: .cycle, cycle: cycle) else { return nil }
            return ReviewReport.TrendPoint(cyclesBack: back, windowStart: shifted.first, windowFinish: shifted.last,
                                           value: actuals.value(of: metric, in: shifted))
        }
    }
}

extension ComparisonPeriod {
    /// Another plan's scheduled windows by node, as `ReviewEngine` matches them: `plan`, then
    /// `phase:ID` and `task:ID` (a phase may be called `plan`).
    public static func windows(of plan: Plan, schedule: Schedule) -> [String: DateRange] {
        var windows = ["plan": DateRange(first: plan.start, last: max(schedule.finish, plan.start))]
        for (index, phase) in plan.phases.enumerated() where index < schedule.phases.count {
            windows["phase:" + phase.id] = DateRange(first: schedule.phases[index].start, last: schedule.phases[index].finish)
        }
        for (index, task) in plan.tasks.enumerated() where index < schedule.tasks.count {
            windows["task:" + task.id] = DateRange(first: schedule.tasks[index].start, last: schedule.tasks[index].finish)
        }
        return windows
    }
}
