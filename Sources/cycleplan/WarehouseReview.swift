import MetricsStorePostgres
import PlanAnalysis
import PlanModel

/// The plan's warehouse table (`actuals: {source: postgres://…, table: …}`) opened for
/// `review`; a table or column the catalog does not have is a diagnostic at its plan key.
func warehouseReviewSource(_ spec: WarehouseSpec, plan: Plan, window: DateRange,
                           sources: [String: SourceFile]) throws -> (actuals: ActualsStore, imports: ImportReport) {
    do {
        let warehouse = try PostgresWarehouse(spec, scope: window)
        return (ActualsStore(source: warehouse, metrics: plan.metrics), ImportReport())
    } catch {
        Console.err(DiagnosticRenderer(sources: sources, language: runLanguage()).render([error.diagnostic]))
        throw InputErrors()
    }
}
