import Foundation
import MetricsStore
@testable import MetricsStorePostgres
import PlanAnalysis
import PlanModel
import Testing

/// The warehouse's window read once (`PostgresWarehouse.scopeRows`) and reviewed in memory
/// answers bit for bit what the aggregate queries answer — with rows that share a day and
/// dimension values (added in value order), `NULL` dimension values, rows without any metric —
/// and a window over the bound is left to the queries.
@Suite("PostgreSQL warehouse window read once", .enabled(if: PostgresTestServer.enabled, Comment(rawValue: PostgresTestServer.reason)))
struct WarehouseScopeRowsTests {
    typealias Fixture = PostgresWarehouseTests.Fixture

    /// Every question the review asks, of both sources, over windows inside, across and outside
    /// the scope, with and without filters; returns how many answers were numbers.
    @discardableResult
    func expectSameAnswers(_ expected: any MetricsSource, _ answered: any MetricsSource,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let start = Fixture.scope.first
        var numbers = 0
        for metric in ["new_adds", "gmv_new", "visitors", "friends", "unmapped"] {
            let aggregation: Aggregation = metric == "friends" ? .last : .sum
            for window in Fixture.windows {
                for filter in Fixture.filters {
                    let want = try expected.aggregate(metric, aggregation, in: window, where: filter)
                    let got = try answered.aggregate(metric, aggregation, in: window, where: filter)
                    #expect(got?.bitPattern == want?.bitPattern, "\(metric) \(window) \(filter): \(String(describing: got)) vs \(String(describing: want))",
                            sourceLocation: sourceLocation)
                    if want != nil { numbers += 1 }
                }
                #expect(try answered.coveredDays(of: metric, in: window) == expected.coveredDays(of: metric, in: window),
                        "\(metric) \(window)", sourceLocation: sourceLocation)
            }
            let days = stride(from: 0, to: 31, by: 3).map { start.advanced(by: $0) }
            #expect(try answered.aggregates(metric, aggregation, from: start, through: days, where: [:]).map { $0?.bitPattern }
                    == expected.aggregates(metric, aggregation, from: start, through: days, where: [:]).map { $0?.bitPattern },
                    sourceLocation: sourceLocation)
        }
        for dimension in ["渠道", "分组", "城市"] {
            #expect(try answered.values(of: dimension) == expected.values(of: dimension), sourceLocation: sourceLocation)
        }
        #expect(try answered.dimensionsByMetric() == expected.dimensionsByMetric(), sourceLocation: sourceLocation)
        for filter in [[:], ["分组": "A"]] as [[String: String]] {
            #expect(try answered.observations(of: ["visitors", "gmv_new"], in: Fixture.scope, where: filter)
                    == expected.observations(of: ["visitors", "gmv_new"], in: Fixture.scope, where: filter), sourceLocation: sourceLocation)
        }
        return numbers
    }

    func reviewed(_ rows: WarehouseScopeRows) -> InMemoryMetrics {
        InMemoryMetrics(ObservationColumns(rows), stockMetrics: ["friends"])
    }

    @Test func theWindowReadOnceAnswersAsTheFileReviewAndTheQueries() throws {
        let fixture = try Fixture()
        let warehouse = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        // Batches of 7 rows: the window comes in many fetches.
        let rows = try #require(try warehouse.scopeRows(limit: 1_000_000, batch: 7))
        #expect(rows.count == fixture.observations.count)
        let memory = reviewed(rows)
        #expect(try expectSameAnswers(InMemoryMetrics(fixture.observations, stockMetrics: ["friends"]), memory) > 60)

        // Rows sharing a day and values (summed in value order, the stock's last is the largest),
        // a NULL dimension value, and a row with no metric at all (its 分组 'C' is no value).
        let table = "\(quoted(fixture.schema)).daily"
        try fixture.session.run("""
            INSERT INTO \(table) (stat_date, "渠道", "分组", new_adds, gmv_new, visitors, friends) VALUES
              ('2026-12-12', '社群', 'A', 5, 0.07, 101, 10000.1), ('2026-12-12', '社群', 'A', 9, 12345.67, 99, 10000.3),
              ('2026-12-12', '社群', 'A', NULL, 0.01, 100, 10000.2), ('2026-12-20', '门店', 'B', 1, 1000000.01, 7, 7.5),
              ('2026-12-20', '门店', 'B', 2, 0.03, 8, 7.25), ('2026-12-07', NULL, 'B', 3, 45.67, 300, 12000.5),
              ('2026-12-08', '门店', 'C', NULL, NULL, NULL, NULL), ('2026-12-31', '小程序', NULL, 4, 0.1, 5, 6.125)
            """)
        let changed = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        let again = try #require(try changed.scopeRows(limit: 1_000_000, batch: 7))
        #expect(again.count == rows.count + 27)
        let numbers = try expectSameAnswers(changed, reviewed(again))
        #expect(numbers > 60)
        #expect(try !changed.values(of: "分组").contains("C"))
    }

    @Test func aWindowOverTheBoundIsLeftToTheQueries() throws {
        let fixture = try Fixture()
        let warehouse = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        #expect(try warehouse.scopeRows(limit: 10, batch: 7) == nil)
        // The cursor is closed and the snapshot still open: the queries answer, and a window at
        // the bound exactly is read.
        #expect(try warehouse.aggregate("visitors", .sum, in: Fixture.scope, where: [:]) != nil)
        let count = fixture.observations.count
        #expect(try warehouse.scopeRows(limit: count - 1) == nil)
        #expect(try warehouse.scopeRows(limit: count)?.count == count)
    }

    @Test func aWarehouseWithoutMetricsOrRowsReadsNothing() throws {
        let fixture = try Fixture(rows: false)
        let warehouse = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        let rows = try #require(try warehouse.scopeRows(limit: 10))
        #expect(rows.count == 0)
        #expect(try expectSameAnswers(warehouse, reviewed(rows)) == 0)
    }

    /// The packed sort (day, keys and row number in one word) and the comparison sort give one
    /// order; keys too wide to pack take the comparison sort.
    @Test func rowsSortByDayThenKeysThenInput() {
        var random = SeededRandom(seed: 5)
        let days = (0..<2_000).map { _ in Int32(20_000 + random.below(40)) }
        let keys = [(0..<2_000).map { _ in Int32(random.below(30)) }, (0..<2_000).map { _ in Int32(random.below(3)) }]
        func key(_ row: Int32) -> [Int32] { [days[Int(row)], keys[0][Int(row)], keys[1][Int(row)], row] }
        let expected = (0..<Int32(2_000)).sorted { key($0).lexicographicallyPrecedes(key($1)) }
        #expect(WarehouseScopeRows.sortedRows(days: days, keys: keys, widths: [31, 4]) == expected)
        // 2³⁰ values per key: 71 bits with the day and the row, so compared one by one.
        #expect(WarehouseScopeRows.sortedRows(days: days, keys: keys, widths: [1 << 30, 1 << 30]) == expected)
        #expect(WarehouseScopeRows.sortedRows(days: [], keys: [[]], widths: [1]).isEmpty)
    }
}
