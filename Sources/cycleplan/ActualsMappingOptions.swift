import ArgumentParser
import PlanAnalysis
import PlanModel

/// How export columns map to metrics and dimensions, on top of the plan's `actuals:` section.
/// `review` and `actuals import` share them, so a file reads the same way into a review as
/// into the store.
struct ActualsMappingOptions: ParsableArguments {
    @Option(name: .long, help: "The sheet to read in .xlsx files (default: the first).")
    var sheet: String?

    @Option(name: .long, help: "The date column's header, when it is not 日期/date.")
    var dateColumn: String?

    @Option(name: .long, help: "Long exports: the header of the column naming the metric.")
    var metricColumn: String?

    @Option(name: .long, help: "Long exports: the header of the column holding the value.")
    var valueColumn: String?

    @Option(name: .long, help: "HEADER=METRIC: read this column (or long-export label) as that metric. Repeatable.")
    var column: [String] = []

    @Option(name: .long, help: "HEADER=NAME: read this column as the dimension NAME. Repeatable.")
    var dimension: [String] = []

    @Option(name: .long, help: "HEADER: a column not to read (环比, 占比). Repeatable.")
    var ignore: [String] = []

    @Option(name: .long, help: "NAME: the dimension whose values head a grouped header's columns (新客数 over 门店 | 社群 → 渠道).")
    var groups: String?

    /// The command line's mapping, or nil when no option was given (the plan's own applies).
    func spec(for plan: Plan) throws -> ActualsSpec? {
        do {
            return try ActualsSpec.commandLine(dateColumn: dateColumn, metricColumn: metricColumn, valueColumn: valueColumn,
                                               columns: column, dimensions: dimension, ignore: ignore, groups: groups,
                                               metrics: plan.metrics)
        } catch {
            throw UsageFailure(error.text)
        }
    }

    func loader(for plan: Plan, onOverlap: OverlapPolicy = .error) throws -> ActualsLoader {
        ActualsLoader(plan: plan, override: try spec(for: plan), sheet: sheet, onOverlap: onOverlap)
    }
}
