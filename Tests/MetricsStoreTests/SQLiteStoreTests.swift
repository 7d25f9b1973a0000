import PlanModel
import Foundation
import GRDB
import MetricsStore
@testable import MetricsStoreSQLite
import Testing

/// What only a SQLite file has: versions, backups, files that are not stores, read-only opening.
@Suite("SQLite metrics store")
struct SQLiteStoreTests {
    @Test func aStoreFromANewerVersionIsRefusedAndLeftUntouched() throws {
        let path = try temporaryStorePath()
        _ = try SQLiteMetricsStore(path: path, mode: .readWrite)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for mode in [SQLiteMetricsStore.Mode.readWrite, .readOnly] {
            #expect(throws: MetricsStoreError.newerVersion(path: path, unknown: ["v9-from-the-future"])) {
                _ = try SQLiteMetricsStore(path: path, mode: mode)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anOlderStoreIsBackedUpThenMigrated() throws {
        let path = try temporaryStorePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // A store as the first release wrote it: the first migration only, one import in it.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(SQLiteSchema.applicationID)") }
        try SQLiteSchema.migrator.migrate(queue, upTo: "v1-imports-observations")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO imports VALUES (1, 'old.csv', 'abc', '2026-01-01T00:00:00Z', 1, 1, 0, 1, NULL, NULL);
                INSERT INTO combinations VALUES (1, '');
                INSERT INTO observations (import_id, seq, metric, day, combination_id, value) VALUES (1, 0, 'visitors', 20000, 1, 42);
                """)
        }
        try queue.close()
        #expect(throws: MetricsStoreError.needsMigration(path: path)) { _ = try SQLiteMetricsStore(path: path, mode: .readOnly) }

        let store = try SQLiteMetricsStore(path: path, mode: .readWrite)
        #expect(try store.aggregate("visitors", .sum, in: window(0, 0), where: [:]) == 42)
        let indexes = try store.queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") }
        #expect(indexes.contains("observations_current_series"))
        // The backup is the store as it was: at the first migration, with its import.
        let backup = try DatabaseQueue(path: "\(path).before-v2-aggregation-indexes.backup")
        let (migrations, value) = try backup.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), try Double.fetchOne(db, sql: "SELECT value FROM observations"))
        }
        #expect(migrations == ["v1-imports-observations"] && value == 42)
        // Read-only opening works now.
        #expect(try SQLiteMetricsStore(path: path, mode: .readOnly).imports().map(\.id) == [1])
    }

    @Test func filesThatAreNotStoresAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cycleplan-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = folder.appendingPathComponent("notes.txt").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: text))
        #expect(throws: MetricsStoreError.notAStore(path: text, reason: Bilingual(zh: "它不是 SQLite 数据库", en: "it is not a SQLite database"))) {
            _ = try SQLiteMetricsStore(path: text, mode: .readWrite)
        }
        let other = folder.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in try db.execute(sql: "CREATE TABLE orders (id INTEGER)") }
        try queue.close()
        #expect(throws: MetricsStoreError.notAStore(path: other, reason: Bilingual(zh: "它存有别的表", en: "it holds other tables"))) {
            _ = try SQLiteMetricsStore(path: other, mode: .readWrite)
        }
        let missing = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: MetricsStoreError.missing(path: missing)) { _ = try SQLiteMetricsStore(path: missing, mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func theStoreIsInWALModeAndReadOnlyOpeningCannotWrite() throws {
        let path = try temporaryStorePath()
        _ = try SQLiteMetricsStore(path: path, mode: .readWrite)
        let reader = try SQLiteMetricsStore(path: path, mode: .readOnly)
        #expect(try reader.queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(throws: MetricsStoreError.self) { _ = try reader.record(testFile("x"), observations: []) }
        #expect(try reader.imports().isEmpty)
    }

    @Test func locationsParse() throws {
        #expect(try StoreLocation.parse("sqlite:data/m.sqlite") == .sqlite(path: "data/m.sqlite"))
        #expect(try StoreLocation.parse("sqlite:///tmp/m.sqlite") == .sqlite(path: "/tmp/m.sqlite"))
        #expect(try StoreLocation.parse("m:v1.sqlite") == .sqlite(path: "m:v1.sqlite"))
        #expect(try StoreLocation.parse("postgres://ops:secret@db/metrics") == .postgres(url: "postgres://ops:secret@db/metrics"))
        #expect(StoreLocation.postgres(url: "postgres://ops:secret@db/metrics").shown == "postgres://ops@db/metrics")
        #expect(throws: MetricsStoreError.self) { _ = try StoreLocation.parse("mysql://db/x") }
        #expect(throws: MetricsStoreError.self) { _ = try StoreLocation.parse("sqlite:") }
        #expect(StoreLocation.beside(plan: "plans/q4.yaml") == .sqlite(path: "plans/.cycleplan/metrics.sqlite"))
        #expect(StoreLocation.beside(plan: "q4.yaml") == .sqlite(path: ".cycleplan/metrics.sqlite"))
    }
}
