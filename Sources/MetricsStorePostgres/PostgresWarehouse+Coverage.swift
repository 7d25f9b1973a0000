import MetricsStore
import PlanModel
import PostgresNIO

extension PostgresWarehouse {
    /// The distinct days on which the metric's column has a value in the window, and the days
    /// each value of a dimension column it carries in the scope lacks of them: cut from the
    /// metric's coverage over the plan window (`scopeCoverage`), asked once.
    ///
    /// - Complexity: O(d + Σ days of the incomplete values) once the metric's coverage is
    ///   known; that is one query per metric for the whole review.
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        guard let column = metricColumns[metric] else { return CoveredDays() }
        let first = max(window.first, scope.first).daysSinceEpoch, last = min(window.last, scope.last).daysSinceEpoch
        return try scopeCoverage(metric, column).coverage(first: first, last: last, dimensions: dimensionOrder)
    }

    /// One grouped pass over the scope's rows where the metric's column has a value: its
    /// distinct days, and per dimension value its distinct days — returned only for the values
    /// with fewer days than the metric (the complete ones lack nothing in any window). The
    /// values the metric carries are those of these rows, as the file review's index knows them.
    ///
    /// The same pass finds whether the metric's sums may be added in any order
    /// (`ScopeCoverage.orderFree`): every value an integer, and their count times the largest
    /// magnitude below 2⁵³.
    ///
    /// - Complexity: one pass over the scope's rows (an index on the date column reads only
    ///   them), grouped by each dimension's (value, day); a row back per incomplete value.
    func scopeCoverage(_ metric: String, _ column: String) throws -> ScopeCoverage {
        if let known = lock.withLock({ coverages[metric] }) { return known }
        var binds = Binds()
        let rowsSQL = """
            SELECT \(dimensionSelect), CAST(\(date) AS DATE) - DATE '1970-01-01' AS day, \(value(column)) AS x FROM \(relation)
            WHERE \(column) IS NOT NULL AND \(range(scope, &binds))
            """
        // The first row: the days, and the order check over every row (NULL when there is none).
        let days = """
            SELECT NULL::int AS n, NULL::text AS v, (SELECT CAST(array_agg(day ORDER BY day) AS int8[]) FROM d) AS days,
                   bool_and(x = trunc(x)) AS integral, max(abs(x)) AS magnitude, count(*) AS count FROM r
            """
        let sql: String
        if dimensionOrder.isEmpty {
            sql = "WITH r AS (\(rowsSQL)), d AS (SELECT DISTINCT day FROM r) \(days)"
        } else {
            // The distinct (value, day) of each dimension column (numbered as `dimensionOrder`).
            let present = dimensionOrder.indices.map { "SELECT DISTINCT \($0) AS n, c\($0 + 1) AS v, day FROM r WHERE c\($0 + 1) IS NOT NULL" }
                .joined(separator: " UNION ALL ")
            sql = """
                WITH r AS (\(rowsSQL)),
                d AS (SELECT DISTINCT day FROM r)
                \(days)
                UNION ALL
                SELECT n, v, days, NULL, NULL, NULL FROM (
                    SELECT n, v, CAST(array_agg(day ORDER BY day) AS int8[]) AS days FROM (\(present)) AS present GROUP BY n, v) AS p
                WHERE cardinality(days) < (SELECT count(*) FROM d)
                """
        }
        var found = ScopeCoverage()
        for row in try run(sql, binds) {
            let cells = row.makeRandomAccess()
            let number: Int? = try decodedCell(cells[0])
            let days: [Int64]? = try decodedCell(cells[2])
            if let number, dimensionOrder.indices.contains(number) {
                let value: String = try decodedCell(cells[1])
                found.incomplete.append((number, value, (days ?? []).map { Int($0) }))
            } else {
                found.days = (days ?? []).map { Int($0) }
                let integral: Bool? = try decodedCell(cells[3]), magnitude: Double? = try decodedCell(cells[4])
                let count: Int64 = try decodedCell(cells[5])
                found.orderFree = ScopeCoverage.orderFree(integral: integral ?? true, magnitude: magnitude ?? 0, count: Int(count))
            }
        }
        lock.withLock { coverages[metric] = found }
        return found
    }
}
