import Foundation
import PlanAnalysis
import PlanModel
import PlanScheduling

/// The review target's fixed part: the campaign plan (KPI tree, channels, two A/B tests),
/// loaded and scheduled once. Each input is one actuals export for it.
struct ReviewSetup: Sendable {
    let plan: Plan
    let schedule: Schedule
    let window: DateRange

    init?(planPath: String) {
        let loaded = PlanLoader().load(file: planPath)
        guard let plan = loaded.plan, !loaded.hasErrors else { return nil }
        let schedule = Scheduler().schedule(plan)
        guard !schedule.diagnostics.hasErrors else { return nil }
        self.plan = plan
        self.schedule = schedule
        window = DateRange(first: plan.start, last: max(schedule.finish, plan.start))
    }

    /// Bytes that start as a zip are a workbook, others CSV, as `--actuals` tells by the
    /// extension. The input's length picks the attribution method and whether the review is
    /// dated mid-campaign (pacing and forecasts) or after it, so that every path is reached
    /// without spending input bytes on options.
    func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let isWorkbook = bytes.starts(with: [0x50, 0x4B])
        let file = isWorkbook ? "fuzz.xlsx" : "fuzz.csv"
        let table: any ActualsTable
        do {
            table = isWorkbook ? try XLSXReader.read(bytes) : try CSVTable.read(bytes)
        } catch {
            return TableFuzzing.refused("\(error)", id: "actuals_not_a_table")
        }
        let (observations, report, imported) = TableFuzzing.imports(table, file: file, metrics: plan.metrics, window: window)
        guard imported.accepted else { return imported }
        let method = AttributionMethod.allCases[bytes.count % AttributionMethod.allCases.count]
        let asOf = bytes.count % 2 == 0 ? nil : window.first.advanced(by: window.first.distance(to: window.last) / 2)
        let review = ReviewEngine(plan: plan, schedule: schedule,
                                  actuals: ActualsStore(observations: observations, metrics: plan.metrics),
                                  imports: report, asOf: asOf, method: method).run()
        var violations = imported.violations
        for form in ReviewFormat.allCases {
            // Both languages' views are drawn from the same report: either may meet the input.
            let language = Language.allCases[(bytes.count / 2) % Language.allCases.count]
            let rendered = form.render(review, metrics: plan.metrics, title: plan.title, language: language)
            if rendered.isEmpty { violations.append("the \(form) report is empty") }
            if form == .json, (try? JSONSerialization.jsonObject(with: Data(rendered))) == nil {
                violations.append("the JSON report does not parse")
            }
        }
        for kpi in review.kpis where kpi.actual.map({ !$0.isFinite }) == true {
            violations.append("KPI \(kpi.metric) has a non-finite actual")
        }
        return FuzzOutcome(accepted: true, findings: imported.findings, violations: violations)
    }
}
