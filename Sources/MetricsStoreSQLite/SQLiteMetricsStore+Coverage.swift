import GRDB
import MetricsStore
import PlanModel

extension SQLiteMetricsStore {
    /// The distinct days of the metric in the window, and of each dimension value it carries
    /// there, found by SQLite: a row per (value, day), not per observation.
    ///
    /// - Complexity: one pass over the window's rows of the metric through
    ///   `observations_current_series`, O(log N + m); d·(v + 1) rows come back for d days and
    ///   v dimension values.
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        let arguments: StatementArguments = [metric, window.first.daysSinceEpoch, window.last.daysSinceEpoch]
        return try read { db in
            var covered = CoveredDays()
            covered.all = try Int.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT day FROM observations
                WHERE superseded_by IS NULL AND metric = ? AND day BETWEEN ? AND ?
                ORDER BY day
                """), arguments: arguments)
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT DISTINCT cv.dimension, cv.value, o.day
                FROM (SELECT DISTINCT combination_id, day FROM observations
                      WHERE superseded_by IS NULL AND metric = ? AND day BETWEEN ? AND ?) AS o
                JOIN combination_values AS cv ON cv.combination_id = o.combination_id
                ORDER BY o.day
                """), arguments: arguments)
            while let row = try rows.next() {
                let dimension: String = row[0], value: String = row[1], day: Int = row[2]
                covered.byValue[dimension, default: [:]][value, default: []].append(day)
            }
            return covered
        }
    }
}
