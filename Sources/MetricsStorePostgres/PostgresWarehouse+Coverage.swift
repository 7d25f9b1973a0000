import MetricsStore
import PlanModel
import PostgresNIO

extension PostgresWarehouse {
    /// The distinct days on which the metric's column has a value in the window, and the days
    /// each value of a dimension column it carries in the scope lacks of them: one query, the
    /// server crossing the values with the days and returning only what is missing, so a
    /// complete table answers its days alone, not a row per (value, day).
    ///
    /// - Complexity: one pass over the window's rows (an index on the date column reads only
    ///   them), grouped by day and by each dimension's (value, day); the values the metric
    ///   carries are asked once per metric (`carried`).
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        guard let column = metricColumns[metric] else { return CoveredDays() }
        let known = try carried(metric)
        var binds = Binds()
        let rowsSQL = """
            SELECT \(dimensionSelect), CAST(\(date) AS DATE) - DATE '1970-01-01' AS day FROM \(relation)
            WHERE \(column) IS NOT NULL AND \(range(window, &binds))
            """
        let days = "SELECT NULL::int, NULL::text, day FROM (SELECT DISTINCT day FROM r) AS d"
        let sql: String
        if known.isEmpty {
            sql = "WITH r AS (\(rowsSQL)) \(days)"
        } else {
            // A value of each dimension column (numbered as `dimensionOrder`) on each day.
            let present = dimensionOrder.indices.map { "SELECT \($0), c\($0 + 1), day FROM r WHERE c\($0 + 1) IS NOT NULL" }
                .joined(separator: " UNION ALL ")
            sql = """
                WITH r AS (\(rowsSQL)),
                d AS (SELECT DISTINCT day FROM r)
                SELECT NULL::int, NULL::text, day FROM d
                UNION ALL
                (SELECT k.n, k.v COLLATE "C", d.day
                 FROM unnest(\(binds.add(known.map { Int64($0.dimension) }))::int8[], \(binds.add(known.map(\.value)))::text[]) AS k(n, v)
                 CROSS JOIN d
                 EXCEPT (\(present)))
                """
        }
        var all: [Int] = []
        var missing: [String: [String: [Int]]] = [:]
        for row in try run(sql, binds) {
            let cells = row.makeRandomAccess()
            let number: Int? = try decodedCell(cells[0])
            let day: Int = try decodedCell(cells[2])
            if let number, dimensionOrder.indices.contains(number) {
                let value: String = try decodedCell(cells[1])
                missing[dimensionOrder[number], default: [:]][value, default: []].append(day)
            } else {
                all.append(day)
            }
        }
        // Ascending, as the protocol answers (the server's set operations keep no order).
        return CoveredDays(all: all.sorted(), missing: missing.mapValues { $0.mapValues { $0.sorted() } })
    }

    /// The values each dimension column takes on the rows in scope where `metric`'s column has
    /// a value — what the file review's index knows the metric carries — asked once per metric.
    func carried(_ metric: String) throws -> [(dimension: Int, value: String)] {
        if let known = lock.withLock({ carriedValues[metric] }) { return known }
        guard let column = metricColumns[metric], !dimensionOrder.isEmpty else { return [] }
        var binds = Binds()
        let each = dimensionOrder.indices.map { "SELECT DISTINCT \($0), c\($0 + 1) FROM r WHERE c\($0 + 1) IS NOT NULL" }
            .joined(separator: " UNION ALL ")
        let rows = try run("""
            WITH r AS (SELECT \(dimensionSelect) FROM \(relation) WHERE \(column) IS NOT NULL AND \(range(scope, &binds)))
            \(each)
            """, binds)
        var found: [(dimension: Int, value: String)] = []
        for row in rows {
            let (dimension, value) = try decoded(row, (Int, String).self)
            found.append((dimension, value))
        }
        lock.withLock { carriedValues[metric] = found }
        return found
    }
}
