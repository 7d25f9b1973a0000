import Foundation
import GRDB
import MetricsStore

extension SQLiteMetricsStore {
    /// - Complexity: O(n log N) for n observations into a store of N: per observation, one
    ///   index lookup to supersede and one insert, in one transaction.
    public func record(_ file: ImportedFile, observations: [Observation]) throws -> ImportOutcome {
        // Checked before the transaction: SQLite would cut such a text at the NUL.
        for observation in observations {
            for text in [observation.metric] + observation.dimensions.flatMap({ [$0.key, $0.value] }) where text.utf8.contains(0) {
                throw MetricsStoreError.unstorableText(file: file.fileName, text: text)
            }
        }
        return try write { db in
            if let existing = try Self.importRecord(db, sql: "SELECT * FROM imports WHERE content_hash = ?", [file.contentHash]) {
                return .unchanged(existing)
            }
            let importedAt = ISO8601DateFormatter().string(from: Date())
            try db.execute(sql: """
                INSERT INTO imports (file_name, content_hash, imported_at, rows, rows_used, rows_rejected, observations, user, host)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [file.fileName, file.contentHash, importedAt, file.rows, file.rowsUsed, file.rowsRejected,
                                 observations.count, file.user, file.host])
            let importID = db.lastInsertedRowID
            var combinations = CombinationCache()
            let supersede = try db.cachedStatement(sql: """
                UPDATE observations SET superseded_by = ?
                WHERE metric = ? AND day = ? AND combination_id = ? AND superseded_by IS NULL
                """)
            let insert = try db.cachedStatement(sql: """
                INSERT INTO observations (import_id, seq, metric, day, combination_id, value)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            var superseded = 0
            for (seq, observation) in observations.enumerated() {
                let combination = try combinations.id(of: observation.dimensions, in: db)
                let day = observation.date.daysSinceEpoch
                try supersede.execute(arguments: [importID, observation.metric, day, combination])
                superseded += db.changesCount
                try insert.execute(arguments: [importID, seq, observation.metric, day, combination, observation.value])
            }
            let record = ImportRecord(id: importID, file: file, importedAt: importedAt, observations: observations.count)
            return .imported(record, superseded: superseded)
        }
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
