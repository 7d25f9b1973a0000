import Foundation
import GRDB
import MetricsStore
@testable import MetricsStoreSQLite
import Testing

/// The first import into a SQLite store: many rows a statement, with the indexes kept when the
/// rows come in key order and made again by a sort when they do not. Either way the store must
/// hold what a row-by-row import gives.
@Suite(.serialized)
struct SQLiteBulkLoadTests {
    /// Four stores, three days each: (day, store) rows as an export gives them.
    private static func rows(days: [Int], stores: [String], metrics: [String] = ["visitors"]) -> [Observation] {
        metrics.flatMap { metric in
            days.flatMap { offset in
                stores.enumerated().map { index, store in
                    Observation(date: day(offset), metric: metric, value: Double(offset * 10 + index) + 0.25,
                                dimensions: ["门店": store])
                }
            }
        }
    }

    @Test func keyOrderIsEachMetricsDayThenCombination() {
        let stores = ["一店", "二店"]
        #expect(ObservationList(Self.rows(days: [0, 1, 2], stores: stores)).isInKeyOrder(combinationIDs: [1, 2]))
        // The store numbered the combinations the other way round: within a day they go down.
        #expect(!ObservationList(Self.rows(days: [0, 1], stores: stores)).isInKeyOrder(combinationIDs: [2, 1]))
        #expect(!ObservationList(Self.rows(days: [1, 0], stores: stores)).isInKeyOrder(combinationIDs: [1, 2]))
        // A key given twice is not in order: such a load takes the path that repairs it.
        let twice = Self.rows(days: [0], stores: stores) + Self.rows(days: [0], stores: ["二店"])
        #expect(!ObservationList(twice).isInKeyOrder(combinationIDs: [1, 2]))
        // Each metric is in order on its own; metrics may alternate.
        let interleaved = zip(Self.rows(days: [0, 1], stores: ["一店"], metrics: ["visitors"]),
                              Self.rows(days: [0, 1], stores: ["一店"], metrics: ["orders"])).flatMap { [$0, $1] }
        #expect(ObservationList(interleaved).isInKeyOrder(combinationIDs: [1]))
    }

    /// 300 rows are two statements of 128 rows and one of 44: every row lands once, in the
    /// order of the input, whether the indexes were kept (in order) or sorted afterwards (days
    /// backwards), and a later import supersedes through the indexes either load left.
    @Test(arguments: [false, true])
    func aBulkLoadHoldsEveryRowAndLaterImportsSupersedeThroughIt(backwards: Bool) throws {
        let stores = (1...30).map { "店\($0)" }
        let days = backwards ? Array((0..<10).reversed()) : Array(0..<10)
        let rows = Self.rows(days: days, stores: stores)
        #expect(rows.count == 300)
        let store = try SQLiteMetricsStore(path: try temporaryStorePath(), mode: .readWrite)
        guard case .imported(_, superseded: 0) = try store.record(testFile("history"), observations: rows) else {
            Issue.record("the bulk load superseded a row")
            return
        }
        #expect(try store.counts() == (current: 300, all: 300))
        let expected = rows.reduce(0) { $0 + $1.value }
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == expected)
        #expect(try store.aggregate("visitors", .sum, in: window(3, 3), where: ["门店": "店7"]) == 36.25)
        let fix = [Observation(date: day(3), metric: "visitors", value: 1000, dimensions: ["门店": "店7"])]
        guard case .imported(let record, superseded: 1) = try store.record(testFile("fix"), observations: fix) else {
            Issue.record("a later import did not supersede the bulk-loaded row")
            return
        }
        #expect(try store.aggregate("visitors", .sum, in: window(3, 3), where: ["门店": "店7"]) == 1000)
        #expect(try store.counts() == (current: 300, all: 301))
        #expect(try store.history(of: record.id)?.supersedes.map(\.count) == [1])
        let integrity = try store.queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
    }

    @Test func aNewStoreHasLargePagesAndAnExistingOneKeepsItsOwn() throws {
        let path = try temporaryStorePath()
        let store = try SQLiteMetricsStore(path: path, mode: .readWrite)
        #expect(try store.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == SQLiteSchema.pageSize)
        // A store made before pages were enlarged (SQLite's 4 KB) is opened and written as it is.
        let older = try temporaryStorePath()
        try FileManager.default.createDirectory(atPath: (older as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: older)
        try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(SQLiteSchema.applicationID)") }
        try SQLiteSchema.migrator.migrate(queue)
        try queue.close()
        let reopened = try SQLiteMetricsStore(path: older, mode: .readWrite)
        _ = try reopened.record(testFile("rows"), observations: Self.rows(days: [0, 1], stores: ["一店"]))
        #expect(try reopened.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
        #expect(try reopened.counts() == (current: 2, all: 2))
    }
}
