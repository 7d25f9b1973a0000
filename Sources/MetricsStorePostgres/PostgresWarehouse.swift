import Foundation
import MetricsStore
import PlanModel
import PostgresNIO

/// A warehouse table or view that already holds daily metrics, read in place as a
/// `MetricsSource` (`actuals: {source: postgres://…, table: …}` in the plan): one row per day
/// and dimension values, a column per metric. Nothing is copied; every question is answered
/// by one aggregate query, in one read-only REPEATABLE READ transaction (one snapshot).
///
/// Names from the plan reach SQL only after the catalog (`pg_class`, `pg_attribute`) has
/// confirmed them, and then as quoted identifiers spelled as the catalog spells them; values
/// are always bound parameters. So a hostile table, column or dimension value is a name the
/// table does not have (a diagnostic at its plan key), never SQL.
///
/// The answers equal those of the file review of the same rows exported in the order this
/// source sums them — by date, then the dimension columns' values (byte order), then the
/// value — restricted to `scope` (the plan's window, as the file review reads only rows in
/// it): sums are the store's sequential sums (`sum(… ORDER BY …)`), done by the server.
public final class PostgresWarehouse: MetricsSource, @unchecked Sendable {
    let session: PostgresSession
    let spec: WarehouseSpec
    /// `"schema"."table"`, as the catalog spells them.
    let relation: String
    /// The quoted date column.
    let date: String
    /// Metric id → quoted column.
    let metricColumns: [String: String]
    /// Dimension name → quoted column, and the dimension names in the plan's order.
    let dimensionColumns: [String: String]
    let dimensionOrder: [String]
    /// The days the review reads (the plan's window).
    let scope: DateRange
    let grouped = GroupedAnswers()
    let lock = NSLock()
    private var knownDimensions: [String: Set<String>]?
    /// Running sums by metric and first day, asked once each (`runningSums`).
    var running: [RunningSums.Key: RunningSums] = [:]
    /// By metric, its coverage over the scope (`scopeCoverage`), asked once each.
    var coverages: [String: ScopeCoverage] = [:]
    /// The values of each dimension (`values(of:)`), asked once each.
    var knownValues: [String: [String]] = [:]
    /// A flow's per-value sums by metric and window (`windowSums`), asked once each.
    var windows: [WindowSums.Key: WindowSums] = [:]

    /// Connects, opens the read-only snapshot and checks every name against the catalog.
    ///
    /// - Throws: `WarehouseProblem`, located at the plan key it is about.
    public init(_ spec: WarehouseSpec, scope: DateRange) throws(WarehouseProblem) {
        self.spec = spec
        self.scope = scope
        let unavailable = { (error: MetricsStoreError) in
            WarehouseProblem(.unavailable(reason: error.description), at: spec.sourceLocation)
        }
        let url: PostgresURL
        do { url = try PostgresURL(spec.source) } catch { throw unavailable(error) }
        do {
            session = try PostgresSession(url)
            // The review's few aggregate passes gain nothing from compiling their expressions,
            // and the compilation cost seconds per large query (benchmarks.md §5h). A session
            // setting: nothing is written; a server without `jit` (older, or another engine) refuses
            // it outside the transaction, harmlessly.
            _ = try? session.run("SET jit = off")
            try session.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        } catch { throw unavailable(error) }
        let schema = spec.schema ?? Self.schemaParameter(spec.source) ?? "public"
        let catalog = try WarehouseCatalog.read(session, schema: schema, spec: spec)
        relation = quoted(catalog.schema) + "." + quoted(catalog.table)
        date = quoted(spec.dateColumn.name)
        var metrics: [String: String] = [:]
        for column in spec.columns where metrics[column.meaning] == nil { metrics[column.meaning] = quoted(column.name) }
        metricColumns = metrics
        var dimensions: [String: String] = [:]
        var order: [String] = []
        for column in spec.dimensions where dimensions[column.meaning] == nil {
            dimensions[column.meaning] = quoted(column.name)
            order.append(column.meaning)
        }
        dimensionColumns = dimensions
        dimensionOrder = order
    }

    /// `?schema=` of the URL, if it names one (the store's URL uses it for its own schema).
    static func schemaParameter(_ url: String) -> String? {
        URLComponents(string: url)?.queryItems?.first { $0.name == "schema" }?.value
    }

    /// One statement under the session's lock.
    func run(_ sql: String, _ binds: Binds = Binds()) throws(MetricsStoreError) -> PostgresQueryResult {
        try session.locked { () throws(MetricsStoreError) in try session.run(sql, binds) }
    }

    /// The dimensions each metric's rows carry (a non-NULL value), asked once: one
    /// `EXISTS` per metric and dimension, each stopping at its first row.
    func dimensions() throws -> [String: Set<String>] {
        if let known = lock.withLock({ knownDimensions }) { return known }
        var result: [String: Set<String>] = [:]
        for metric in metricColumns.keys.sorted() {
            guard let column = metricColumns[metric], try exists("\(column) IS NOT NULL") else { continue }
            var carried = Set<String>()
            for dimension in dimensionOrder {
                if try exists("\(column) IS NOT NULL AND \(dimensionColumns[dimension]!) IS NOT NULL") { carried.insert(dimension) }
            }
            result[metric] = carried
        }
        lock.withLock { knownDimensions = result }
        return result
    }

    private func exists(_ condition: String) throws -> Bool {
        var binds = Binds()
        let sql = "SELECT EXISTS (SELECT 1 FROM \(relation) WHERE \(condition) AND \(range(scope, &binds)))"
        let row = try run(sql, binds).first { _ in true }
        return (try? row?.decode(Bool.self)) ?? false
    }

    /// `date >= first AND date < last + 1`: sargable, so an index on the date column (or a
    /// partition by date) serves it, whether the column is a date or a timestamp.
    func range(_ window: DateRange, _ binds: inout Binds) -> String {
        let first = max(window.first, scope.first), last = min(window.last, scope.last)
        let end = last.advanced(by: 1)
        return "\(date) >= CAST(\(binds.add(first.description)) AS DATE) AND \(date) < CAST(\(binds.add(end.description)) AS DATE)"
    }
}
