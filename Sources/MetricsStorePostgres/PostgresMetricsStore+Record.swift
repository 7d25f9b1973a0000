import Foundation
import MetricsStore
import PostgresNIO

extension PostgresMetricsStore {
    /// - Complexity: O(n log N) for n observations into a store of N: per observation, one
    ///   index lookup to supersede and one insert, sent in pipelined batches of `batch`, in
    ///   one transaction under the store's advisory lock (imports wait for each other; readers
    ///   do not wait).
    public func record(_ file: ImportedFile, observations: [Observation]) throws -> ImportOutcome {
        // PostgreSQL's text cannot hold a NUL at all: refused before anything is sent.
        for observation in observations {
            for text in [observation.metric] + observation.dimensions.flatMap({ [$0.key, $0.value] }) where text.utf8.contains(0) {
                throw MetricsStoreError.unstorableText(file: file.fileName, text: text)
            }
        }
        for text in [file.fileName, file.user ?? "", file.host ?? ""] where text.utf8.contains(0) {
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
                              binds.add(Int64(file.rowsUsed)), binds.add(Int64(file.rowsRejected)), binds.add(Int64(observations.count)),
                              binds.add(optional: file.user), binds.add(optional: file.host)]
                let inserted = try session.run("""
                    INSERT INTO imports (file_name, content_hash, imported_at, rows, rows_used, rows_rejected, observations, "user", host)
                    VALUES (\(values.joined(separator: ", "))) RETURNING id
                    """, binds)
                guard let importID = try? inserted.first(where: { _ in true })?.decode(Int64.self) else {
                    throw .database(path: url.shown, message: "the new import got no id")
                }
                var combinations = PostgresCombinations()
                var superseded = 0
                var start = 0
                while start < observations.count {
                    let end = min(start + Self.batch, observations.count)
                    var pending: [(supersede: EventLoopFuture<PostgresQueryResult>, insert: EventLoopFuture<PostgresQueryResult>)] = []
                    for seq in start..<end {
                        let observation = observations[seq]
                        let combination = try combinations.id(of: observation.dimensions, in: session)
                        let day = Int64(observation.date.daysSinceEpoch)
                        var update = Binds()
                        let supersede = session.send("""
                            UPDATE observations SET superseded_by = \(update.add(importID))
                            WHERE metric = \(update.add(observation.metric)) AND day = \(update.add(day))
                              AND combination_id = \(update.add(combination)) AND superseded_by IS NULL
                            """, update)
                        var row = Binds()
                        let insert = session.send("""
                            INSERT INTO observations (import_id, seq, metric, day, combination_id, value)
                            VALUES (\(row.add(importID)), \(row.add(Int64(seq))), \(row.add(observation.metric)), \(row.add(day)),
                                    \(row.add(combination)), \(row.add(observation.value)))
                            """, row)
                        pending.append((supersede, insert))
                    }
                    // Every statement is waited for, so none is left running when a failure rolls back.
                    var failure: (any Error)?
                    for (supersede, insert) in pending {
                        do { superseded += try supersede.wait().metadata.rows ?? 0 } catch { failure = failure ?? error }
                        do { _ = try insert.wait() } catch { failure = failure ?? error }
                    }
                    if let failure { throw .database(path: url.shown, message: PostgresSession.message(failure)) }
                    start = end
                }
                let record = ImportRecord(id: importID, file: file, importedAt: importedAt, observations: observations.count)
                return .imported(record, superseded: superseded)
            }
        }
    }

    /// Observations sent before their answers are waited for.
    static var batch: Int { 2_000 }

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
