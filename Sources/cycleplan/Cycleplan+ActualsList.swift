import ArgumentParser
import MetricsStore

extension Cycleplan.Actuals {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the imports in the metrics store, oldest first.",
            discussion: "Opening the store for this migrates one written by an older cycleplan, after a backup copy."
        )

        @Option(name: .long, help: "The plan beside which the default store is.")
        var plan: String?

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var language: LanguageOptions

        func run() throws {
            let language = self.language.resolved(planPath: plan)
            let store = try storeOptions.open(plan: plan, readOnly: false)
            do {
                let imports = try store.imports()
                let counts = try store.counts()
                for record in imports { Console.out(record.line(in: language) + "\n") }
                Console.out(ImportRecord.total(imports: imports.count, current: counts.current, all: counts.all, in: language))
            } catch {
                reportStoreFailure(error)
                throw InputErrors()
            }
        }
    }
}
