import ArgumentParser
import Foundation
import PlanAnalysis
import PlanModel
import PlanScheduling

/// `review --previous PLAN | --last-year PLAN | --shift N UNIT … [--trend N]`: the periods
/// every KPI is compared with (环比, 同比) and the trend, read from the metrics store.
struct ReviewPeriodOptions: ParsableArguments {
    @Option(name: .long, help: "Compare each KPI with this plan's matching windows (环比), read from the store.")
    var previous: String?

    @Option(name: .customLong("last-year"), help: "Compare each KPI with this plan's matching windows as last year (同比): exact windows when dates moved (春节).")
    var lastYear: String?

    @Option(name: .long, help: "Compare each KPI with its window moved back: 1cycle (环比), 1y (同比), Nd, Nw, Nm; repeatable.")
    var shift: [String] = []

    @Option(name: .long, help: "Cycles in each KPI's trend, this one included (default 6 when comparing, else 0 = none).")
    var trend: Int?

    static let defaultTrend = 6

    /// Whether any option of the group was given.
    var asked: Bool { previous != nil || lastYear != nil || !shift.isEmpty || (trend ?? 0) > 0 }

    /// The trend's cycles: `--trend`, else 6 when comparing periods, else none.
    var trendCycles: Int { trend ?? (previous != nil || lastYear != nil || !shift.isEmpty ? Self.defaultTrend : 0) }

    /// Checks the values before any file is read: a `--shift` typo is a usage error.
    func shifts() throws -> [PeriodShift] {
        if let trend, !(0...120).contains(trend) {
            throw UsageFailure(zh: "[\(DiagnosticID.reviewBadTrend.rawValue)] --trend \(trend)：趋势周期数须在 0（不看趋势）到 120 之间",
                               en: "[\(DiagnosticID.reviewBadTrend.rawValue)] --trend \(trend): give 0 (none) to 120 cycles")
        }
        return try shift.map { text in
            switch PeriodShift.parse(text) {
            case .success(let shift): return shift
            case .failure(let error):
                throw UsageFailure(zh: "[\(error.id)] \(error.chinese)\n  提示: \(error.chineseHint)", en: "[\(error.id)] \(error)\n  hint: \(error.hint)")
            }
        }
    }

    /// The periods in the order: `--previous`, `--last-year`, then each `--shift`.
    func periods(plan: Plan, schedule: Schedule) throws -> (periods: [ComparisonPeriod], plans: [(path: String, plan: Plan, sources: [String: SourceFile])]) {
        let planWindow = DateRange(first: plan.start, last: max(schedule.finish, plan.start))
        let cycle = CycleLength(plan: planWindow)
        var periods: [ComparisonPeriod] = []
        var plans: [(path: String, plan: Plan, sources: [String: SourceFile])] = []
        for (path, kind) in [(previous, ComparisonKind.periodOnPeriod), (lastYear, .yearOnYear)] {
            guard let path else { continue }
            let (other, sources) = try loadPlan(path, color: nil)
            let otherSchedule = Scheduler().schedule(other)
            guard !otherSchedule.diagnostics.hasErrors else {
                Console.err(DiagnosticRenderer(sources: sources, language: runLanguage()).render(otherSchedule.diagnostics.sortedByLocation()))
                throw InputErrors()
            }
            periods.append(ComparisonPeriod(kind: kind, plan: other.id, title: other.title,
                                            windows: ComparisonPeriod.windows(of: other, schedule: otherSchedule),
                                            offset: plan.start.distance(to: other.start), cycle: cycle))
            plans.append((path: path, plan: other, sources: sources))
        }
        periods += try shifts().map { ComparisonPeriod(shift: $0, cycle: cycle) }
        return (periods, plans)
    }
}
