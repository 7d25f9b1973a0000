import PlanModel
import Foundation
import GRDB
import MetricsStore

/// The metrics store in one SQLite file (WAL mode), through GRDB. Created and migrated by the
/// tool; opened read-only for reviews. Writers wait for each other (SQLite serialises them,
/// a busy store is waited for up to a minute) rather than fail.
public struct SQLiteMetricsStore: MetricsDatabase {
    public enum Mode: Sendable {
        /// Creates the store (and its folder) when missing, migrates an older one after a backup.
        case readWrite
        /// Opens an existing store at the current version; never writes.
        case readOnly
    }

    public let path: String
    let queue: DatabaseQueue
    /// Per-dimension-value answers of stocks, for a store opened read-only.
    let grouped: GroupedAnswers?
    /// Window scans, the dimension table and value lists, for a store opened read-only.
    let answers: StoreAnswers?

    /// - Throws: `MetricsStoreError` — missing (read-only), not a store, newer, needing a
    ///   migration (read-only), or the database's own failure.
    public init(path: String, mode: Mode) throws(MetricsStoreError) {
        self.path = path
        grouped = mode == .readOnly ? GroupedAnswers() : nil
        answers = mode == .readOnly ? StoreAnswers() : nil
        let exists = FileManager.default.fileExists(atPath: path)
        if mode == .readOnly && !exists { throw .missing(path: path) }
        if mode == .readWrite && !exists {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .database(path: path, message: "cannot create the folder '\(folder)': \(error.localizedDescription)")
                }
            }
        }
        // An existing file is checked through a read-only connection first: a file that is not
        // a store, or a newer store, is refused without a byte written (opening for writing in
        // WAL mode already writes: GRDB creates the -wal and -shm files with a schema change).
        let applied = exists ? try Self.check(path) : []
        var configuration = Configuration()
        configuration.readonly = mode == .readOnly
        configuration.busyMode = .timeout(60)
        configuration.journalMode = mode == .readOnly ? .default : .wal
        configuration.prepareDatabase { db in
            // Set before the first table (and the switch to WAL) fixes it; a no-op on a
            // store that exists. Pages of 16 KB instead of 4 KB: a quarter of the page
            // handling and of the writes for a bulk import (benchmarks.md §5j).
            if !exists && mode == .readWrite { try db.execute(sql: "PRAGMA page_size = \(SQLiteSchema.pageSize)") }
            db.add(function: SequentialSum.function)
            db.add(function: GroupedSequentialSum.function)
            db.add(function: RunningSequentialSum.function)
        }
        queue = try Self.guarded(path) { try DatabaseQueue(path: path, configuration: configuration) }
        try migrate(from: applied, mode: mode)
    }

    /// The migrations applied to an existing file, after refusing what is not a cycleplan store
    /// or was written by a newer version.
    private static func check(_ path: String) throws(MetricsStoreError) -> Set<String> {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(60)
        let migrator = SQLiteSchema.migrator
        let (applicationID, tables, applied) = try guarded(path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") ?? 0,
                 try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : [])
            }
        }
        if applicationID != SQLiteSchema.applicationID && (applicationID != 0 || tables > 0) {
            throw .notAStore(path: path, reason: applicationID == 0 ? Bilingual(zh: "它存有别的表", en: "it holds other tables")
                                                                   : Bilingual(zh: "它属于另一个应用", en: "it belongs to another application"))
        }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty { throw .newerVersion(path: path, unknown: unknown) }
        return applied
    }

    /// Migrates (read-write) a new store, or an older one after copying it to
    /// `PATH.before-MIGRATION.backup`; refuses (read-only) one that is not current.
    private func migrate(from applied: Set<String>, mode: Mode) throws(MetricsStoreError) {
        let migrator = SQLiteSchema.migrator
        let pending = migrator.migrations.filter { !applied.contains($0) }
        guard !pending.isEmpty else { return }
        guard mode == .readWrite else {
            throw applied.isEmpty ? .notAStore(path: path, reason: Bilingual(zh: "它是空的", en: "it is empty")) : .needsMigration(path: path)
        }
        if !applied.isEmpty { try backUp(before: pending[0]) }
        do {
            try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(SQLiteSchema.applicationID)") }
            try migrator.migrate(queue)
        } catch {
            // Another process may have created the store at the same moment: fine if it is complete now.
            let complete = (try? queue.read { db in try migrator.hasCompletedMigrations(db) }) ?? false
            if !complete { throw .database(path: path, message: "\(error)") }
        }
    }

    /// A copy of the store as it is, through SQLite's backup API (consistent even while another
    /// process reads it), beside it; a number is added when that name is taken.
    private func backUp(before migration: String) throws(MetricsStoreError) {
        var target = "\(path).before-\(migration).backup"
        var number = 2
        while FileManager.default.fileExists(atPath: target) {
            target = "\(path).before-\(migration).\(number).backup"
            number += 1
        }
        try Self.guarded(path) {
            let copy = try DatabaseQueue(path: target)
            try queue.backup(to: copy)
            try copy.close()
        }
    }

    /// `compute`'s answer, kept for the store's life when it is read-only.
    func remembered<T: Sendable>(_ question: StoreAnswers.Question, _ compute: () throws -> T) rethrows -> T {
        guard let answers else { return try compute() }
        return try answers.answer(question, compute: compute)
    }

    func read<T>(_ body: (Database) throws -> T) throws(MetricsStoreError) -> T {
        try Self.guarded(path) { try queue.read(body) }
    }

    /// One IMMEDIATE transaction: the write lock is taken at the start, so two importing
    /// processes queue instead of one failing at its first write. `checkingForeignKeys: false`
    /// for a body whose every reference is an id it has just looked up or made in the same
    /// transaction (an import's rows): SQLite would look each of them up again per row, which
    /// doubled the CPU of inserting ten million rows (the pragma cannot change inside a
    /// transaction, so it is set around it).
    func write<T>(checkingForeignKeys: Bool = true, _ body: (Database) throws -> T) throws(MetricsStoreError) -> T {
        try Self.guarded(path) {
            try queue.writeWithoutTransaction { db in
                if !checkingForeignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
                defer { if !checkingForeignKeys { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw DatabaseError(message: "the transaction ended without a result") }
                return result
            }
        }
    }

    static func guarded<T>(_ path: String, _ body: () throws -> T) throws(MetricsStoreError) -> T {
        do {
            return try body()
        } catch let error as MetricsStoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAStore(path: path, reason: Bilingual(zh: "它不是 SQLite 数据库", en: "it is not a SQLite database"))
        } catch let error as DatabaseError {
            throw .database(path: path, message: error.message ?? "\(error.resultCode)")
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }
}
