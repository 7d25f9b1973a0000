import MetricsStore
import PlanModel
import PostgresNIO

extension PostgresWarehouse {
    /// The distinct days on which the metric's column has a value in the window, and per
    /// value of each dimension column the days it has one with that value: one grouped query
    /// (`GROUPING SETS`: the days, then the days of each dimension column's values), so only
    /// distinct (value, day) pairs leave the server.
    ///
    /// - Complexity: one pass over the window's rows (an index on the date column reads only
    ///   them); d·(v + 1) rows come back for d days and v dimension values.
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        guard let column = metricColumns[metric] else { return CoveredDays() }
        var binds = Binds()
        let aliases = dimensionOrder.indices.map { "c\($0 + 1)" }
        let sets = (["(day)"] + aliases.map { "(\($0), day)" }).joined(separator: ", ")
        // GROUPING(c) is 0 on the rows grouped by c: tells a value's days from the days of all.
        let grouping = aliases.map { ", \($0), GROUPING(\($0))" }.joined()
        let rows = try run("""
            SELECT CAST(day AS DATE) - DATE '1970-01-01'\(grouping) FROM (
                SELECT \(dimensionSelect), \(date) AS day FROM \(relation)
                WHERE \(column) IS NOT NULL AND \(range(window, &binds))) AS rows
            GROUP BY GROUPING SETS (\(sets))
            ORDER BY 1
            """, binds)
        var covered = CoveredDays()
        for row in rows {
            let cells = row.makeRandomAccess()
            let day: Int = try decodedCell(cells[0])
            var allDays = true
            for (offset, dimension) in dimensionOrder.enumerated() {
                let grouped: Int = try decodedCell(cells[2 * offset + 2])
                guard grouped == 0 else { continue }
                allDays = false
                let value: String? = try decodedCell(cells[2 * offset + 1])
                if let value { covered.byValue[dimension, default: [:]][value, default: []].append(day) }
            }
            if allDays && covered.all.last != day { covered.all.append(day) }
        }
        return covered
    }
}
