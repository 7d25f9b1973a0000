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
                and the busiest role-days. Roles are leveled to their headcount unless --no-level.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json, csv
        }

        @Argument(help: "The plan file.")
        var plan: String

        @Option(name: .long, help: "table, json or csv (default: from the -o extension, else table).")
        var format: Format?

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output (-).")
        var output: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Level roles to their headcount (default on).")
        var level = true

        @Flag(name: .long, inversion: .prefixedNo, help: "Color the table (default: when stdout is a terminal).")
        var color: Bool?

        @OptionGroup(title: "Tracking (the rescheduled dates from the status file, with baseline and progress)")
        var tracking: TrackingOptions

        func run() throws {
            let chosen = try resolvedFormat()
            let (loaded, sources) = try loadPlan(plan, color: color)
            if tracking.inForce { return try runTracked(loaded, sources: sources, format: chosen) }
            let schedule = Scheduler(options: SchedulerOptions(level: level)).schedule(loaded)
            // JSON on standard output carries the diagnostics itself; otherwise they go to stderr.
            if chosen != .json || outputFile(output) != nil {
                Console.err(DiagnosticRenderer(sources: sources, color: wantsColor(color, stream: STDERR_FILENO))
                    .render(schedule.diagnostics.sortedByLocation()))
            }
            // An infeasible schedule is never written to a file; JSON on standard output still
            // carries its diagnostics for tools, with exit status 1.
            if schedule.diagnostics.hasErrors && (chosen != .json || outputFile(output) != nil) { throw InputErrors() }
            let bytes: [UInt8]
            switch chosen {
            case .table: bytes = Array(schedule.table(plan: loaded, color: outputFile(output) == nil && wantsColor(color, stream: STDOUT_FILENO)).utf8)
            case .json: bytes = schedule.jsonBytes(plan: loaded)
            case .csv: bytes = Array(schedule.csv(plan: loaded).utf8)
            }
            try emit(bytes, to: output)
            if schedule.diagnostics.hasErrors { throw InputErrors() }
        }

        /// The forecast from the status date: the table of the rescheduled dates, the CSV/JSON
        /// contract with the tracking columns. A forecast that cannot be made writes nothing.
        private func runTracked(_ loaded: Plan, sources: [String: SourceFile], format chosen: Format) throws {
            let tracked = try tracking.track(planPath: plan, plan: loaded, sources: sources, level: level, color: color)
            let forecast = tracked.standingSchedule(plan: loaded)
            let document = forecast.document(plan: loaded).showing(tracked.rowProgress, asOf: tracked.asOf, baseline: tracked.baselineLabel)
            let bytes: [UInt8]
            switch chosen {
            case .table: bytes = Array(forecast.table(plan: loaded, color: outputFile(output) == nil && wantsColor(color, stream: STDOUT_FILENO)).utf8)
            case .json: bytes = document.jsonBytes
            case .csv: bytes = Array(document.csv.utf8)
            }
            try emit(bytes, to: output)
        }

        private func resolvedFormat() throws -> Format {
            if let format { return format }
            guard let output = outputFile(output) else { return .table }
            switch output.split(separator: ".").last?.lowercased() {
            case "json": return .json
            case "csv": return .csv
            case "txt": return .table
            default: throw UsageFailure(message: "cannot tell the format of '\(output)'; use --format table|json|csv")
            }
        }
    }
}
