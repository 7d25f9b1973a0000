import MetricsStore
import PlanAnalysis
import PlanModel

extension StoreOptions {
    init(store: String) {
        self.init()
        self.store = store
    }

    /// The store opened read-only for `review`, its imports summed for the report.
    func reviewSource(metrics: [Metric]) throws -> (actuals: ActualsStore, imports: ImportReport) {
        let database = try open(plan: nil, readOnly: true)
        do {
            return (ActualsStore(source: database, metrics: metrics), ImportReport(imports: try database.imports()))
        } catch {
            reportStoreFailure(error)
            throw InputErrors()
        }
    }
}
