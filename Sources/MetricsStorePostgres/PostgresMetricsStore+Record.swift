import Foundation
import MetricsStore
import PostgresNIO

extension PostgresMetricsStore {
    /// - Complexity: O(n log N) for n observations into a store of N: the rows sent as arrays
    ///   in chunks of `batch` to a scratch table, then one statement that supersedes the values
    ///   they replace and one that moves them in, in one transaction under the store's advisory
    ///   lock (imports wait for each other; readers do not wait). Each distinct combination is
    ///   looked up (or created) once, and the chunks are made from the batch's columns: no
    ///   `Observation` per value.
    public func record(_ file: ImportedFile, batch: some ObservationBatch) throws -> ImportOutcome {
        let metricIDs = batch.metricIDs, dimensions = batch.dimensionCombinations
        // PostgreSQL's text cannot hold a NUL at all: refused before anything is sent.
        let texts = metricIDs + dimensions.flatMap { $0.flatMap { [$0.key, $0.value] } } + [file.fileName, file.user ?? "", file.host ?? ""]
        for text in texts where text.utf8.contains(0) {
            throw MetricsStoreError.unstorableText(file: file.fileName, text: text)
        }
        return try session.locked { () throws(MetricsStoreError) in
            try session.transaction { () throws(MetricsStoreError) -> ImportOutcome in
                var lock = Binds()
                try session.run("SELECT pg_advisory_xact_lock(hashtextextended(\(lock.add(lockKey)), 0))", lock)
                var find = Binds()
                if let existing = try importRecords("SELECT * FROM imports WHERE content_hash = \(find.add(file.contentHash))", find).first {
                    return .unchanged(existing)
                }
                let importedAt = ISO8601DateFormatter().string(from: Date())
                var binds = Binds()
                let values = [binds.add(file.fileName), binds.add(file.contentHash), binds.add(importedAt), binds.add(Int64(file.rows)),
                              binds.add(Int64(file.rowsUsed)), binds.add(Int64(file.rowsRejected)), binds.add(Int64(batch.count)),
                              binds.add(optional: file.user), binds.add(optional: file.host)]
                let inserted = try session.run("""
                    INSERT INTO imports (file_name, content_hash, imported_at, rows, rows_used, rows_rejected, observations, "user", host)
                    VALUES (\(values.joined(separator: ", "))) RETURNING id
                    """, binds)
                guard let importID = try? inserted.first(where: { _ in true })?.decode(Int64.self) else {
                    throw .database(path: url.shown, message: "the new import got no id")
                }
                var combinations = PostgresCombinations()
                var ids: [Int64] = []
                for combination in dimensions { ids.append(try combinations.id(of: combination, in: session)) }
                // The rows go to a scratch table first, in chunks of arrays (one statement per
                // chunk, not two per row); then one statement supersedes the current values they
                // replace and one moves them in, so the unique index on current keys never sees
                // two current rows of one key.
                try session.run("""
                    CREATE TEMPORARY TABLE incoming (seq BIGINT, metric TEXT, day INTEGER, combination_id BIGINT,
                                                     value DOUBLE PRECISION) ON COMMIT DROP
                    """)
                var chunk = IncomingChunk()
                do {
                    try batch.forEachObservation { metric, day, value, combination in
                        chunk.append(metric: metricIDs[metric], day: day, value: value, combinationID: ids[combination])
                        if chunk.count == Self.batch { try chunk.send(into: session) }
                    }
                    try chunk.send(into: session)
                } catch let error as MetricsStoreError {
                    throw error
                } catch {
                    throw .database(path: url.shown, message: PostgresSession.message(error))
                }
                var update = Binds()
                let replaced = try session.run("""
                    UPDATE observations AS o SET superseded_by = \(update.add(importID))
                    FROM (SELECT DISTINCT metric, day, combination_id FROM incoming) AS n
                    WHERE o.metric = n.metric AND o.day = n.day AND o.combination_id = n.combination_id
                      AND o.superseded_by IS NULL
                    """, update)
                // A key the file gives twice: its later row supersedes the earlier, as a later
                // import would.
                var move = Binds()
                let id = move.add(importID)
                try session.run("""
                    INSERT INTO observations (import_id, seq, metric, day, combination_id, value, superseded_by)
                    SELECT \(id), seq, metric, day, combination_id, value,
                           CASE WHEN seq < max(seq) OVER (PARTITION BY metric, day, combination_id) THEN \(id) END
                    FROM incoming
                    """, move)
                let repeated = try session.run("""
                    SELECT count(*) - count(DISTINCT (metric, day, combination_id)) FROM incoming
                    """).first(where: { _ in true }).flatMap { try? $0.decode(Int64.self) } ?? 0
                let superseded = (replaced.metadata.rows ?? 0) + Int(repeated)
                let record = ImportRecord(id: importID, file: file, importedAt: importedAt, observations: batch.count)
                return .imported(record, superseded: superseded)
            }
        }
    }

    /// Observations sent in one statement, as arrays.
    static var batch: Int { 50_000 }

    /// The imports a query on `imports` finds. The caller holds the session's lock.
    func importRecords(_ sql: String, _ binds: Binds = Binds()) throws(MetricsStoreError) -> [ImportRecord] {
        var records: [ImportRecord] = []
        for row in try session.run(sql, binds) {
            do {
                let cells = row.makeRandomAccess()
                let file = ImportedFile(fileName: try cells["file_name"].decode(String.self), contentHash: try cells["content_hash"].decode(String.self),
                                        rows: try cells["rows"].decode(Int.self), rowsUsed: try cells["rows_used"].decode(Int.self),
                                        rowsRejected: try cells["rows_rejected"].decode(Int.self), user: try cells["user"].decode(String?.self),
                                        host: try cells["host"].decode(String?.self))
                records.append(ImportRecord(id: try cells["id"].decode(Int64.self), file: file, importedAt: try cells["imported_at"].decode(String.self),
                                            observations: try cells["observations"].decode(Int.self)))
            } catch {
                throw .database(path: url.shown, message: "an import row cannot be read: \(PostgresSession.message(error))")
            }
        }
        return records
    }
}
