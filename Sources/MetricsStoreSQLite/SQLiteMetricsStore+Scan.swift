import GRDB
import MetricsStore

extension SQLiteMetricsStore {
    /// The dimension table, read once for a read-only store (else in the caller's transaction).
    func combinationTable(_ db: Database) throws -> CombinationTable {
        try remembered(.combinations) { try CombinationTable(db) }
    }

    /// The one pass over a flow's window that answers its sums, per-value sums, running sums
    /// and coverage (`WindowScan`), kept for a read-only store's life.
    ///
    /// - Complexity: O(log N + m·p) for the m current rows of the metric in the window, read
    ///   in the store's order straight off `observations_current_series` (no sort, no join),
    ///   p dimensions each.
    func windowScan(_ metric: String, from first: Int, through last: Int) throws -> WindowScan {
        try remembered(.window(metric: metric, first: first, last: last)) {
            try read { db in
                var scan = WindowScan(try combinationTable(db))
                let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.scanSQL), arguments: [metric, first, last])
                while let row = try rows.next() {
                    scan.add(day: row[0], value: row[2], pairs: scan.table.pairs(of: row[1]))
                }
                scan.finish()
                return scan
            }
        }
    }

    static let scanSQL = """
        SELECT day, combination_id, value FROM observations
        WHERE superseded_by IS NULL AND metric = ? AND day BETWEEN ? AND ?
        ORDER BY day, import_id, seq
        """

    /// The (dimension, value) pairs `metric` carries in any current row: one probe of
    /// `observations_current_combination` per combination value.
    func knownValues(of metric: String) throws -> [(dimension: String, value: String)] {
        try remembered(.known(metric: metric)) {
            try read { db in
                try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT DISTINCT cv.dimension, cv.value FROM combination_values AS cv
                    WHERE EXISTS (SELECT 1 FROM observations AS x
                                  WHERE x.combination_id = cv.combination_id AND x.metric = ? AND x.superseded_by IS NULL)
                    """), arguments: [metric]).map { (dimension: $0[0] as String, value: $0[1] as String) }
            }
        }
    }
}
