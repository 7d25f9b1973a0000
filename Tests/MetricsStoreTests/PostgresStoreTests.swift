import Foundation
import MetricsStore
@testable import MetricsStorePostgres
import PlanModel
import Testing

/// What only the PostgreSQL store does: its migrations, its read-only review transaction, its
/// URL and password sources, and concurrent imports through separate connections.
@Suite("PostgreSQL store", .enabled(if: PostgresTestServer.enabled, Comment(rawValue: PostgresTestServer.reason)))
struct PostgresStoreTests {
    @Test func aStoreFromANewerVersionIsRefusedAndLeftUntouched() throws {
        let url = try PostgresTestServer.freshURL()
        let store = try PostgresMetricsStore(url: url, mode: .readWrite)
        _ = try store.record(testFile("w1"), observations: SharedDatabaseTests.week1)
        try store.run("INSERT INTO cycleplan_migrations (identifier) VALUES ('v99-from-the-future')")
        for mode in [PostgresMetricsStore.Mode.readWrite, .readOnly] {
            #expect(throws: MetricsStoreError.newerVersion(path: store.url.shown, unknown: ["v99-from-the-future"])) {
                _ = try PostgresMetricsStore(url: url, mode: mode)
            }
        }
        #expect(try store.counts() == (current: 3, all: 3))
    }

    @Test func anOlderStoreIsMigratedInATransactionAndRefusedReadOnlyUntilThen() throws {
        let url = try PostgresTestServer.freshURL()
        let store = try PostgresMetricsStore(url: url, mode: .readWrite)
        _ = try store.record(testFile("w1"), observations: SharedDatabaseTests.week1)
        // Back to v1: as an older cycleplan left it.
        for index in ["observations_current_series", "combination_values_by_value", "observations_current_combination", "observations_superseded"] {
            try store.run("DROP INDEX \(index)")
        }
        try store.run("DELETE FROM cycleplan_migrations WHERE identifier = 'v2-aggregation-indexes'")
        #expect(throws: MetricsStoreError.needsMigration(path: store.url.shown)) { _ = try PostgresMetricsStore(url: url, mode: .readOnly) }
        let migrated = try PostgresMetricsStore(url: url, mode: .readWrite)
        #expect(try migrated.count("SELECT count(*) FROM pg_indexes WHERE indexname = 'observations_current_series' AND schemaname = current_schema()") == 1)
        let reader = try PostgresMetricsStore(url: url, mode: .readOnly)
        #expect(try reader.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 250)
    }

    @Test func theReviewReadsOneReadOnlySnapshot() throws {
        let url = try PostgresTestServer.freshURL()
        let writer = try PostgresMetricsStore(url: url, mode: .readWrite)
        _ = try writer.record(testFile("w1"), observations: SharedDatabaseTests.week1)
        let reader = try PostgresMetricsStore(url: url, mode: .readOnly)
        #expect(try reader.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 250)
        // A write through the review's connection is refused by the server itself…
        #expect(throws: MetricsStoreError.self) { _ = try reader.record(testFile("fix"), observations: SharedDatabaseTests.correction) }
        #expect(try writer.imports().count == 1)
        // …and an import committed meanwhile is not seen half-way through a review.
        _ = try writer.record(testFile("fix"), observations: SharedDatabaseTests.correction)
        let later = try PostgresMetricsStore(url: url, mode: .readOnly)
        #expect(try later.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 100 + 115 + 40 + 90)
    }

    @Test func missingStoresAndOtherTablesAreRefused() throws {
        let url = try PostgresTestServer.freshURL()
        let shown = try PostgresURL(url).shown
        #expect(throws: MetricsStoreError.missing(path: shown)) { _ = try PostgresMetricsStore(url: url, mode: .readOnly) }
        let store = try PostgresMetricsStore(url: url, mode: .readWrite)
        let other = url + "_other"
        try store.run("CREATE SCHEMA \(quoted(try PostgresURL(other).schema))")
        try store.run("CREATE TABLE \(quoted(try PostgresURL(other).schema)).sales (id int)")
        #expect(throws: MetricsStoreError.notAStore(path: try PostgresURL(other).shown, reason: Bilingual(zh: "schema \(try PostgresURL(other).schema) 存有别的表", en: "schema \(try PostgresURL(other).schema) holds other tables"))) {
            _ = try PostgresMetricsStore(url: other, mode: .readWrite)
        }
    }

    @Test func aHostileSchemaNameIsAQuotedIdentifier() throws {
        let url = try PostgresTestServer.freshURL() + "%22%3B%20DROP%20SCHEMA%20public%3B%20--"
        let store = try PostgresMetricsStore(url: url, mode: .readWrite)
        #expect(store.url.schema.hasSuffix("\"; DROP SCHEMA public; --"))
        _ = try store.record(testFile("w1"), observations: SharedDatabaseTests.week1)
        #expect(try PostgresMetricsStore(url: url, mode: .readOnly).aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 250)
        #expect(try store.count("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'") == 1)
    }

    @Test func twoConnectionsImportingOverlappingFilesLoseNothing() throws {
        let url = try PostgresTestServer.freshURL()
        _ = try PostgresMetricsStore(url: url, mode: .readWrite)
        func rows(firstDay: Int) -> [Observation] {
            (0..<3_000).map { Observation(date: day(firstDay + $0 / 30), metric: "visitors", value: Double($0), dimensions: ["渠道": "c\($0 % 30)"]) }
        }
        let files = [("a", rows(firstDay: 0)), ("b", rows(firstDay: 50))]  // days 50…99 overlap
        let failures = LockedErrors()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do {
                _ = try PostgresMetricsStore(url: url, mode: .readWrite).record(testFile(files[index].0), observations: files[index].1)
            } catch {
                failures.add(error)
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let store = try PostgresMetricsStore(url: url, mode: .readWrite)
        #expect(try store.counts() == (current: 6_000 - 1_500, all: 6_000))
        #expect(try store.imports().count == 2)
    }

    @Test func aServerThatIsNotThereIsAClearFailure() throws {
        #expect {
            _ = try PostgresMetricsStore(url: "postgres://nobody@127.0.0.1:1/none?sslmode=disable", mode: .readOnly)
        } throws: { error in
            (error as? MetricsStoreError)?.id == "store_connection_failed"
        }
    }
}

/// Errors gathered from concurrent work.
final class LockedErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []
    func add(_ error: any Error) { lock.withLock { errors.append(error) } }
    var all: [any Error] { lock.withLock { errors } }
}
