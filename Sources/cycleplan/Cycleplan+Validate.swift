import ArgumentParser
import PlanModel

extension Cycleplan {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check plans and report every problem at once.",
            discussion: """
                Each problem is printed as 'file:line:col: error: [id] message' with the source \
                line, a caret and, where it helps, a hint, in the language of --lang, else the \
                plan's lang:, else the locale (中文 unless it names English); the id never \
                changes. Exit 0 when there are no errors (warnings allowed), 1 when there are.
                """
        )

        @Argument(help: "Plan files to check.")
        var files: [String]

        @OptionGroup var output: DiagnosticOptions
        @OptionGroup var language: LanguageOptions

        @Flag(name: .long, help: "Also print an overview of each valid plan: phases, tasks, roles, metrics, targets.")
        var summary = false

        @Flag(name: .long, help: "Treat warnings as errors.")
        var strict = false

        func run() throws {
            var report = DiagnosticReport()
            var failed = false
            var declared: Set<Language> = []
            for (position, file) in files.enumerated() {
                let result = PlanLoader().load(file: file)
                if position == files.count - 1 { KeptUntilExit.keep(result) }
                if let lang = result.language { declared.insert(lang) }
                let diagnostics = result.diagnostics.sortedByLocation()
                report.add(file: file, diagnostics: diagnostics)
                failed = failed || result.hasErrors || (strict && diagnostics.warningCount > 0)
                guard output.format == .text else { continue }
                let renderer = DiagnosticRenderer(sources: result.sources,
                                                  language: runLanguage(flag: language.lang, plan: result.language),
                                                  color: output.useColor)
                Console.out(renderer.render(diagnostics))
                if !result.hasErrors, summary, let plan = result.plan {
                    Console.out(PlanSummary(plan: plan, language: language.resolved(plan: plan)).render())
                }
            }
            // The run's own lines follow the plans when they agree on one language.
            let overall = runLanguage(flag: language.lang, plan: declared.count == 1 ? declared.first : nil)
            if output.format == .json {
                Console.out(report.json(in: overall))
            } else if files.count > 1 || report.errors + report.warnings > 0 || !summary {
                Console.out(ValidationVerdict(files: files.count, errors: report.errors, warnings: report.warnings).line(overall))
            }
            if failed { throw InputErrors() }
        }
    }
}
