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

        func run() throws {
            let store = try storeOptions.open(plan: plan, readOnly: false)
            do {
                let imports = try store.imports()
                let counts = try store.counts()
                for record in imports { Console.out(record.line + "\n") }
                Console.out("\(imports.count) import\(imports.count == 1 ? "" : "s"), \(counts.current) current values, \(counts.all) with the history\n")
            } catch {
                reportStoreFailure(error)
                throw InputErrors()
            }
        }
    }
}
