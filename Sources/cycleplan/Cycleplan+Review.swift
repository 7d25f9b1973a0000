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
                Reads actuals exports (CSV: UTF-8 or GB18030, any delimiter, wide or long layout), \
                measures every target over its node's scheduled window, paces and forecasts running \
                windows, attributes derived metrics' gaps to their drivers, breaks gaps down by \
                dimension, and tests the plan's A/B experiments.
                """
        )

        @Argument(help: "The plan file.")
        var plan: String

        @Option(name: .long, parsing: .upToNextOption, help: "Actuals exports (.csv or .xlsx).")
        var actuals: [String]

        @Option(name: .long, parsing: .upToNextOption, help: "A previous period's exports, to explain gaps against instead of targets.")
        var compare: [String] = []

        @Option(name: .long, help: "Review date (YYYY-MM-DD): windows still running are paced and forecast.")
        var asOf: String?

        @Option(name: .long, help: "How to split gaps: chain, lmdi (default) or shapley.")
        var attribution: String = "lmdi"

        @Option(name: .long, help: "text (default), json or markdown.")
        var format: String = "text"

        @Option(name: .shortAndLong, help: "Write the report to this file (.json or .md), atomically.")
        var output: String?

        @Option(name: .long, help: "The sheet to read in .xlsx files (default: the first).")
        var sheet: String?

        @Flag(name: .long, help: "Treat any rejected or doubtful row as an error.")
        var strict = false

        func run() throws {
            guard let method = AttributionMethod(rawValue: attribution) else {
                throw UsageFailure(message: "--attribution must be chain, lmdi or shapley")
            }
            var reviewDate: CivilDate?
            if let asOf {
                guard case .success(let date) = CivilDate.parse(asOf) else { throw UsageFailure(message: "--as-of '\(asOf)' is not a date") }
                reviewDate = date
            }
            let wantsJSON = format == "json" || output?.hasSuffix(".json") == true
            let wantsMarkdown = format == "markdown" || output?.hasSuffix(".md") == true
            guard ["json", "text", "markdown"].contains(format) else { throw UsageFailure(message: "--format must be text, json or markdown") }
            let (loaded, sources) = try loadPlan(plan, color: nil)
            let schedule = Scheduler().schedule(loaded)
            Console.err(DiagnosticRenderer(sources: sources).render(schedule.diagnostics.sortedByLocation()))
            guard !schedule.diagnostics.hasErrors else { throw InputErrors() }
            let window = DateRange(first: loaded.start, last: max(schedule.finish, loaded.start))
            let (observations, imports) = try importFiles(actuals, plan: loaded, window: window)
            let comparison = compare.isEmpty ? nil : ActualsStore(observations: try importFiles(compare, plan: loaded, window: nil).0,
                                                                  metrics: loaded.metrics)
            let report = ReviewEngine(plan: loaded, schedule: schedule, actuals: ActualsStore(observations: observations, metrics: loaded.metrics),
                                      imports: imports, asOf: reviewDate, method: method, comparison: comparison).run()
            for issue in imports.issues.prefix(20) {
                Console.err("\(issue.file):\(issue.row)\(issue.column.map { ":\($0)" } ?? ""): warning: [\(issue.kind.rawValue)] \(issue.message)\n")
            }
            if imports.issues.count > 20 { Console.err("… and \(imports.issues.count - 20) more import issues (see the JSON report)\n") }
            if wantsMarkdown {
                try emit(Array(report.markdown(metrics: loaded.metrics, title: loaded.title).utf8), to: output)
                if output != nil { Console.out(report.summary(metrics: loaded.metrics)) }
            } else if wantsJSON {
                try emit(report.json().serializedBytes(), to: output)
                if output != nil { Console.out(report.summary(metrics: loaded.metrics)) }
            } else {
                try emit(Array(report.summary(metrics: loaded.metrics).utf8), to: output)
            }
            if strict && !imports.issues.isEmpty { throw InputErrors() }
        }

        private func importFiles(_ paths: [String], plan: Plan, window: DateRange?) throws -> ([Observation], ImportReport) {
            var observations: [Observation] = []
            var total = ImportReport()
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw UsageFailure(message: "cannot read '\(path)'")
                }
                let table: any ActualsTable
                do {
                    if path.lowercased().hasSuffix(".xlsx") {
                        table = try XLSXReader.read([UInt8](data), sheet: sheet)
                    } else {
                        table = try CSVTable.read([UInt8](data))
                    }
                } catch {
                    Console.err("\(path): error: \(error)\n")
                    throw InputErrors()
                }
                guard let mapping = ActualsMapping.resolve(header: table.header, metrics: plan.metrics.map { ($0.id, $0.name) },
                                                           declared: plan.review.actuals) else {
                    Console.err("\(path):1: error: no date column (日期, date, 统计日期…); declare it under 'actuals: {date: …}'\n")
                    throw InputErrors()
                }
                let (found, report) = ActualsImporter(window: window).read(table, file: path, mapping: mapping)
                observations += found
                total.rowsRead += report.rowsRead
                total.rowsUsed += report.rowsUsed
                total.rowsRejected += report.rowsRejected
                total.issues += report.issues
            }
            return (observations, total)
        }
    }
}
