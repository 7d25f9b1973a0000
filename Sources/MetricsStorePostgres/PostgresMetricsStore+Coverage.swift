import MetricsStore
import PlanModel
import PostgresNIO

extension PostgresMetricsStore {
    /// The distinct days of the metric in the window, and of each dimension value it carries
    /// there, found by the server: a row per (value, day), not per observation.
    ///
    /// - Complexity: one pass over the window's rows of the metric (the
    ///   `observations_current_series` index), O(log N + m); d·(v + 1) rows come back for d
    ///   days and v dimension values.
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        var binds = Binds()
        let current = """
            SELECT DISTINCT combination_id, day FROM observations
            WHERE superseded_by IS NULL AND metric = \(binds.add(metric))
              AND day BETWEEN \(binds.add(Int64(window.first.daysSinceEpoch))) AND \(binds.add(Int64(window.last.daysSinceEpoch)))
            """
        // The combination's values, or one row of NULLs for a combination without any: every
        // covered day comes back, each value's days with it.
        let rows = try run("""
            SELECT DISTINCT o.day, cv.dimension, cv.value
            FROM (\(current)) AS o
            LEFT JOIN combination_values AS cv ON cv.combination_id = o.combination_id
            ORDER BY o.day
            """, binds)
        var covered = CoveredDays()
        for row in rows {
            let (day, dimension, value) = try decoded(row, (Int, String?, String?).self)
            if covered.all.last != day { covered.all.append(day) }
            if let dimension, let value { covered.byValue[dimension, default: [:]][value, default: []].append(day) }
        }
        return covered
    }
}
