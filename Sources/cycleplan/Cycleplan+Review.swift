import ArgumentParser
import Foundation
import PlanAnalysis
import PlanModel
import PlanScheduling

extension Cycleplan {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare targets with actuals and explain the gaps (复盘).",
            discussion: """
                Reads actuals exports (CSV in UTF-8 or GB18030 with any delimiter, or .xlsx; wide or \
                long layout), measures every target over its node's scheduled window, paces and \
                forecasts running windows, attributes derived metrics' gaps to their drivers, breaks \
                gaps down by dimension, and tests the plan's A/B experiments. The report's form \
                follows the -o extension (.json .md .html .txt) or --format.
                """
        )

        @Argument(help: "The plan file.")
        var plan: String

        @Option(name: .long, parsing: .upToNextOption, help: "Actuals exports (.csv or .xlsx).")
        var actuals: [String] = []

        @Option(name: .long, help: "Review from this metrics store (a path or sqlite:PATH; opened read-only) instead of --actuals.")
        var store: String?

        @Option(name: .long, parsing: .upToNextOption, help: "A previous period's exports, to explain gaps against instead of targets.")
        var compare: [String] = []

        @Option(name: .long, help: "Review date (YYYY-MM-DD): windows still running are paced and forecast.")
        var asOf: String?

        @Option(name: .long, help: "How to split gaps: chain, lmdi (default) or shapley.")
        var attribution: String = "lmdi"

        @Option(name: .long, help: "text (default), json, markdown or html; default: from the -o extension.")
        var format: String?

        @Option(name: .shortAndLong, help: "Write the report to this file (.json, .md, .html or .txt), atomically; - for standard output.")
        var output: String?

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

        @Flag(name: .long, help: "Treat any rejected or doubtful row as an error (exit 1).")
        var strict = false

        func validate() throws {
            if store != nil && !actuals.isEmpty { throw ValidationError("--actuals and --store: review from one or the other") }
            if store == nil && actuals.isEmpty { throw ValidationError("name the actuals: --actuals FILE… or --store PATH") }
        }

        func run() throws {
            guard let method = AttributionMethod(rawValue: attribution) else {
                throw UsageFailure(message: "--attribution must be chain, lmdi or shapley")
            }
            let reviewDate = try asOf.map { text in
                guard case .success(let date) = CivilDate.parse(text) else { throw UsageFailure(message: "--as-of '\(text)' is not a date (YYYY-MM-DD)") }
                return date
            }
            let form: ReviewFormat
            do { form = try ReviewFormat.choose(format: format, output: outputFile(output)) } catch { throw UsageFailure(message: "\(error)") }
            let (loaded, sources) = try loadPlan(plan, color: nil)
            let mapping: ActualsSpec?
            do {
                mapping = try ActualsSpec.commandLine(dateColumn: dateColumn, metricColumn: metricColumn, valueColumn: valueColumn,
                                                      columns: column, dimensions: dimension, metrics: loaded.metrics)
            } catch {
                throw UsageFailure(message: "\(error)")
            }
            let schedule = Scheduler().schedule(loaded)
            Console.err(DiagnosticRenderer(sources: sources).render(schedule.diagnostics.sortedByLocation()))
            guard !schedule.diagnostics.hasErrors else { throw InputErrors() }

            let loader = ActualsLoader(plan: loaded, override: mapping, sheet: sheet)
            let window = DateRange(first: loaded.start, last: max(schedule.finish, loaded.start))
            var imported: (observations: [Observation], report: ImportReport) = ([], ImportReport())
            var comparison: ActualsStore?
            let fromStore = try store.map { try StoreOptions(store: $0).reviewSource(metrics: loaded.metrics) }
            do {
                if fromStore == nil { imported = try loader.load(actuals, window: window) }
                if !compare.isEmpty {
                    comparison = ActualsStore(observations: try loader.load(compare, window: nil).observations, metrics: loaded.metrics)
                }
            } catch {
                Console.err("\(error.path): error: [\(error.id)] \(error)\n  hint: \(error.hint)\n")
                throw InputErrors()
            }
            let measured = fromStore?.actuals ?? ActualsStore(observations: imported.observations, metrics: loaded.metrics)
            let report = ReviewEngine(plan: loaded, schedule: schedule, actuals: measured,
                                      imports: fromStore?.imports ?? imported.report, asOf: reviewDate, method: method, comparison: comparison).run()
            if let failure = measured.readFailure {
                reportStoreFailure(failure)
                throw InputErrors()
            }
            let issues = imported.report.issues
            for issue in issues.prefix(20) { Console.err(issue.rendered) }
            if issues.count > 20 { Console.err("… and \(issues.count - 20) more import issues (all of them are in the JSON report)\n") }
            try emit(form.render(report, metrics: loaded.metrics, title: loaded.title), to: output)
            if outputFile(output) != nil && form != .text { Console.out(report.summary(metrics: loaded.metrics)) }
            if strict && !issues.isEmpty {
                Console.err("cycleplan: --strict: \(issues.count) import issue\(issues.count == 1 ? "" : "s")\n")
                throw InputErrors()
            }
        }
    }
}
