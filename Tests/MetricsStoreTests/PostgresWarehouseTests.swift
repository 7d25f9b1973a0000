import Foundation
import MetricsStore
@testable import MetricsStorePostgres
import PlanAnalysis
import PlanModel
import Testing

/// A plan's warehouse table read in place (`PostgresWarehouse`), against the real server: its
/// answers equal, bit for bit, those of the in-memory source the file review uses over the
/// same rows in the order the warehouse sums them; names are checked against the catalog, so
/// hostile ones are diagnostics, never SQL; and nothing is written.
@Suite("PostgreSQL warehouse table", .enabled(if: PostgresTestServer.enabled, Comment(rawValue: PostgresTestServer.reason)))
struct PostgresWarehouseTests {
    /// A schema of the test's own, holding `daily`: one row per day, 渠道 and 分组, with
    /// cents (whose sums depend on the order of additions), NULL cells, a channel that starts
    /// mid-month, a stock with fractions, and rows outside the plan's window.
    struct Fixture {
        let url: String
        let schema: String
        let session: PostgresSession
        /// The rows inside the scope, as observations in the warehouse's summing order.
        var observations: [Observation] = []
        static let scope = DateRange(first: CivilDate(year: 2026, month: 12, day: 1)!, last: CivilDate(year: 2026, month: 12, day: 31)!)
        static let channels = ["x'); DROP TABLE daily; --", "小程序", "社群", "门店"]
        /// Windows inside, across and outside the scope.
        static let windows = [scope, DateRange(first: scope.first, last: scope.first.advanced(by: 6)),
                              DateRange(first: scope.first.advanced(by: 5), last: scope.first.advanced(by: 19)),
                              DateRange(first: scope.first.advanced(by: -10), last: scope.first.advanced(by: 2)),
                              DateRange(first: scope.first.advanced(by: 40), last: scope.first.advanced(by: 50))]
        /// Filters by one value, two, a hostile one, and values or dimensions nothing carries.
        static let filters: [[String: String]] = [[:], ["渠道": "社群"], ["渠道": channels[0]], ["分组": "B"],
                                                  ["渠道": "门店", "分组": "A"], ["渠道": "nowhere"], ["城市": "上海"]]

        init(rows: Bool = true) throws {
            url = try #require(PostgresTestServer.url, "\(PostgresTestServer.reason)")
            schema = "w_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            session = try PostgresSession(PostgresURL(url))
            try session.run("CREATE SCHEMA \(quoted(schema))")
            try session.run("""
                CREATE TABLE \(quoted(schema)).daily (stat_date date NOT NULL, "渠道" text, "分组" varchar(8), new_adds integer,
                    gmv_new numeric(14, 2), visitors bigint, friends double precision, note text)
                """)
            guard rows else { return }
            var random = SeededRandom(seed: 14)
            var days: [Int] = [], channels: [String] = [], groups: [String] = []
            var adds: [Double] = [], gmv: [Double] = [], visitors: [Double] = [], friends: [Double] = []
            let first = Self.scope.first.daysSinceEpoch
            // Sorted as the warehouse sums: by day, then 渠道 and 分组 in byte order.
            for day in (first - 3)...(first + 33) {
                for channel in Self.channels.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                    if channel == "社群" && day < first + 9 { continue }
                    for group in ["A", "B"] {
                        days.append(day)
                        channels.append(channel)
                        groups.append(group)
                        adds.append(random.below(10) == 0 ? .nan : Double(random.below(300)))
                        gmv.append(random.below(12) == 0 ? .nan : Double(random.below(5_000_000)) / 100)
                        visitors.append(Double(100 + random.below(900)))
                        friends.append(random.below(9) == 0 ? .nan : 10_000 + Double(random.below(100_000)) / 7)
                        guard Self.scope.contains(CivilDate(daysSinceEpoch: day)) else { continue }
                        let date = CivilDate(daysSinceEpoch: day)
                        for (metric, value) in [("new_adds", adds.last!), ("gmv_new", gmv.last!), ("visitors", visitors.last!),
                                                ("friends", friends.last!)] where !value.isNaN {
                            observations.append(Observation(date: date, metric: metric, value: value, dimensions: ["渠道": channel, "分组": group]))
                        }
                    }
                }
            }
            var binds = Binds()
            try session.run("""
                INSERT INTO \(quoted(schema)).daily (stat_date, "渠道", "分组", new_adds, gmv_new, visitors, friends)
                SELECT DATE '1970-01-01' + CAST(d AS integer), c, g, CAST(NULLIF(a, 'NaN') AS integer), CAST(NULLIF(m, 'NaN') AS numeric(14, 2)),
                       CAST(v AS bigint), NULLIF(f, 'NaN')
                FROM unnest(\(binds.add(days)), \(binds.add(channels)), \(binds.add(groups)), \(binds.add(adds)), \(binds.add(gmv)),
                            \(binds.add(visitors)), \(binds.add(friends))) AS r(d, c, g, a, m, v, f)
                """, binds)
        }

        func spec(table: String = "daily", date: String = "stat_date", columns: [String: String]? = nil,
                  dimensions: [String] = ["渠道", "分组"]) -> WarehouseSpec {
            let mapped = columns ?? ["new_adds": "new_adds", "gmv_new": "gmv_new", "visitors": "visitors", "friends": "friends"]
            func at(_ line: Int) -> PlanModel.SourceLocation { PlanModel.SourceLocation(file: "plan.yaml", line: line, column: 5) }
            return WarehouseSpec(source: url, sourceLocation: at(1), schema: schema, table: table, tableLocation: at(2),
                                 dateColumn: .init(name: date, meaning: "date", location: at(3)),
                                 columns: mapped.keys.sorted().enumerated().map { .init(name: $0.element, meaning: mapped[$0.element]!, location: at(10 + $0.offset)) },
                                 dimensions: dimensions.enumerated().map { .init(name: $0.element, meaning: $0.element, location: at(20 + $0.offset)) })
        }
    }

    @Test func answersEqualTheFileReviewsBitForBit() throws {
        let fixture = try Fixture()
        let warehouse = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        let memory = InMemoryMetrics(fixture.observations, stockMetrics: ["friends"])
        let start = Fixture.scope.first
        var compared = 0
        for metric in ["new_adds", "gmv_new", "visitors", "friends", "unmapped"] {
            let aggregation: Aggregation = metric == "friends" ? .last : .sum
            for window in Fixture.windows {
                for filter in Fixture.filters {
                    let expected = memory.aggregate(metric, aggregation, in: window, where: filter)
                    let answered = try warehouse.aggregate(metric, aggregation, in: window, where: filter)
                    #expect(answered?.bitPattern == expected?.bitPattern, "\(metric) \(window) \(filter): \(String(describing: answered)) vs \(String(describing: expected))")
                    if expected != nil { compared += 1 }
                }
            }
            let days = stride(from: 0, to: 31, by: 3).map { start.advanced(by: $0) }
            let running = try warehouse.aggregates(metric, aggregation, from: start, through: days, where: [:])
            #expect(running.map { $0?.bitPattern } == memory.aggregates(metric, aggregation, from: start, through: days, where: [:]).map { $0?.bitPattern })
        }
        #expect(compared > 60)
        // The sums really depend on the order: the cents summed the other way round differ.
        let cents = fixture.observations.filter { $0.metric == "gmv_new" }.map(\.value)
        #expect(cents.reduce(0, +) != cents.reversed().reduce(0, +))
        #expect(try warehouse.values(of: "渠道") == memory.values(of: "渠道"))
        #expect(try warehouse.values(of: "分组") == ["A", "B"])
        #expect(try warehouse.dimensionsByMetric() == memory.dimensionsByMetric())
        let experiment = try warehouse.observations(of: ["visitors", "new_adds"], in: Fixture.scope, where: ["分组": "A"])
        #expect(experiment == memory.observations(of: ["visitors", "new_adds"], in: Fixture.scope, where: ["分组": "A"]))
    }

    /// Coverage is asked of the table (distinct days per value, in SQL) and equals what the
    /// file review finds in memory: NULL cells and a channel starting mid-month are gaps.
    @Test func coveredDaysEqualTheFileReviews() throws {
        let fixture = try Fixture()
        let warehouse = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        let memory = InMemoryMetrics(fixture.observations, stockMetrics: ["friends"])
        let start = Fixture.scope.first
        var gaps = 0
        for metric in ["new_adds", "gmv_new", "visitors", "friends", "unmapped"] {
            for window in [Fixture.scope, DateRange(first: start.advanced(by: 5), last: start.advanced(by: 19)),
                           DateRange(first: start.advanced(by: -10), last: start.advanced(by: 2)),
                           DateRange(first: start.advanced(by: 40), last: start.advanced(by: 50))] {
                let expected = memory.coveredDays(of: metric, in: window)
                #expect(try warehouse.coveredDays(of: metric, in: window) == expected, "\(metric) \(window)")
                gaps += expected.missing.values.map(\.count).reduce(0, +)
            }
        }
        #expect(gaps > 0)
    }

    /// Integers whose sums stay below 2⁵³ are summed by the server in any order (hashed, per
    /// day); anything else in the warehouse's order. Both give the file review's bits: here
    /// with integers large enough (2⁵² and odd ones) that another order would round differently.
    @Test func orderFreeSumsOnlyWhereEveryOrderGivesTheSameBits() throws {
        let fixture = try Fixture()
        let warehouse = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        #expect(try warehouse.scopeCoverage("new_adds", "\"new_adds\"").orderFree)
        #expect(try warehouse.scopeCoverage("visitors", "\"visitors\"").orderFree)
        #expect(try !warehouse.scopeCoverage("gmv_new", "\"gmv_new\"").orderFree)
        #expect(try !warehouse.scopeCoverage("friends", "\"friends\"").orderFree)

        let table = "\(quoted(fixture.schema)).big"
        try fixture.session.run("CREATE TABLE \(table) (stat_date date, \"渠道\" text, \"分组\" text, huge bigint, small double precision)")
        var observations: [Observation] = []
        var values: [String] = []
        let start = Fixture.scope.first
        for day in 0..<20 {
            for (index, channel) in ["小程序", "社群", "门店"].enumerated() {
                let group = (day + index) % 2 == 0 ? "A" : "B"
                // 2⁵² + odd: sums pass 2⁵³, where a double holds only even integers.
                let huge = Double(1 << 52) * (index == 1 ? -1 : 1) + Double(2 * day + index + 1)
                let small = Double((day * 7 + index * 13) % 50)
                let date = start.advanced(by: day)
                observations.append(Observation(date: date, metric: "huge", value: huge, dimensions: ["渠道": channel, "分组": group]))
                observations.append(Observation(date: date, metric: "small", value: small, dimensions: ["渠道": channel, "分组": group]))
                values.append("('\(date)', '\(channel)', '\(group)', \(Int64(huge)), \(small))")
            }
        }
        try fixture.session.run("INSERT INTO \(table) VALUES \(values.joined(separator: ", "))")
        let big = try PostgresWarehouse(fixture.spec(table: "big", columns: ["huge": "huge", "small": "small"]), scope: Fixture.scope)
        #expect(try !big.scopeCoverage("huge", "\"huge\"").orderFree)
        #expect(try big.scopeCoverage("small", "\"small\"").orderFree)
        let memory = InMemoryMetrics(observations, stockMetrics: [])
        let windows = [Fixture.scope, DateRange(first: start.advanced(by: 3), last: start.advanced(by: 11))]
        for metric in ["huge", "small"] {
            for window in windows {
                for filter in [[:], ["渠道": "社群"], ["渠道": "门店"], ["分组": "A"], ["分组": "B"]] as [[String: String]] {
                    let expected = memory.aggregate(metric, .sum, in: window, where: filter)
                    #expect(try big.aggregate(metric, .sum, in: window, where: filter)?.bitPattern == expected?.bitPattern,
                            "\(metric) \(window) \(filter)")
                }
            }
            let days = (0..<25).map { start.advanced(by: $0) }
            #expect(try big.aggregates(metric, .sum, from: start, through: days, where: [:]).map { $0?.bitPattern }
                    == memory.aggregates(metric, .sum, from: start, through: days, where: [:]).map { $0?.bitPattern })
        }
        // The huge sums really depend on the order.
        let huge = observations.filter { $0.metric == "huge" }.map(\.value)
        #expect(huge.reduce(0, +) != huge.reversed().reduce(0, +))
    }

    @Test func theOrderFreeBoundExcludesWhatCouldRound() {
        #expect(ScopeCoverage.orderFree(integral: true, magnitude: 1_000, count: 1_000_000))
        #expect(!ScopeCoverage.orderFree(integral: false, magnitude: 1, count: 1))
        #expect(!ScopeCoverage.orderFree(integral: true, magnitude: Double(1 << 52), count: 2))
        #expect(ScopeCoverage.orderFree(integral: true, magnitude: Double(1 << 52), count: 1))
        #expect(!ScopeCoverage.orderFree(integral: true, magnitude: .nan, count: 1))
        #expect(!ScopeCoverage.orderFree(integral: true, magnitude: .infinity, count: 1))
    }

    @Test func unknownNamesAreDiagnosticsAtTheirPlanKeys() throws {
        let fixture = try Fixture(rows: false)
        func problem(_ spec: WarehouseSpec) -> WarehouseProblem? {
            do { _ = try PostgresWarehouse(spec, scope: Fixture.scope) } catch { return error }
            return nil
        }
        let table = try #require(problem(fixture.spec(table: "dailly")))
        #expect(table.id == .warehouseUnknownTable && table.location?.line == 2)
        #expect(table.description.contains("did you mean 'daily'") && table.description.contains("没有表或视图"))
        let column = try #require(problem(fixture.spec(columns: ["gmv": "gmv_new"])))
        #expect(column.id == .warehouseUnknownColumn && column.location?.line == 10)
        #expect(column.hint.contains("stat_date, 渠道, 分组, new_adds, gmv_new"))
        let date = try #require(problem(fixture.spec(date: "Stat_Date")))
        #expect(date.id == .warehouseUnknownColumn && date.location?.line == 3 && date.english.contains("did you mean 'stat_date'"))
        let dimension = try #require(problem(fixture.spec(dimensions: ["渠道", "城市"])))
        #expect(dimension.location?.line == 21)
        let text = try #require(problem(fixture.spec(columns: ["note": "gmv_new"])))
        #expect(text.id == .warehouseColumnType && text.english == "column 'note' is text, not a number")
        let notADate = try #require(problem(fixture.spec(date: "visitors")))
        #expect(notADate.id == .warehouseColumnType)
        var elsewhere = fixture.spec()
        elsewhere.schema = "no_such_schema"
        #expect(problem(elsewhere)?.id == .warehouseUnknownTable)
        var unreachable = fixture.spec()
        unreachable.source = "postgres://nobody@127.0.0.1:1/none?sslmode=disable"
        let down = try #require(problem(unreachable))
        #expect(down.id == .warehouseUnavailable && down.location?.line == 1)
    }

    @Test func hostileNamesAreNamesTheTableDoesNotHave() throws {
        let fixture = try Fixture()
        let hostile = ["daily; DROP TABLE daily; --", "daily\" ; DROP TABLE daily; --", "daily' OR '1'='1", "pg_catalog.pg_class"]
        for name in hostile {
            #expect(throws: WarehouseProblem.self) { _ = try PostgresWarehouse(fixture.spec(table: name), scope: Fixture.scope) }
            #expect(throws: WarehouseProblem.self) {
                _ = try PostgresWarehouse(fixture.spec(columns: [name: "gmv_new"]), scope: Fixture.scope)
            }
            #expect(throws: WarehouseProblem.self) { _ = try PostgresWarehouse(fixture.spec(date: name), scope: Fixture.scope) }
        }
        // A table whose names need quoting is read as any other.
        try fixture.session.run("""
            CREATE TABLE \(quoted(fixture.schema)).\(quoted("日报\"; DROP TABLE daily; --")) ("日 期" date, \(quoted("v\"al")) numeric)
            """)
        try fixture.session.run("""
            INSERT INTO \(quoted(fixture.schema)).\(quoted("日报\"; DROP TABLE daily; --")) VALUES ('2026-12-02', 1.5), ('2026-12-03', 2.25)
            """)
        let odd = try PostgresWarehouse(fixture.spec(table: "日报\"; DROP TABLE daily; --", date: "日 期", columns: ["v\"al": "gmv_new"], dimensions: []),
                                        scope: Fixture.scope)
        #expect(try odd.aggregate("gmv_new", .sum, in: Fixture.scope, where: [:]) == 3.75)
        // A hostile dimension value is a parameter: it matches its own rows only.
        let warehouse = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        let injected = try warehouse.aggregate("visitors", .sum, in: Fixture.scope, where: ["渠道": "x' OR '1'='1", "分组": "A"])
        #expect(injected == nil)
        #expect(try warehouse.aggregate("visitors", .sum, in: Fixture.scope, where: ["渠道": Fixture.channels[0], "分组": "A"]) != nil)
        let rows = try fixture.session.run("SELECT count(*) FROM \(quoted(fixture.schema)).daily").first { _ in true }
        #expect(try rows?.decode(Int.self) == 37 * 4 * 2 - 12 * 2)
    }

    @Test func theTableIsReadInAReadOnlyTransaction() throws {
        let fixture = try Fixture(rows: false)
        let warehouse = try PostgresWarehouse(fixture.spec(), scope: Fixture.scope)
        #expect(throws: MetricsStoreError.self) {
            try warehouse.run("INSERT INTO \(quoted(fixture.schema)).daily (stat_date) VALUES ('2026-12-01')")
        }
    }
}
