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

        func run() throws {
            var report = DiagnosticReport()
            var failed = false
            for file in files {
                let result = PlanLoader().load(file: file)
                let diagnostics = result.diagnostics.sortedByLocation()
                report.add(file: file, diagnostics: diagnostics)
                failed = failed || result.hasErrors || (strict && diagnostics.warningCount > 0)
                guard output.format == .text else { continue }
                let renderer = DiagnosticRenderer(sources: result.sources, color: output.useColor)
                Console.out(renderer.render(diagnostics))
                if !result.hasErrors, summary, let plan = result.plan {
                    Console.out(PlanSummary(plan: plan).render())
                }
            }
            if output.format == .json {
                Console.out(report.json())
            } else if files.count > 1 || report.errors + report.warnings > 0 || !summary {
                let verdict = report.errors == 0 ? "ok" : "failed"
                Console.out("\(verdict): \(files.count) file\(files.count == 1 ? "" : "s") checked, "
                            + "\(report.errors) error\(report.errors == 1 ? "" : "s"), "
                            + "\(report.warnings) warning\(report.warnings == 1 ? "" : "s")\n")
            }
            if failed { throw InputErrors() }
        }
    }
}
