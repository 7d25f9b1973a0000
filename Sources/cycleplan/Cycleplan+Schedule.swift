import ArgumentParser
import PlanModel
import PlanScheduling
import PlanTracking
import Foundation

extension Cycleplan {
    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Schedule a plan on its working calendar and print the timeline.",
            discussion: """
                Prints one row per phase and task (start, finish, working days, total float, \
                critical marker, delay caused by leveling), then the finish date, the critical path \
                and the busiest role-days. Roles are leveled to their headcount unless --no-level. \
                Several plan files that include the same roles file are scheduled together: one \
                schedule, each plan a top-level group, the shared roles leveled jointly. A plan with \
                `portfolio:` warns where it and a sibling plan together over-book a shared role.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json, csv
        }

        @Argument(help: "The plan file; several plans that share a roles file are scheduled together, their roles leveled jointly.")
        var plans: [String]

        /// The plan when there is one (tracking takes one plan).
        var plan: String { plans[0] }

        @Option(name: .long, help: "table, json or csv (default: from the -o extension, else table).")
        var format: Format?

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output (-).")
        var output: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Level roles to their headcount (default on).")
        var level = true

        @Flag(name: .long, inversion: .prefixedNo, help: "Color the table (default: when stdout is a terminal).")
        var color: Bool?

        @OptionGroup var language: LanguageOptions

        @OptionGroup(title: "Tracking (the rescheduled dates from the status file, with baseline and progress)")
        var tracking: TrackingOptions

        func run() throws {
            let chosen = try resolvedFormat()
            if plans.count > 1 {
                guard !tracking.inForce else {
                    throw UsageFailure(zh: "跟踪（--status、--as-of、--baseline）只能针对一个计划", en: "tracking (--status, --as-of, --baseline) takes one plan")
                }
                return try runPortfolio(format: chosen)
            }
            let (loaded, loadedSources) = try loadPlan(plan, color: color)
            KeptUntilExit.keep(loaded)
            var sources = loadedSources
            if tracking.inForce { return try runTracked(loaded, sources: sources, format: chosen) }
            let schedule: PlanScheduling.Schedule
            var extra: [Diagnostic] = []
            if loaded.portfolio.isEmpty {
                schedule = Scheduler(options: SchedulerOptions(level: level)).schedule(loaded)
            } else {
                // With sibling plans: their load on the shared roles is compared with this one's.
                let computed = Scheduler(options: SchedulerOptions(level: level)).scheduleWithWorkload(loaded)
                schedule = computed.schedule
                let siblings = PortfolioRun.siblingWarnings(plan: loaded, workload: computed.workload, level: level)
                extra = siblings.diagnostics
                sources.merge(siblings.sources) { first, _ in first }
            }
            KeptUntilExit.keep(schedule)
            // JSON on standard output carries the diagnostics itself; otherwise they go to stderr.
            if chosen != .json || outputFile(output) != nil {
                Console.err(DiagnosticRenderer(sources: sources, language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO))
                    .render((schedule.diagnostics + extra).sortedByLocation()))
            }
            // An infeasible schedule is never written to a file; JSON on standard output still
            // carries its diagnostics for tools, with exit status 1.
            if schedule.diagnostics.hasErrors && (chosen != .json || outputFile(output) != nil) { throw InputErrors() }
            let bytes: [UInt8]
            switch chosen {
            case .table: bytes = Array(schedule.table(plan: loaded, color: outputFile(output) == nil && wantsColor(color, stream: STDOUT_FILENO), language: language.resolved(plan: loaded)).utf8)
            case .json:
                var document = schedule.document(plan: loaded)
                document.diagnostics += extra
                document.language = language.resolved(plan: loaded)
                bytes = document.jsonBytes
                KeptUntilExit.keep(document)
            case .csv: bytes = Array(schedule.csv(plan: loaded).utf8)
            }
            try emit(bytes, to: output)
            if schedule.diagnostics.hasErrors { throw InputErrors() }
        }

        /// Several plans: one combined plan (each plan a top-level group), leveled jointly.
        private func runPortfolio(format chosen: Format) throws {
            let (portfolio, sources) = try PortfolioRun.compose(plans, color: color)
            let schedule = Scheduler(options: SchedulerOptions(level: level)).schedule(portfolio.plan)
            if chosen != .json || outputFile(output) != nil {
                Console.err(DiagnosticRenderer(sources: sources, language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO))
                    .render(schedule.diagnostics.sortedByLocation()))
            }
            if schedule.diagnostics.hasErrors && (chosen != .json || outputFile(output) != nil) { throw InputErrors() }
            let bytes: [UInt8]
            switch chosen {
            case .table: bytes = Array(schedule.table(plan: portfolio.plan, color: outputFile(output) == nil && wantsColor(color, stream: STDOUT_FILENO), language: language.resolved(plan: portfolio.plan)).utf8)
            case .json:
                var document = portfolio.document(schedule)
                document.language = language.resolved(plan: portfolio.plan)
                bytes = document.jsonBytes
            case .csv: bytes = Array(portfolio.document(schedule).csv.utf8)
            }
            try emit(bytes, to: output)
            if schedule.diagnostics.hasErrors { throw InputErrors() }
        }

        /// The forecast from the status date: the table of the rescheduled dates, the CSV/JSON
        /// contract with the tracking columns. A forecast that cannot be made writes nothing.
        private func runTracked(_ loaded: Plan, sources: [String: SourceFile], format chosen: Format) throws {
            let tracked = try tracking.track(planPath: plan, plan: loaded, sources: sources, level: level, color: color)
            let forecast = tracked.standingSchedule(plan: loaded)
            KeptUntilExit.keep(tracked, forecast)
            var document = forecast.document(plan: loaded).showing(tracked.rowProgress, asOf: tracked.asOf, baseline: tracked.baselineLabel)
            document.language = language.resolved(plan: loaded)
            let bytes: [UInt8]
            switch chosen {
            case .table: bytes = Array(forecast.table(plan: loaded, color: outputFile(output) == nil && wantsColor(color, stream: STDOUT_FILENO), language: language.resolved(plan: loaded)).utf8)
            case .json: bytes = document.jsonBytes
            case .csv: bytes = Array(document.csv.utf8)
            }
            KeptUntilExit.keep(document)
            try emit(bytes, to: output)
        }

        private func resolvedFormat() throws -> Format {
            if let format { return format }
            guard let output = outputFile(output) else { return .table }
            switch output.split(separator: ".").last?.lowercased() {
            case "json": return .json
            case "csv": return .csv
            case "txt": return .table
            default: throw UsageFailure(zh: "无法从 '\(output)' 的扩展名判断格式，请用 --format table|json|csv", en: "cannot tell the format of '\(output)'; use --format table|json|csv")
            }
        }
    }
}
