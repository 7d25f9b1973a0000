import GRDB
import MetricsStore
import PlanModel

extension SQLiteMetricsStore {
    /// The distinct days of the metric in the window, and the days each dimension value it
    /// carries anywhere in the store lacks of them, found by SQLite: a row per covered day and
    /// per missing (value, day), not per (value, day) present — a complete store of thousands
    /// of values answers its days alone.
    ///
    /// - Complexity: one pass over the window's rows of the metric through
    ///   `observations_current_series`, O(log N + m); the values the metric carries are found
    ///   by one probe of `observations_current_combination` per combination value, and the
    ///   gaps by SQLite's `EXCEPT` over v values × d days.
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        let arguments: StatementArguments = ["metric": metric, "first": window.first.daysSinceEpoch, "last": window.last.daysSinceEpoch]
        return try read { db in
            let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.coverageSQL), arguments: arguments)
            var covered = CoveredDays()
            // The days first (NULLs sort first), then each value's, ascending.
            while let row = try rows.next() {
                let dimension: String? = row[0], value: String? = row[1], day: Int = row[2]
                if let dimension, let value {
                    covered.missing[dimension, default: [:]][value, default: []].append(day)
                } else {
                    covered.all.append(day)
                }
            }
            return covered
        }
    }

    /// The window's days (dimension and value NULL), then each missing (dimension, value, day):
    /// the values the metric carries in any current row, crossed with the window's days,
    /// except those present.
    static let coverageSQL = """
        WITH o AS (SELECT DISTINCT combination_id, day FROM observations
                   WHERE superseded_by IS NULL AND metric = :metric AND day BETWEEN :first AND :last),
        days AS (SELECT DISTINCT day FROM o),
        present AS (SELECT DISTINCT cv.dimension, cv.value, o.day
                    FROM o JOIN combination_values AS cv ON cv.combination_id = o.combination_id),
        known AS (SELECT DISTINCT cv.dimension, cv.value FROM combination_values AS cv
                  WHERE EXISTS (SELECT 1 FROM observations AS x
                                WHERE x.combination_id = cv.combination_id AND x.metric = :metric AND x.superseded_by IS NULL))
        SELECT dimension, value, day FROM (
            SELECT NULL AS dimension, NULL AS value, day FROM days
            UNION ALL
            SELECT * FROM (SELECT k.dimension, k.value, d.day FROM known AS k, days AS d
                           EXCEPT SELECT dimension, value, day FROM present))
        ORDER BY dimension, value, day
        """
}
