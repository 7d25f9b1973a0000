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
    /// One row per (day, store), as an export sorted by date gives them. The values' sums
    /// depend on the order they are added in (each has a tenth, which no double holds exactly).
    private static func rows(days: [Int], stores: [String], metrics: [String] = ["visitors"]) -> [Observation] {
        metrics.flatMap { metric in
            days.flatMap { offset in
                stores.enumerated().map { index, store in
                    Observation(date: day(offset), metric: metric, value: Double(offset * 10 + index) + 0.1,
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

    /// How an export orders its rows.
    enum ExportOrder: CaseIterable {
        /// By date, the stores in one order every day: in key order, the indexes kept.
        case byDate
        /// By store, then date: put in day order by the store, then in key order.
        case byStore
        /// By date, the stores in another order each day: in day order, not in key order —
        /// the indexes are sorted after the load.
        case byDateStoresShuffled
    }

    /// 300 rows are two statements of 128 rows and one of 44: every row lands once, whichever
    /// way the load went, a day's rows are summed in their input order, and a later import
    /// supersedes through the indexes the load left.
    @Test(arguments: ExportOrder.allCases)
    func aBulkLoadHoldsEveryRowAndLaterImportsSupersedeThroughIt(order: ExportOrder) throws {
        let stores = (1...30).map { "店\($0)" }
        var rows = Self.rows(days: Array(0..<10), stores: stores)
        switch order {
        case .byDate: break
        case .byStore: rows = stores.flatMap { store in rows.filter { $0.dimensions["门店"] == store } }
        case .byDateStoresShuffled:
            rows = (0..<10).flatMap { offset in
                let day = rows[(offset * 30)..<(offset * 30 + 30)]
                return offset % 2 == 0 ? Array(day) : day.reversed()
            }
        }
        #expect(rows.count == 300)
        let batch = ObservationList(rows)
        #expect(DayOrderedBatch.isDayOrdered(batch) == (order != .byStore))
        let store = try SQLiteMetricsStore(path: try temporaryStorePath(), mode: .readWrite)
        guard case .imported(_, superseded: 0) = try store.record(testFile("history"), observations: rows) else {
            Issue.record("the bulk load superseded a row")
            return
        }
        #expect(try store.counts() == (current: 300, all: 300))
        // Each day's rows added in the export's order, as a review of the file adds them.
        for offset in [0, 1, 9] {
            let expected = rows.filter { $0.date == day(offset) }.reduce(0) { $0 + $1.value }
            #expect(try store.aggregate("visitors", .sum, in: window(offset, offset), where: [:]) == expected)
        }
        #expect(try store.aggregate("visitors", .sum, in: window(3, 3), where: ["门店": "店7"]) == 36.1)
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

    /// The store's sort keeps each day's rows in input order, by counting (days close
    /// together) or by comparing (days far apart), and a batch in day order is left as it is.
    @Test func dayOrderIsAStableSortByDay() {
        func observation(_ offset: Int, _ value: Double, _ metric: String = "visitors") -> Observation {
            Observation(date: day(offset), metric: metric, value: value, dimensions: ["门店": "一店"])
        }
        for far in [false, true] {
            let late = far ? 40_000 : 2
            let input = [observation(late, 1), observation(0, 2), observation(late, 3), observation(0, 4, "orders"),
                         observation(0, 5), observation(1, 6)]
            #expect(!DayOrderedBatch.isDayOrdered(ObservationList(input)))
            let ordered = DayOrderedBatch(ObservationList(input))
            var seen: [Double] = []
            ordered.forEachObservation { _, _, value, _ in seen.append(value) }
            // visitors: day 0 (2, 5), day 1 (6), the late day (1, 3); then orders.
            #expect(seen == [2, 5, 6, 1, 3, 4])
            #expect(ordered.count == 6 && DayOrderedBatch.isDayOrdered(ordered))
        }
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
