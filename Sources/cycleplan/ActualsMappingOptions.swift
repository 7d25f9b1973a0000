import ArgumentParser
import PlanAnalysis
import PlanModel

/// How export columns map to metrics and dimensions, on top of the plan's `actuals:` section:
/// the same options `review` takes, for `actuals import`.
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

    func loader(for plan: Plan) throws -> ActualsLoader {
        do {
            let mapping = try ActualsSpec.commandLine(dateColumn: dateColumn, metricColumn: metricColumn, valueColumn: valueColumn,
                                                      columns: column, dimensions: dimension, metrics: plan.metrics)
            return ActualsLoader(plan: plan, override: mapping, sheet: sheet)
        } catch {
            throw UsageFailure(message: "\(error)")
        }
    }
}
