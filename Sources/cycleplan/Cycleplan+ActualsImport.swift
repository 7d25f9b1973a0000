import ArgumentParser
import Foundation
import PlanAnalysis

extension Cycleplan.Actuals {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import actuals exports (.csv or .xlsx) into the metrics store.",
            discussion: """
                Each file is read as 'review --actuals' reads it (the plan's actuals: mapping, the \
                same checks and import report) and recorded as one import, in one transaction. \
                Every date is kept: a store holds several cycles.
                """
        )

        @Argument(help: "Actuals exports (.csv or .xlsx).")
        var files: [String]

        @Option(name: .long, help: "The plan whose metrics and actuals: mapping the exports are read with.")
        var plan: String

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var mapping: ActualsMappingOptions

        @Flag(name: .long, help: "Do not import a file whose import report lists any issue (exit 1).")
        var strict = false

        func validate() throws {
            guard !files.isEmpty else { throw UsageFailure(zh: "请至少给出一个导出文件", en: "name at least one export file").validation() }
        }

        func run() throws {
            let (loaded, _) = try loadPlan(plan, color: nil, lang: self.language.lang)
            let language = self.language.resolved(plan: loaded)
            let names = Dictionary(loaded.metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let environment = ProcessInfo.processInfo.environment
            let importer = StoreImport(loader: try mapping.loader(for: loaded), user: environment["USER"] ?? environment["LOGNAME"],
                                       host: ProcessInfo.processInfo.hostName)
            let store = try storeOptions.open(plan: plan, readOnly: false)
            var failed = false
            for path in files {
                let result: StoreImport.FileResult
                do {
                    result = try importer.importFile(path, into: store, strict: strict)
                } catch let error as ActualsLoadError {
                    Console.err(error.rendered(in: language))
                    failed = true
                    continue
                } catch {
                    reportStoreFailure(error)
                    throw InputErrors()
                }
                let issues = result.report.issues
                // An error (an unmapped column, an ambiguous number) fails the run as it fails a
                // review; the file's other values are imported, the refused cells are not.
                if issues.contains(where: { $0.severity == .error }) { failed = true }
                // Metrics by the plan's names, as `review` prints the same issues.
                for issue in issues.prefix(20) { Console.err(issue.rendered(language) { names[$0] ?? $0 }) }
                if issues.count > 20 {
                    Console.err(language.pick(zh: "……\(path) 另有 \(issues.count - 20) 条导入问题\n", en: "… and \(issues.count - 20) more import issues in \(path)\n"))
                }
                if let outcome = result.outcome {
                    Console.out(outcome.line(in: language))
                } else {
                    Console.err(language.pick(zh: "\(path)：未导入：用了 --strict，且有 \(issues.count) 条导入问题\n",
                                              en: "\(path): not imported: --strict and \(issues.count) import issue\(issues.count == 1 ? "" : "s")\n"))
                    failed = true
                }
            }
            if failed { throw InputErrors() }
        }
    }
}
