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
        // A store as the first release wrote it: the first migration only, one import in it.
        let path = try olderStore(upTo: "v1-imports-observations", holding: """
                INSERT INTO imports VALUES (1, 'old.csv', 'abc', '2026-01-01T00:00:00Z', 1, 1, 0, 1, NULL, NULL);
                INSERT INTO combinations VALUES (1, '');
                INSERT INTO observations (import_id, seq, metric, day, combination_id, value) VALUES (1, 0, 'visitors', 20000, 1, 42);
                """)
        #expect(throws: MetricsStoreError.needsMigration(path: path)) { _ = try SQLiteMetricsStore(path: path, mode: .readOnly) }

        let store = try SQLiteMetricsStore(path: path, mode: .readWrite)
        #expect(try store.aggregate("visitors", .sum, in: window(0, 0), where: [:]) == 42)
        let indexes = try store.queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") }
        #expect(indexes.contains("observations_current_key") && !indexes.contains("observations_current_series"))
        // The backup is the store as it was: at the first migration, with its import.
        let backup = try DatabaseQueue(path: "\(path).before-v2-aggregation-indexes.backup")
        let (migrations, value) = try backup.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), try Double.fetchOne(db, sql: "SELECT value FROM observations"))
        }
        #expect(migrations == ["v1-imports-observations"] && value == 42)
        // Read-only opening works now.
        #expect(try SQLiteMetricsStore(path: path, mode: .readOnly).imports().map(\.id) == [1])
    }

    /// A store at the third migration (metric as text in every row, six indexes) with a
    /// superseded value moves to the lean layout with the same answers and history, and a
    /// drop afterwards restores as before.
    @Test func aStoreWithHistoryMovesToTheLeanLayout() throws {
        let path = try olderStore(upTo: "v3-superseded-key", holding: """
                INSERT INTO imports VALUES (1, 'w1.csv', 'h1', '2026-01-01T00:00:00Z', 2, 2, 0, 3, NULL, NULL);
                INSERT INTO imports VALUES (2, 'fix.csv', 'h2', '2026-01-02T00:00:00Z', 1, 1, 0, 1, NULL, NULL);
                INSERT INTO combinations VALUES (1, 'a'), (2, 'b');
                INSERT INTO combination_values VALUES (1, '渠道', '门店'), (2, '渠道', '社群');
                INSERT INTO observations (import_id, seq, metric, day, combination_id, value, superseded_by) VALUES
                    (1, 0, 'visitors', 20000, 1, 100, NULL), (1, 1, 'visitors', 20001, 1, 110, 2),
                    (1, 2, 'orders', 20001, 2, 4, NULL), (2, 0, 'visitors', 20001, 1, 115, NULL);
                """)
        let store = try SQLiteMetricsStore(path: path, mode: .readWrite)
        #expect(FileManager.default.fileExists(atPath: "\(path).before-v4-lean-observations.backup"))
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 215)
        #expect(try store.aggregate("orders", .sum, in: window(0, 9), where: ["渠道": "社群"]) == 4)
        #expect(try store.counts() == (current: 3, all: 4))
        #expect(try store.dimensionsByMetric() == ["visitors": ["渠道"], "orders": ["渠道"]])
        #expect(try store.history(of: 1)?.supersededBy.map(\.importID) == [2])
        #expect(try store.drop(2))
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 210)
        #expect(try store.counts() == (current: 3, all: 3))
        let series = try store.queue.read { db in try Int.fetchAll(db, sql: "SELECT rows FROM series ORDER BY metric_id, combination_id") }
        #expect(series == [1, 2])  // orders (metric 1): 1 row; visitors: 2 rows left
    }

    /// A store at the fourth migration (an index of every row by import) with three imports,
    /// each superseding part of the one before, moves to the per-import day ranges: the
    /// history and the drops answer as the index did, and the index is gone.
    @Test func aStoreWithHistoryMovesToImportDays() throws {
        let path = try olderStore(upTo: "v4-lean-observations", holding: """
                INSERT INTO imports VALUES (1, 'w1.csv', 'h1', '2026-01-01T00:00:00Z', 4, 4, 0, 4, NULL, NULL);
                INSERT INTO imports VALUES (2, 'w2.csv', 'h2', '2026-01-02T00:00:00Z', 3, 3, 0, 3, NULL, NULL);
                INSERT INTO imports VALUES (3, 'fix.csv', 'h3', '2026-01-03T00:00:00Z', 1, 1, 0, 1, NULL, NULL);
                INSERT INTO metrics VALUES (1, 'visitors'), (2, 'orders');
                INSERT INTO combinations VALUES (1, 'a');
                INSERT INTO combination_values VALUES (1, '渠道', '门店');
                INSERT INTO observations (metric_id, day, import_id, seq, combination_id, value, superseded_by) VALUES
                    (1, 20000, 1, 0, 1, 10, NULL), (1, 20001, 1, 1, 1, 11, 2), (1, 20002, 1, 2, 1, 12, 2), (2, 20000, 1, 3, 1, 1, NULL),
                    (1, 20001, 2, 0, 1, 21, NULL), (1, 20002, 2, 1, 1, 22, 3), (1, 20003, 2, 2, 1, 23, NULL),
                    (1, 20002, 3, 0, 1, 32, NULL);
                INSERT INTO series VALUES (1, 1, 7), (2, 1, 1);
                """)
        let store = try SQLiteMetricsStore(path: path, mode: .readWrite)
        #expect(FileManager.default.fileExists(atPath: "\(path).before-v5-import-days.backup"))
        let (ranges, indexes) = try store.queue.read { db in
            (try Row.fetchAll(db, sql: "SELECT * FROM import_days ORDER BY import_id, metric_id").map { [$0[0], $0[1], $0[2], $0[3]] as [Int] },
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
        }
        #expect(ranges == [[1, 1, 20000, 20002], [1, 2, 20000, 20000], [2, 1, 20001, 20003], [3, 1, 20002, 20002]])
        #expect(!indexes.contains("observations_by_import"))
        func summary(_ id: Int64) throws -> [Int64]? {
            try store.history(of: id).map { [Int64($0.current)] + $0.supersededBy.flatMap { [$0.importID, Int64($0.count)] } + [-1]
                + $0.supersedes.flatMap { [$0.importID, Int64($0.count)] } }
        }
        #expect(try summary(1) == [2, 2, 2, -1])
        #expect(try summary(2) == [2, 3, 1, -1, 1, 2])
        #expect(try summary(3) == [1, -1, 2, 1])
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 10 + 21 + 32 + 23)
        // Dropping the middle import: its 20001 of import 1 is current again, its 20002 goes to import 3.
        #expect(try store.drop(2))
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 10 + 11 + 32)
        #expect(try store.counts() == (current: 4, all: 5))
        #expect(try summary(1) == [3, 3, 1, -1])
        #expect(try summary(3) == [1, -1, 1, 1])
        #expect(try store.drop(3))
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 10 + 11 + 12)
        #expect(try store.counts() == (current: 4, all: 4))
        let left = try store.queue.read { db in try Int.fetchAll(db, sql: "SELECT DISTINCT import_id FROM import_days") }
        #expect(left == [1])
    }

    /// An import whose days lie inside another import's range of the same metric: history and
    /// drop read past the other's rows and change only their own.
    @Test func anImportInsideAnothersDaysIsFoundAndDroppedAlone() throws {
        let store = try SQLiteMetricsStore(path: try temporaryStorePath(), mode: .readWrite)
        _ = try store.record(testFile("month"), observations: (0..<30).map {
            Observation(date: day($0), metric: "visitors", value: Double($0), dimensions: ["渠道": "门店"])
        })
        _ = try store.record(testFile("fix"), observations: [
            Observation(date: day(10), metric: "visitors", value: 100, dimensions: ["渠道": "门店"]),
            Observation(date: day(12), metric: "visitors", value: 120, dimensions: ["渠道": "社群"]),
        ])
        #expect(try store.history(of: 2).map { [$0.current, $0.supersedes.first?.count ?? 0] } == [2, 1])
        #expect(try store.history(of: 1).map { [$0.current, $0.supersededBy.first?.count ?? 0] } == [29, 1])
        #expect(try store.drop(2))
        #expect(try store.counts() == (current: 30, all: 30))
        #expect(try store.aggregate("visitors", .sum, in: window(0, 29), where: [:]) == Double((0..<30).reduce(0, +)))
        #expect(try store.values(of: "渠道") == ["门店"])
    }

    /// Which metrics and values a store has comes from `series`, kept at import and drop: a
    /// value whose only rows are dropped is no longer listed, one with rows left still is.
    @Test func droppingTheOnlyImportOfAValueForgetsIt() throws {
        let store = try SQLiteMetricsStore(path: try temporaryStorePath(), mode: .readWrite)
        _ = try store.record(testFile("a"), observations: [
            Observation(date: day(0), metric: "visitors", value: 1, dimensions: ["渠道": "门店"]),
            Observation(date: day(0), metric: "orders", value: 2, dimensions: ["渠道": "门店"]),
        ])
        _ = try store.record(testFile("b"), observations: [
            Observation(date: day(1), metric: "visitors", value: 3, dimensions: ["渠道": "社群"]),
            Observation(date: day(0), metric: "visitors", value: 4, dimensions: ["渠道": "门店"]),
        ])
        #expect(try store.values(of: "渠道") == ["社群", "门店"].sorted())
        #expect(try store.drop(2))
        #expect(try store.values(of: "渠道") == ["门店"])
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 1)
        #expect(try store.drop(1))
        #expect(try store.values(of: "渠道").isEmpty && store.dimensionsByMetric().isEmpty)
        let left = try store.queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM series") }
        #expect(left == 0)
    }

    @Test func filesThatAreNotStoresAreRefused() throws {
        let folder = URL(fileURLWithPath: try temporaryStorePath()).deletingLastPathComponent()
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

    /// A new store file as the version that stopped at `migration` wrote it, holding the rows
    /// `sql` inserts; closed, so the store under test opens it as a user's would be opened.
    private func olderStore(upTo migration: String, holding sql: String) throws -> String {
        let path = try temporaryStorePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(SQLiteSchema.applicationID)") }
        try SQLiteSchema.migrator.migrate(queue, upTo: migration)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
        return path
    }
}
