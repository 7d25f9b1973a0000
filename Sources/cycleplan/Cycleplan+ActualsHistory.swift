import ArgumentParser
import MetricsStore

extension Cycleplan.Actuals {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one import: its file, who brought it, and which of its values later imports superseded."
        )

        @Argument(help: "The import's number, as 'actuals list' shows it (#3 or 3).")
        var importID: String

        @Option(name: .long, help: "The plan beside which the default store is.")
        var plan: String?

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var language: LanguageOptions

        func run() throws {
            let language = self.language.resolved(planPath: plan)
            let id = try parseImportID(importID)
            let store = try storeOptions.open(plan: plan, readOnly: true)
            do {
                guard let history = try store.history(of: id) else { throw NoSuchImport(id: id) }
                Console.out(history.text(in: language))
            } catch {
                reportStoreFailure(error)
                throw InputErrors()
            }
        }
    }
}
