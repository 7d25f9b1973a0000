import ArgumentParser
import Foundation
import PlanModel
import PlanScheduling
import PlanTracking

extension Cycleplan {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reschedule the remaining work from the status date and report slip and earned schedule.",
            discussion: """
                Reads PLAN.status.yaml beside the plan (or --status FILE), pins the actual dates, \
                reschedules what is left from the day after the status date and compares with the \
                baseline (--baseline NAME, else the first saved). -o status.md|status.html writes \
                the weekly report (周报).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, markdown, html
        }

        @Argument(help: "The plan file.")
        var plan: String

        @Option(name: .customLong("as-of"), help: "The status date (YYYY-MM-DD); overrides the status file's asOf.")
        var asOf: String?

        @Option(name: .long, help: "The baseline to compare with (default: the first saved).")
        var baseline: String?

        @Option(name: .long, help: "The status file (default: PLAN.status.yaml beside the plan).")
        var status: String?

        @Option(name: .long, help: "text, json, markdown or html (default: from the -o extension, else text).")
        var format: Format?

        @Option(name: .shortAndLong, help: "Write to this file (atomically): .json, .md, .html or .txt.")
        var output: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Level roles to their headcount (default on).")
        var level = true

        @Flag(name: .long, inversion: .prefixedNo, help: "Color the table (default: when stdout is a terminal).")
        var color: Bool?

        func run() throws {
            let chosen: TrackingFormat
            do { chosen = try TrackingFormat.choose(format: format.flatMap { TrackingFormat(rawValue: $0.rawValue) }, output: output) } catch {
                throw UsageFailure(message: "\(error)")
            }
            let statusDate = try asOf.map { text in
                guard case .success(let date) = CivilDate.parse(text) else { throw UsageFailure(message: "--as-of '\(text)' is not a date (YYYY-MM-DD)") }
                return date
            }
            let (loaded, sources) = try loadPlan(plan, color: color)
            let renderer = DiagnosticRenderer(sources: sources, color: wantsColor(color, stream: STDERR_FILENO))
            let statusFile = try readStatus(plan: loaded, asOf: statusDate)
            let store = try loadBaselines(BaselineStore.path(forPlan: plan), color: color)
            var compared = store.baselines.first
            if let baseline {
                guard let named = store.baseline(named: baseline) else {
                    let hint = Suggestion.closest(to: baseline, in: store.baselines.map(\.name)).map { "; did you mean '\($0)'?" }
                        ?? (store.baselines.isEmpty ? "; none is saved yet (cycleplan baseline save \(plan))" : "; saved: " + store.baselines.map(\.name).joined(separator: ", "))
                    throw UsageFailure(message: "no baseline '\(baseline)' for \(plan)\(hint)")
                }
                compared = named
            }
            let outcome = Tracker(options: SchedulerOptions(level: level))
                .track(plan: loaded, baseline: compared, status: statusFile, revision: PlanContentHash.of(loaded))
            let toolOutput = chosen == .json && output == nil
            if !toolOutput { Console.err(renderer.render(outcome.diagnostics.sortedByLocation())) }
            guard let tracked = outcome.tracked else {
                if toolOutput { Console.err(renderer.render(outcome.diagnostics.sortedByLocation())) }
                throw InputErrors()
            }
            let weekly = WeeklyStatus(tracked)
            let bytes: [UInt8]
            switch chosen {
            case .text: bytes = Array(tracked.table(plan: loaded, color: output == nil && wantsColor(color, stream: STDOUT_FILENO)).utf8)
            case .json: bytes = tracked.json(plan: loaded).serializedBytes()
            case .markdown: bytes = Array(weekly.markdown(plan: loaded).utf8)
            case .html: bytes = Array(weekly.html(plan: loaded).utf8)
            }
            try emit(bytes, to: output)
            if output != nil, chosen != .text {
                Console.out(tracked.table(plan: loaded, color: wantsColor(color, stream: STDOUT_FILENO)))
            }
        }

        /// The status file given, else the one beside the plan, else (with --as-of) nothing
        /// started yet. Its problems go to standard error; errors end the command (exit 1).
        private func readStatus(plan loaded: Plan, asOf statusDate: CivilDate?) throws -> StatusFile {
            let path = status ?? BaselineStore.sibling(of: plan, suffix: ".status.yaml")
            if status == nil && !FileManager.default.fileExists(atPath: path) {
                guard let statusDate else {
                    throw UsageFailure(message: "no status file \(path); write one (see docs/tracking.md), name it with --status, or give --as-of DATE")
                }
                return StatusFile(asOf: statusDate)
            }
            let result = StatusLoader().load(file: path, plan: loaded, asOf: statusDate)
            Console.err(DiagnosticRenderer(sources: result.sources, color: wantsColor(color, stream: STDERR_FILENO))
                .render(result.diagnostics.sortedByLocation()))
            guard !result.hasErrors, let statusFile = result.status else {
                let errors = result.diagnostics.errorCount
                Console.err("cycleplan: \(path) has \(errors) error\(errors == 1 ? "" : "s")\n")
                throw InputErrors()
            }
            return statusFile
        }
    }
}
