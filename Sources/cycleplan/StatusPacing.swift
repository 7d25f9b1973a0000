import Foundation
import PlanAnalysis
import PlanModel
import PlanTracking

/// `status --actuals`: the review engine paces each KPI to the status date over the windows
/// as they now stand (the forecast), and the weekly report shows one line per KPI. Glue
/// between analysis and tracking, neither of which depends on the other.
enum StatusPacing {
    static func lines(plan: Plan, tracked: TrackedSchedule, actuals: [String], language: Language, numbers: NumberStyle) throws -> [KPIPacing] {
        let schedule = tracked.standingSchedule(plan: plan)
        let loader = ActualsLoader(plan: plan)
        let imported: (observations: [Observation], report: ImportReport)
        do {
            imported = try loader.load(actuals, window: DateRange(first: plan.start, last: max(schedule.finish, plan.start)))
        } catch {
            Console.err(error.rendered(in: language))
            throw InputErrors()
        }
        for line in imported.report.issues.consoleLines(metrics: plan.metrics, language: language, lines: 0, counted: false) { Console.err(line) }
        let report = ReviewEngine(plan: plan, schedule: schedule,
                                  actuals: ActualsStore(observations: imported.observations, metrics: plan.metrics),
                                  imports: imported.report, asOf: tracked.asOf).run()
        return report.pacingLines(metrics: plan.metrics, language: language, numbers: numbers).map {
            KPIPacing(node: $0.node, metric: $0.metric, target: $0.target, actual: $0.actual, expectedToDate: $0.expectedToDate,
                      forecast: $0.forecast, status: $0.status)
        }
    }
}
