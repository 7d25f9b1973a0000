import MetricsStore
import PlanModel
import PostgresNIO

extension PostgresWarehouse {
    /// Every dimension value's sum of a flow over `window`, in one pass: the window's rows are
    /// read once (a common table expression, which the server materialises when more than
    /// one dimension reads it) and grouped by each dimension (`UNION ALL` of one `GROUP BY`
    /// each — not `GROUPING SETS`, which Citus does not distribute).
    ///
    /// Each value's sum is the sequential sum in the warehouse's order (date, dimension
    /// values, value) — `sum(v ORDER BY …)`, each group's rows sorted — unless the metric's
    /// values over the scope may be added in any order (`ScopeCoverage.orderFree`: integers
    /// whose sums stay exact); then a plain `sum(v)`, which the server hashes without sorting,
    /// gives the same bits.
    ///
    /// - Complexity: one pass over the window's rows; for a metric not order-free, a sort of
    ///   them per dimension.
    func windowSums(_ metric: String, _ column: String, in window: DateRange) throws -> WindowSums {
        let key = WindowSums.Key(metric: metric, first: window.first.daysSinceEpoch, last: window.last.daysSinceEpoch)
        if let known = lock.withLock({ windows[key] }) { return known }
        var found = WindowSums(sums: dimensionOrder.map { _ in [:] })
        if !dimensionOrder.isEmpty {
            let orderFree = try scopeCoverage(metric, column).orderFree
            let aliases = dimensionOrder.indices.map { "c\($0 + 1)" }
            let sum = orderFree ? "(sum(v) + CAST(0 AS DOUBLE PRECISION))"
                : PostgresMetricsStore.sequentialSum("v", orderedBy: "day, \(aliases.joined(separator: ", ")), v")
            var binds = Binds()
            let sql = """
                WITH r AS (SELECT \(dimensionSelect), \(date) AS day, \(value(column)) AS v FROM \(relation)
                           WHERE \(column) IS NOT NULL AND \(range(window, &binds)))
                \(aliases.enumerated().map { "SELECT \($0.offset), \($0.element), \(sum) FROM r WHERE \($0.element) IS NOT NULL GROUP BY \($0.element)" }
                    .joined(separator: "\nUNION ALL "))
                """
            for row in try run(sql, binds) {
                let (dimension, value, total) = try decoded(row, (Int, String, Double).self)
                if found.sums.indices.contains(dimension) { found.sums[dimension][value] = total }
            }
        }
        lock.withLock { windows[key] = found }
        return found
    }
}
