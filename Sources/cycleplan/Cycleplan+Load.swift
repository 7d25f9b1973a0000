import ArgumentParser
import Foundation
import PlanModel
import PlanRendering
import PlanScheduling

extension Cycleplan {
    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show booked vs available person-days per role or person, day by day or week by week.",
            discussion: """
                Schedules the plan (several plans that share a roles file together, leveled jointly) \
                and prints, per day (or --week), the person-days each role (or --by person, each \
                listed person) is booked against what it has; over-booked cells are marked '!'. \
                -o load.csv|load.json for tools, load.svg|load.html for a heat map.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json, csv, svg, html
        }

        enum By: String, ExpressibleByArgument, CaseIterable {
            case role, person
        }

        @Argument(help: "The plan file(s); several plans that share a roles file are scheduled together.")
        var plans: [String]

        @Option(name: .long, help: "role (default) or person.")
        var by: By = .role

        @Flag(name: .long, help: "One column per week (Monday to Sunday) instead of per day.")
        var week = false

        @Option(name: .long, help: "First day shown (YYYY-MM-DD; default: the plan start).")
        var from: String?

        @Option(name: .long, help: "Last day shown (YYYY-MM-DD; default: the last day booked).")
        var to: String?

        @Option(name: .long, help: "table, json, csv, svg or html (default: from the -o extension, else table).")
        var format: Format?

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output (-).")
        var output: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Level roles to their headcount (default on).")
        var level = true

        @Flag(name: .long, inversion: .prefixedNo, help: "Color the table (default: when stdout is a terminal).")
        var color: Bool?

        @OptionGroup var language: LanguageOptions

        func run() throws {
            let chosen = try resolvedFormat()
            let first = try date(from, "--from"), last = try date(to, "--to")
            if let first, let last, last < first { throw UsageFailure(zh: "--to \(last) 早于 --from \(first)：结束日期早于开始日期", en: "--to \(last) is before --from \(first)") }
            let plan: Plan, sources: [String: SourceFile]
            if plans.count > 1 {
                let composed = try PortfolioRun.compose(plans, color: color)
                (plan, sources) = (composed.portfolio.plan, composed.sources)
            } else {
                (plan, sources) = try loadPlan(plans[0], color: color)
            }
            let computed = Scheduler(options: SchedulerOptions(level: level)).scheduleWithWorkload(plan, through: last)
            Console.err(DiagnosticRenderer(sources: sources, language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO))
                .render(computed.schedule.diagnostics.sortedByLocation()))
            guard !computed.schedule.diagnostics.hasErrors else { throw InputErrors() }
            var workload = computed.workload.rows(by == .role ? .role : .person)
            if by == .person && workload.rows.isEmpty {
                throw UsageFailure(zh: "\(plans.joined(separator: "、")) 没有角色列出人员，请用 --by role",
                                   en: "no role of \(plans.joined(separator: ", ")) lists people; use --by role")
            }
            if first != nil || last != nil { workload = workload.clipped(from: first, to: last) }
            if week { workload = workload.weekly() }
            let language = self.language.resolved(plan: plan)
            let title = "\(plan.title) · " + language.pick(zh: "负荷", en: "workload")
            let text: String
            switch chosen {
            case .table: text = workload.table(color: outputFile(output) == nil && wantsColor(color, stream: STDOUT_FILENO), language: language)
            case .json: text = workload.json.serialized()
            case .csv: text = workload.csv
            case .svg: text = WorkloadChart(workload: workload, title: title, language: language).svg()
            case .html: text = WorkloadChart(workload: workload, title: title, language: language).html()
            }
            try emit(Array(text.utf8), to: output)
        }

        private func date(_ value: String?, _ option: String) throws -> CivilDate? {
            guard let value else { return nil }
            guard case .success(let date) = CivilDate.parse(value) else {
                throw UsageFailure(zh: "\(option) '\(value)' 不是日期；日期格式如 2027-02-15", en: "\(option) '\(value)' is not a date; write it as 2027-02-15")
            }
            return date
        }

        private func resolvedFormat() throws -> Format {
            if let format { return format }
            guard let output = outputFile(output) else { return .table }
            switch output.split(separator: ".").last?.lowercased() {
            case "json": return .json
            case "csv": return .csv
            case "svg": return .svg
            case "html", "htm": return .html
            case "txt": return .table
            default: throw UsageFailure(zh: "无法从 '\(output)' 的扩展名判断格式，请用 --format table|json|csv|svg|html",
                                               en: "cannot tell the format of '\(output)'; use --format table|json|csv|svg|html")
            }
        }
    }
}
