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

        @Argument(help: "The plan file; several plans that share a roles file are tracked together, each with its own status file and baseline.")
        var plans: [String]

        var plan: String { plans[0] }

        @OptionGroup var tracking: TrackingOptions

        @Option(name: .long, parsing: .upToNextOption, help: "Actuals exports (.csv or .xlsx): the report adds each KPI's pacing to the status date.")
        var actuals: [String] = []

        @Option(name: .long, help: "text, json, markdown or html (default: from the -o extension, else text).")
        var format: Format?

        @Option(name: .shortAndLong, help: "Write to this file (atomically): .json, .md, .html or .txt.")
        var output: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Level roles to their headcount (default on).")
        var level = true

        @Flag(name: .long, inversion: .prefixedNo, help: "Color the table (default: when stdout is a terminal).")
        var color: Bool?

        @OptionGroup var language: LanguageOptions

        @Option(name: .long, help: "With --actuals: large KPI figures as plain grouped digits (plain, default) or in 万/亿 (cn).")
        var numbers: NumberStyle = .plain

        func run() throws {
            let chosen: TrackingFormat
            do { chosen = try TrackingFormat.choose(format: format.flatMap { TrackingFormat(rawValue: $0.rawValue) }, output: output) } catch {
                throw UsageFailure(error.text)
            }
            let loaded: Plan, sources: [String: SourceFile], outcome: Tracker.Outcome
            if plans.count > 1 {
                guard actuals.isEmpty else {
                    throw UsageFailure(zh: "--actuals 只能用于一个计划（它衡量一个计划的 KPI 进度）", en: "--actuals paces one plan's KPIs; give one plan")
                }
                (loaded, outcome, sources) = try tracking.portfolioOutcome(planPaths: plans, level: level, color: color)
            } else {
                // The baselines file does not depend on the plan: read beside its loading.
                let baselines = prefetchBaselines(planPath: plan)
                (loaded, sources) = try loadPlan(plan, color: color)
                outcome = try tracking.outcome(planPath: plan, plan: loaded, level: level, color: color, baselines: baselines)
            }
            KeptUntilExit.keep(loaded, outcome)
            let renderer = DiagnosticRenderer(sources: sources, language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO))
            let toolOutput = chosen == .json && output == nil
            if !toolOutput { Console.err(renderer.render(outcome.diagnostics.sortedByLocation())) }
            guard let tracked = outcome.tracked else {
                if toolOutput { Console.err(renderer.render(outcome.diagnostics.sortedByLocation())) }
                throw InputErrors()
            }
            let language = self.language.resolved(plan: loaded)
            // Read even when the format does not show them: a damaged export still fails the command.
            let pacing = actuals.isEmpty ? [] : try StatusPacing.lines(plan: loaded, tracked: tracked, actuals: actuals, language: language, numbers: numbers)
            // The report's picks copy rows of every task: made only for the report.
            func weekly() -> WeeklyStatus {
                var weekly = WeeklyStatus(tracked)
                weekly.pacing = pacing
                KeptUntilExit.keep(weekly)
                return weekly
            }
            let toFile = output != nil, tableColor = wantsColor(color, stream: STDOUT_FILENO)
            // With -o FILE the table is printed too: it is built on the second core meanwhile.
            let (bytes, table) = bothAtOnce({ () -> [UInt8] in
                switch chosen {
                case .text: return Array(tracked.table(plan: loaded, color: !toFile && tableColor, language: language).utf8)
                case .json: return tracked.jsonBytes(plan: loaded, language: language)
                case .markdown: return Array(weekly().markdown(plan: loaded, language: language).utf8)
                case .html: return Array(weekly().html(plan: loaded, language: language).utf8)
                }
            }, { toFile && chosen != .text ? tracked.table(plan: loaded, color: tableColor, language: language) : nil })
            try emit(bytes, to: output)
            if let table { Console.out(table) }
        }
    }
}
