import ArgumentParser
import MetricsStore

extension Cycleplan.Actuals {
    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Undo an import: its values leave the store, and the values it had superseded are read again."
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
            let store = try storeOptions.open(plan: plan, readOnly: false)
            do {
                guard let history = try store.history(of: id) else { throw NoSuchImport(id: id) }
                guard try store.drop(id) else { throw NoSuchImport(id: id) }
                Console.out(history.droppedLine(in: language))
            } catch {
                reportStoreFailure(error)
                throw InputErrors()
            }
        }
    }
}
