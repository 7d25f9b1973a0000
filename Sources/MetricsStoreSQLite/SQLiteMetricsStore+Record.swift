import Foundation
import GRDB
import GRDBSQLite
import MetricsStore

extension SQLiteMetricsStore {
    /// - Complexity: O(n log N) for n observations into a store of N: per observation, one
    ///   index lookup to supersede and one insert, in one transaction; into an empty store
    ///   the inserts alone, then (rows not in key order) one sort per index. Each distinct
    ///   combination is looked up
    ///   (or created) once, not once per observation.
    public func record(_ file: ImportedFile, batch: some ObservationBatch) throws -> ImportOutcome {
        let metrics = batch.metricIDs, dimensions = batch.dimensionCombinations
        // Checked before the transaction: SQLite would cut such a text at the NUL.
        for text in metrics + dimensions.flatMap({ $0.flatMap { [$0.key, $0.value] } }) where text.utf8.contains(0) {
            throw MetricsStoreError.unstorableText(file: file.fileName, text: text)
        }
        // Inserted in the table's order, every row appends (an export sorted by store would
        // land all over it).
        if !DayOrderedBatch.isDayOrdered(batch) { return try record(file, batch: DayOrderedBatch(batch)) }
        return try write(checkingForeignKeys: false) { db in
            if let existing = try Self.importRecord(db, sql: "SELECT * FROM imports WHERE content_hash = ?", [file.contentHash]) {
                return .unchanged(existing)
            }
            let importedAt = ISO8601DateFormatter().string(from: Date())
            try db.execute(sql: """
                INSERT INTO imports (file_name, content_hash, imported_at, rows, rows_used, rows_rejected, observations, user, host)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [file.fileName, file.contentHash, importedAt, file.rows, file.rowsUsed, file.rowsRejected,
                                 batch.count, file.user, file.host])
            let importID = db.lastInsertedRowID
            var cached = CombinationCache()
            let combinations = try dimensions.map { try cached.id(of: $0, in: db) }
            let metricNumbers = try metrics.map { try Self.metricID(of: $0, in: db) }
            // Into an empty store (the first import, often the largest) nothing is superseded.
            // Rows in key order (an export sorted by date) append to the indexes as to the
            // table; otherwise each index is built faster by one sort after the rows than row
            // by row, and a key given twice is repaired then.
            let bulk = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM observations)") ?? false
            let sortIndexes = bulk && !batch.isInKeyOrder(combinationIDs: combinations)
            let indexes = sortIndexes ? try Self.dropIndexes(db) : []
            // The load's pages and the indexes' sorts in memory up to 256 MB (SQLite's default
            // cache is 2 MB).
            let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            if bulk { try db.execute(sql: "PRAGMA cache_size = -262144") }
            defer { if bulk { try? db.execute(sql: "PRAGMA cache_size = \(cache)") } }
            let supersede = try db.cachedStatement(sql: """
                UPDATE observations SET superseded_by = ?
                WHERE metric_id = ? AND day = ? AND combination_id = ? AND superseded_by IS NULL
                """)
            // Row by row where each supersedes what is already in; many rows a statement into
            // an empty store.
            var inserter = try ObservationInserter(db, rowsPerStatement: bulk ? 128 : 1)
            // Rows per (metric, combination) of the batch, for `series`.
            var counts = SeriesCounts(metrics: metrics.count, combinations: combinations.count)
            var superseded = 0, seq: Int64 = 0
            // Each metric's first and last day, for `import_days` (history and drop find the
            // import's rows between them).
            var days = [(first: Int, last: Int)](repeating: (.max, .min), count: metrics.count)
            // Rows come metric after metric in the export's day order — the table's order
            // (metric, day, import, seq) for a new store, so each insert appends to the b-tree.
            try batch.forEachObservation { metric, day, value, combination in
                if !bulk {
                    try supersede.execute(arguments: [importID, metricNumbers[metric], day, combinations[combination]])
                    superseded += db.changesCount
                }
                try inserter.insert((metricNumbers[metric], Int64(day), importID, seq, combinations[combination], value))
                counts.add(metric: metric, combination: combination)
                days[metric] = (min(days[metric].first, day), max(days[metric].last, day))
                seq += 1
            }
            try inserter.finish()
            let ranges = try db.cachedStatement(sql: "INSERT INTO import_days (import_id, metric_id, first_day, last_day) VALUES (?, ?, ?, ?)")
            for (metric, range) in days.enumerated() where range.first <= range.last {
                try ranges.execute(arguments: [importID, metricNumbers[metric], range.first, range.last])
            }
            let series = try db.cachedStatement(sql: """
                INSERT INTO series (metric_id, combination_id, rows) VALUES (?, ?, ?)
                ON CONFLICT (metric_id, combination_id) DO UPDATE SET rows = rows + excluded.rows
                """)
            try counts.forEach { metric, combination, rows in
                try series.execute(arguments: [metricNumbers[metric], combinations[combination], rows])
            }
            if sortIndexes { superseded = try Self.recreate(indexes, db, importID: importID) }
            let record = ImportRecord(id: importID, file: file, importedAt: importedAt, observations: batch.count)
            return .imported(record, superseded: superseded)
        }
    }

    /// Drops the observations' indexes, returning them (name, SQL) to be made again by
    /// `recreate` in the same transaction: a killed import leaves them as they were.
    static func dropIndexes(_ db: Database) throws -> [(name: String, sql: String)] {
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL
            ORDER BY name
            """).map { (name: $0[0] as String, sql: $0[1] as String) }
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        return indexes
    }

    /// Makes the dropped indexes again after a bulk load. A key given twice in the load (the
    /// importer never gives one, the API may) breaks the unique index of current rows: then
    /// each earlier row of a key is marked superseded by the import, as row by row it is, and
    /// the count of those returned.
    static func recreate(_ indexes: [(name: String, sql: String)], _ db: Database, importID: Int64) throws -> Int {
        for index in indexes where index.name != "observations_current_key" { try db.execute(sql: index.sql) }
        guard let unique = indexes.first(where: { $0.name == "observations_current_key" }) else { return 0 }
        do {
            try db.execute(sql: unique.sql)
            return 0
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            // Every row of a key but its last (by seq), found by one sort of the import's rows.
            try db.execute(sql: """
                UPDATE observations SET superseded_by = ?1
                WHERE (metric_id, day, import_id, seq) IN (SELECT metric_id, day, import_id, seq FROM (
                    SELECT o.metric_id, o.day, o.import_id, o.seq,
                           row_number() OVER (PARTITION BY o.metric_id, o.day, o.combination_id ORDER BY o.seq DESC) AS from_last
                    FROM \(importRows) WHERE r.import_id = ?1)
                WHERE from_last > 1)
                """, arguments: [importID])
            let superseded = db.changesCount
            try db.execute(sql: unique.sql)
            return superseded
        }
    }

    /// The metric's number in `metrics`, created on first sight.
    static func metricID(of name: String, in db: Database) throws -> Int64 {
        if let known = try Int64.fetchOne(db, sql: "SELECT id FROM metrics WHERE name = ?", arguments: [name]) { return known }
        try db.execute(sql: "INSERT INTO metrics (name) VALUES (?)", arguments: [name])
        return db.lastInsertedRowID
    }

    static func importRecord(_ db: Database, sql: String, _ arguments: StatementArguments) throws -> ImportRecord? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map(importRecord)
    }

    static func importRecord(_ row: Row) -> ImportRecord {
        let file = ImportedFile(fileName: row["file_name"], contentHash: row["content_hash"], rows: row["rows"],
                                rowsUsed: row["rows_used"], rowsRejected: row["rows_rejected"], user: row["user"], host: row["host"])
        return ImportRecord(id: row["id"], file: file, importedAt: row["imported_at"], observations: row["observations"])
    }
}
