import GRDB
import MetricsStore

extension SQLiteMetricsStore {
    public func imports() throws -> [ImportRecord] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM imports ORDER BY id").map(Self.importRecord) }
    }

    public func history(of importID: Int64) throws -> ImportHistory? {
        try read { db -> ImportHistory? in
            guard let record = try Self.importRecord(db, sql: "SELECT * FROM imports WHERE id = ?", [importID]) else { return nil }
            let current = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(Self.importRows) WHERE r.import_id = ? AND o.superseded_by IS NULL",
                                           arguments: [importID]) ?? 0
            let later = try Row.fetchAll(db, sql: """
                SELECT o.superseded_by AS other, count(*) AS n FROM \(Self.importRows)
                WHERE r.import_id = ? AND o.superseded_by IS NOT NULL GROUP BY o.superseded_by ORDER BY o.superseded_by
                """, arguments: [importID]).map { (importID: $0["other"] as Int64, count: $0["n"] as Int) }
            let earlier = try Row.fetchAll(db, sql: """
                SELECT import_id AS other, count(*) AS n FROM observations
                WHERE superseded_by = ? GROUP BY import_id ORDER BY import_id
                """, arguments: [importID]).map { (importID: $0["other"] as Int64, count: $0["n"] as Int) }
            return ImportHistory(record: record, current: current, supersededBy: later, supersedes: earlier)
        }
    }

    /// An import's rows, `o`, through the table's key: for each metric it gave (`r`, from
    /// `import_days`), the days between its first and last. `WHERE r.import_id = ?` picks the import.
    static let importRows = """
        import_days AS r JOIN observations AS o
          ON o.metric_id = r.metric_id AND o.day BETWEEN r.first_day AND r.last_day AND o.import_id = r.import_id
        """

    /// - Complexity: O((k + m) log N) for the k rows the import brought or had superseded and
    ///   the m rows of other imports on the same metrics within its days (read past, not
    ///   changed; for the usual import of consecutive exports, few).
    public func drop(_ importID: Int64) throws -> Bool {
        try write { db in
            guard try Int64.fetchOne(db, sql: "SELECT id FROM imports WHERE id = ?", arguments: [importID]) != nil else { return false }
            // Its rows leave the (metric, combination) pairs' counts first.
            try db.execute(sql: """
                WITH gone AS (SELECT o.metric_id, o.combination_id, count(*) AS n FROM \(Self.importRows)
                              WHERE r.import_id = ? GROUP BY o.metric_id, o.combination_id)
                UPDATE series SET rows = rows - gone.n FROM gone
                WHERE series.metric_id = gone.metric_id AND series.combination_id = gone.combination_id
                """, arguments: [importID])
            try db.execute(sql: "DELETE FROM series WHERE rows <= 0")
            // Metric by metric over its days, along the table's key.
            let delete = try db.makeStatement(sql: "DELETE FROM observations WHERE metric_id = ? AND day BETWEEN ? AND ? AND import_id = ?")
            for range in try Row.fetchAll(db, sql: "SELECT metric_id, first_day, last_day FROM import_days WHERE import_id = ?",
                                          arguments: [importID]) {
                try delete.execute(arguments: [range[0] as Int64, range[1] as Int64, range[2] as Int64, importID])
            }
            try db.execute(sql: "DELETE FROM import_days WHERE import_id = ?", arguments: [importID])
            // What it superseded goes to the next later import giving the same key, or is current
            // again: the later values are the current one (observations_current_key) and the
            // superseded ones (observations_superseded_key).
            try db.execute(sql: """
                UPDATE observations SET superseded_by = (
                    SELECT min(next) FROM (
                        SELECT min(later.import_id) AS next FROM observations AS later
                        WHERE later.superseded_by IS NULL AND later.metric_id = observations.metric_id AND later.day = observations.day
                          AND later.combination_id = observations.combination_id AND later.import_id > observations.import_id
                        UNION ALL
                        SELECT min(later.import_id) FROM observations AS later
                        WHERE later.superseded_by IS NOT NULL AND later.metric_id = observations.metric_id AND later.day = observations.day
                          AND later.combination_id = observations.combination_id AND later.import_id > observations.import_id))
                WHERE superseded_by = ?
                """, arguments: [importID])
            try db.execute(sql: "DELETE FROM imports WHERE id = ?", arguments: [importID])
            return true
        }
    }

    /// Observations in the store: current (read by reviews) and all (with the history).
    public func counts() throws -> (current: Int, all: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM observations WHERE superseded_by IS NULL") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM observations") ?? 0)
        }
    }
}
