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
    ///   in the store's order straight off the table, clustered in that order (no sort, no join),
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
        WHERE superseded_by IS NULL AND metric_id = (SELECT id FROM metrics WHERE name = ?) AND day BETWEEN ? AND ?
        ORDER BY day, import_id, seq
        """

    /// The (dimension, value) pairs `metric` carries in any current row: its combinations in
    /// `series` (kept at import), joined to their values.
    func knownValues(of metric: String) throws -> [(dimension: String, value: String)] {
        try remembered(.known(metric: metric)) {
            try read { db in
                try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT DISTINCT cv.dimension, cv.value
                    FROM series AS s JOIN combination_values AS cv ON cv.combination_id = s.combination_id
                    WHERE s.metric_id = (SELECT id FROM metrics WHERE name = ?)
                    """), arguments: [metric]).map { (dimension: $0[0] as String, value: $0[1] as String) }
            }
        }
    }
}
