import MetricsStorePostgres
import PlanAnalysis
import PlanModel

/// The plan's warehouse table (`actuals: {source: postgres://…, table: …}`) opened for
/// `review`; a table or column the catalog does not have is a diagnostic at its plan key.
///
/// The window's rows are read once and reviewed in memory as an export of them would be
/// (`PostgresWarehouse.scopeRows`); a window of more than `warehouseRowLimit` observations is
/// reviewed by aggregate queries instead, so memory stays bounded (docs/review.md).
func warehouseReviewSource(_ spec: WarehouseSpec, plan: Plan, window: DateRange,
                           sources: [String: SourceFile]) throws -> (actuals: ActualsStore, imports: ImportReport) {
    do {
        let warehouse = try PostgresWarehouse(spec, scope: window)
        if let rows = try warehouse.scopeRows(limit: warehouseRowLimit) {
            return (ActualsStore(columns: ObservationColumns(rows), metrics: plan.metrics), ImportReport())
        }
        return (ActualsStore(source: warehouse, metrics: plan.metrics), ImportReport())
    } catch let problem as WarehouseProblem {
        Console.err(DiagnosticRenderer(sources: sources, language: runLanguage()).render([problem.diagnostic]))
        throw InputErrors()
    } catch {
        // The server failed while the window was read: as a store that fails mid-review.
        reportStoreFailure(error)
        throw InputErrors()
    }
}

/// Observations a warehouse review holds in memory at most: about 90 bytes each at the peak
/// (read, sorted, indexed and reviewed), so about 0.9 GB at the bound (benchmarks.md §5k).
let warehouseRowLimit = 10_000_000
