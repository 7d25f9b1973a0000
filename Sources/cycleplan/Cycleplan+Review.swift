import ArgumentParser
import Foundation
import PlanAnalysis
import PlanModel
import PlanScheduling
import PlanTracking

extension Cycleplan {
    struct Review: ParsableCommand {
        /// Import issues printed one line each after the first 20 shown in full.
        static let issueLinesShown = 1_000

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

        @Option(name: .long, help: "Review from this metrics store (a path or sqlite:PATH; opened read-only) instead of --actuals (or of the plan's warehouse table).")
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

        @OptionGroup var mapping: ActualsMappingOptions

        @OptionGroup var periodOptions: ReviewPeriodOptions

        @Option(name: .long, help: "A value two files both give: error (default, exit 1), first or last (keep that file's, with a warning).")
        var onOverlap: String = "error"

        @Flag(name: .long, help: "Treat any rejected or doubtful row, overlap or unmapped column as an error (exit 1).")
        var strict = false

        @Option(name: .long, help: "A status file: measure and pace over the windows as they now stand (the forecast from its status date).")
        var status: String?

        @Option(name: .long, help: "With tracking: the baseline (default: the first saved); alone, tracks with PLAN.status.yaml beside the plan.")
        var baseline: String?

        @OptionGroup var language: LanguageOptions

        @Option(name: .long, help: "Large numbers as plain grouped digits (plain, default) or in 万/亿 (cn).")
        var numbers: NumberStyle = .plain

        func validate() throws {
            if store != nil && !actuals.isEmpty {
                throw UsageFailure(zh: "--actuals 与 --store 只能选一个作为复盘的数据来源", en: "--actuals and --store: review from one or the other").validation()
            }
            if store == nil && periodOptions.asked {
                throw UsageFailure(zh: "[previous_needs_store] --previous、--last-year、--shift 和 --trend 从指标库读取以往的周期："
                                       + "先用 'cycleplan actuals import' 导入，再加 --store",
                                   en: "[previous_needs_store] --previous, --last-year, --shift and --trend read earlier cycles from a metrics store: "
                                       + "import them with 'cycleplan actuals import' and add --store").validation()
            }
            if !compare.isEmpty && (periodOptions.previous != nil || periodOptions.lastYear != nil || !periodOptions.shift.isEmpty) {
                throw UsageFailure(zh: "--compare 文件…… 与 --previous/--last-year/--shift 不能同用：要么与这些文件对比，要么与指标库里以往的周期对比",
                                   en: "--compare FILE… and --previous/--last-year/--shift: compare with the files or with the store's earlier cycles, not both").validation()
            }
        }

        func run() throws {
            guard let method = AttributionMethod(rawValue: attribution) else {
                throw UsageFailure(zh: "--attribution 须是 chain、lmdi 或 shapley", en: "--attribution must be chain, lmdi or shapley")
            }
            guard let overlapPolicy = OverlapPolicy(rawValue: onOverlap) else {
                throw UsageFailure(zh: "--on-overlap 须是 error、first 或 last", en: "--on-overlap must be error, first or last")
            }
            var reviewDate = try asOf.map { text in
                guard case .success(let date) = CivilDate.parse(text) else { throw UsageFailure(zh: "--as-of '\(text)' 不是日期（YYYY-MM-DD）", en: "--as-of '\(text)' is not a date (YYYY-MM-DD)") }
                return date
            }
            _ = try periodOptions.shifts()
            let form: ReviewFormat
            do { form = try ReviewFormat.choose(format: format, output: outputFile(output)) } catch { throw UsageFailure(error.text) }
            let (loaded, sources) = try loadPlan(plan, color: nil)
            let loader = try mapping.loader(for: loaded, onOverlap: overlapPolicy)
            let schedule: PlanScheduling.Schedule
            if status != nil || baseline != nil {
                // The windows as they now stand: targets are measured and paced over the
                // forecast from the status date, which is also the review date unless --as-of.
                var tracking = TrackingOptions()
                tracking.asOf = asOf
                tracking.status = status
                tracking.baseline = baseline
                let tracked = try tracking.track(planPath: plan, plan: loaded, sources: sources, level: true, color: nil)
                schedule = tracked.standingSchedule(plan: loaded)
                reviewDate = reviewDate ?? tracked.asOf
            } else {
                schedule = Scheduler().schedule(loaded)
                Console.err(DiagnosticRenderer(sources: sources, language: runLanguage()).render(schedule.diagnostics.sortedByLocation()))
                guard !schedule.diagnostics.hasErrors else { throw InputErrors() }
            }

            let (periods, previousPlans) = try periodOptions.periods(plan: loaded, schedule: schedule)
            let window = DateRange(first: loaded.start, last: max(schedule.finish, loaded.start))
            var imported: (columns: ObservationColumns, report: ImportReport) = (ObservationColumns(), ImportReport())
            var comparison: ActualsStore?
            var comparedIssues: [ImportIssue] = []
            // Files or a store named on the command line, else the plan's warehouse table.
            if store == nil && actuals.isEmpty && loaded.review.warehouse == nil {
                throw UsageFailure(zh: "请指明实际数据：--actuals 文件…、--store 路径，或在计划里写数据仓库的表（actuals: {source: postgres://…, table: …}）",
                                   en: "name the actuals: --actuals FILE…, --store PATH, or a warehouse table in the plan (actuals: {source: postgres://…, table: …})")
            }
            let fromStore = try store.map { try StoreOptions(store: $0).reviewSource(metrics: loaded.metrics) }
                ?? loaded.review.warehouse.flatMap { spec in
                    try actuals.isEmpty ? warehouseReviewSource(spec, plan: loaded, window: window, sources: sources) : nil
                }
            do {
                if fromStore == nil { imported = try loader.loadColumns(actuals, window: window) }
                if !compare.isEmpty {
                    let previous = try loader.loadColumns(compare, window: nil)
                    comparison = ActualsStore(columns: previous.columns, metrics: loaded.metrics)
                    // The previous period's files are accounted for as strictly as the actuals.
                    comparedIssues = previous.report.issues
                }
            } catch {
                Console.err(error.rendered(in: language.resolved(plan: loaded)))
                throw InputErrors()
            }
            let measured = fromStore?.actuals ?? ActualsStore(columns: imported.columns, metrics: loaded.metrics)
            // The store holds the columns now (taken over, or sorted into its own).
            imported.columns = ObservationColumns()
            var engine = ReviewEngine(plan: loaded, schedule: schedule, actuals: measured,
                                      imports: fromStore?.imports ?? imported.report, asOf: reviewDate, method: method, comparison: comparison)
            engine.periods = periods
            engine.trendCycles = periodOptions.trendCycles
            let report = engine.run()
            if let failure = measured.readFailure {
                reportStoreFailure(failure)
                throw InputErrors()
            }
            try checkPeriodsHaveData(report, periods: periods, plans: previousPlans)
            let issues = imported.report.issues + comparedIssues
            let language = self.language.resolved(plan: loaded)
            // Every rejected row is listed: the first 20 with their hints, the next ones one
            // line each, up to a bound a terminal can take; every one of them is in the JSON,
            // Markdown and HTML reports.
            for line in issues.consoleLines(metrics: loaded.metrics, language: language, lines: Self.issueLinesShown) { Console.err(line) }
            for warning in report.coverageWarnings(metrics: loaded.metrics, language: language) { Console.err(warning) }
            try emit(form.render(report, metrics: loaded.metrics, title: loaded.title, language: language, numbers: numbers), to: output)
            if outputFile(output) != nil && form != .text { Console.out(report.summary(metrics: loaded.metrics, language: language, numbers: numbers)) }
            if let line = issues.errorsLine(language: language) {
                // Unmapped columns and overlaps: the report was written, but its numbers miss cells.
                Console.err(line)
                throw InputErrors()
            }
            if strict, let line = issues.strictLine(language: language) {
                Console.err(line)
                throw InputErrors()
            }
        }
    }
}
