import PlanModel
import Foundation
import MetricsStore
import PostgresNIO

/// The metrics store in a PostgreSQL database, through postgres-nio: the SQLite store's
/// schema in a schema of its own (`cycleplan` unless the URL names another), created and
/// migrated by the tool in one transaction. Imports are serialised by an advisory lock, so
/// two processes importing overlapping files both land, one after the other, and lose nothing;
/// reviews open one read-only REPEATABLE READ transaction and see one snapshot throughout.
public struct PostgresMetricsStore: MetricsDatabase {
    public enum Mode: Sendable {
        /// Creates the schema and tables when missing, migrates an older store.
        case readWrite
        /// Opens an existing store at the current version, in a read-only transaction.
        case readOnly
    }

    public let url: PostgresURL
    let session: PostgresSession
    /// Per-dimension-value answers, for a store opened read-only (one snapshot: never stale).
    let grouped: GroupedAnswers?

    /// - Throws: `MetricsStoreError` — a bad URL, no connection, a missing store (read-only),
    ///   not a store, newer, needing a migration (read-only), or the server's own failure.
    public init(url text: String, mode: Mode) throws(MetricsStoreError) {
        url = try PostgresURL(text)
        session = try PostgresSession(url)
        grouped = mode == .readOnly ? GroupedAnswers() : nil
        try session.run("SET search_path TO \(quoted(url.schema))")
        switch mode {
        case .readWrite: try migrate()
        case .readOnly:
            try session.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try checkReadOnly()
        }
    }

    /// The key of the advisory lock that serialises migrations and imports of this store.
    var lockKey: String { "cycleplan-metrics-store:" + url.schema }

    private func tables() throws(MetricsStoreError) -> Set<String> {
        var binds = Binds()
        let result = try session.run("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = \(binds.add(url.schema))", binds)
        var names = Set<String>()
        for row in result { names.insert((try? row.decode(String.self)) ?? "") }
        return names
    }

    private func applied() throws(MetricsStoreError) -> Set<String> {
        var names = Set<String>()
        for row in try session.run("SELECT identifier FROM cycleplan_migrations") { names.insert((try? row.decode(String.self)) ?? "") }
        return names
    }

    private func checkReadOnly() throws(MetricsStoreError) {
        let tables = try tables()
        if tables.isEmpty { throw .missing(path: url.shown) }
        guard tables.contains("cycleplan_migrations") else { throw .notAStore(path: url.shown, reason: Bilingual(zh: "schema \(url.schema) 存有别的表", en: "schema \(url.schema) holds other tables")) }
        let applied = try applied()
        let unknown = applied.subtracting(PostgresSchema.migrations.map(\.identifier)).sorted()
        if !unknown.isEmpty { throw .newerVersion(path: url.shown, unknown: unknown) }
        if PostgresSchema.migrations.contains(where: { !applied.contains($0.identifier) }) { throw .needsMigration(path: url.shown) }
    }

    /// Creates or migrates the store in one transaction, under the store's advisory lock so
    /// that two processes opening a new store at once do not both create it.
    private func migrate() throws(MetricsStoreError) {
        try session.locked { () throws(MetricsStoreError) in
            try session.transaction { () throws(MetricsStoreError) in
                var binds = Binds()
                try session.run("SELECT pg_advisory_xact_lock(hashtextextended(\(binds.add(lockKey)), 0))", binds)
                try session.run("CREATE SCHEMA IF NOT EXISTS \(quoted(url.schema))")
                let tables = try tables()
                if !tables.isEmpty && !tables.contains("cycleplan_migrations") {
                    throw .notAStore(path: url.shown, reason: Bilingual(zh: "schema \(url.schema) 存有别的表", en: "schema \(url.schema) holds other tables"))
                }
                try session.run("""
                    CREATE TABLE IF NOT EXISTS cycleplan_migrations (
                        identifier TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                    """)
                let applied = try applied()
                let unknown = applied.subtracting(PostgresSchema.migrations.map(\.identifier)).sorted()
                if !unknown.isEmpty { throw .newerVersion(path: url.shown, unknown: unknown) }
                for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                    for statement in migration.sql { try session.run(statement) }
                    var binds = Binds()
                    try session.run("INSERT INTO cycleplan_migrations (identifier) VALUES (\(binds.add(migration.identifier)))", binds)
                }
            }
        }
    }

    /// One statement under the session's lock.
    @discardableResult
    func run(_ sql: String, _ binds: Binds = Binds()) throws(MetricsStoreError) -> PostgresQueryResult {
        try session.locked { () throws(MetricsStoreError) in try session.run(sql, binds) }
    }
}
