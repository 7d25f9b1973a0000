import ArgumentParser
import PlanModel

extension Cycleplan {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check plans and report every problem at once.",
            discussion: """
                Each problem is printed as 'file:line:col: error: [id] message' with the source \
                line, a caret and, where it helps, a hint. Exit 0 when there are no errors \
                (warnings allowed), 1 when there are.
                """
        )

        @Argument(help: "Plan files to check.")
        var files: [String]

        @OptionGroup var output: DiagnosticOptions

        @Flag(name: .long, help: "Also print an overview of each valid plan: phases, tasks, roles, metrics, targets.")
        var summary = false

        @Flag(name: .long, help: "Treat warnings as errors.")
        var strict = false

        @OptionGroup var language: LanguageOptions

        func run() throws {
            var report = DiagnosticReport()
            var failed = false
            var lastPlan: Plan?
            for file in files {
                let result = PlanLoader().load(file: file)
                lastPlan = result.plan
                let diagnostics = result.diagnostics.sortedByLocation()
                report.add(file: file, diagnostics: diagnostics)
                failed = failed || result.hasErrors || (strict && diagnostics.warningCount > 0)
                guard output.format == .text else { continue }
                let renderer = DiagnosticRenderer(sources: result.sources, color: output.useColor)
                Console.out(renderer.render(diagnostics))
                if !result.hasErrors, summary, let plan = result.plan {
                    Console.out(PlanSummary(plan: plan, language: language.resolved(plan: plan)).render())
                }
            }
            if output.format == .json {
                Console.out(report.json())
            } else if files.count > 1 || report.errors + report.warnings > 0 || !summary {
                // Several plans may each name a language: the line follows the flag or the locale
                // (or the one plan's `lang:`).
                let verdict = ValidationVerdict(files: files.count, errors: report.errors, warnings: report.warnings)
                Console.out(verdict.line(language.resolved(plan: files.count == 1 ? lastPlan : nil)))
            }
            if failed { throw InputErrors() }
        }
    }
}
