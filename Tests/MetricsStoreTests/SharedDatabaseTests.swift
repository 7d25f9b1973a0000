import MetricsStore
import PlanModel
import Testing

/// What every store that keeps imports must do, written against `MetricsDatabase`.
@Suite("Metrics database (shared suite)")
struct SharedDatabaseTests {
    static let week1 = [
        Observation(date: day(0), metric: "visitors", value: 100, dimensions: ["渠道": "门店"]),
        Observation(date: day(1), metric: "visitors", value: 110, dimensions: ["渠道": "门店"]),
        Observation(date: day(1), metric: "visitors", value: 40, dimensions: ["渠道": "社群"]),
    ]
    /// Corrects day 1 in 门店 and adds day 2.
    static let correction = [
        Observation(date: day(1), metric: "visitors", value: 115, dimensions: ["渠道": "门店"]),
        Observation(date: day(2), metric: "visitors", value: 90, dimensions: ["渠道": "门店"]),
    ]

    @Test(arguments: DatabaseBackend.available)
    func importingTheSameContentTwiceChangesNothing(backend: DatabaseBackend) throws {
        let store = try backend.make()
        guard case .imported(let first, superseded: 0) = try store.record(testFile("w1", rows: 2), observations: Self.week1) else {
            Issue.record("the first import was not recorded")
            return
        }
        let again = try store.record(testFile("w1", rows: 2), observations: Self.week1)
        #expect(again == .unchanged(first))
        #expect(try store.imports() == [first])
        #expect(try store.counts() == (current: 3, all: 3))
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 250)
    }

    @Test(arguments: DatabaseBackend.available)
    func aLaterImportSupersedesAndTheHistoryKeepsBoth(backend: DatabaseBackend) throws {
        let store = try backend.make()
        _ = try store.record(testFile("w1"), observations: Self.week1)
        guard case .imported(let second, superseded: 1) = try store.record(testFile("fix"), observations: Self.correction) else {
            Issue.record("the correction did not supersede exactly one value")
            return
        }
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: ["渠道": "门店"]) == 100 + 115 + 90)
        #expect(try store.counts() == (current: 4, all: 5))
        let first = try #require(try store.history(of: 1))
        #expect(first.current == 2)
        #expect(first.supersededBy.map(\.importID) == [second.id] && first.supersededBy.map(\.count) == [1])
        let history = try #require(try store.history(of: second.id))
        #expect(history.supersedes.map(\.importID) == [1] && history.current == 2)
        #expect(try store.history(of: 99) == nil)
    }

    /// A key given twice in one import: the later row is current, the earlier superseded by
    /// the same import — into an empty store (SQLite loads it in bulk, indexes after) as into
    /// one with rows (row by row) — and the indexes are whole afterwards.
    @Test(arguments: DatabaseBackend.available, [false, true])
    func aKeyGivenTwiceInOneImportKeepsTheLaterRow(backend: DatabaseBackend, prefilled: Bool) throws {
        let store = try backend.make()
        let before = prefilled ? 1 : 0
        if prefilled { _ = try store.record(testFile("other"), observations: [Observation(date: day(5), metric: "orders", value: 1, dimensions: [:])]) }
        let twice = Self.week1 + [Self.week1[1].with(value: 111)]
        guard case .imported(_, superseded: 1) = try store.record(testFile("twice"), observations: twice) else {
            Issue.record("the key given twice did not supersede exactly one row")
            return
        }
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: [:]) == 100 + 111 + 40)
        #expect(try store.counts() == (current: 3 + before, all: 4 + before))
        guard case .imported(_, superseded: 1) = try store.record(testFile("fix"), observations: [Self.correction[0]]) else {
            Issue.record("a later import did not supersede through the rebuilt indexes")
            return
        }
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: ["渠道": "门店"]) == 100 + 115)
    }

    @Test(arguments: DatabaseBackend.available)
    func droppingAnImportRestoresWhatItSuperseded(backend: DatabaseBackend) throws {
        let store = try backend.make()
        _ = try store.record(testFile("w1"), observations: Self.week1)
        _ = try store.record(testFile("fix"), observations: Self.correction)
        _ = try store.record(testFile("fix2"), observations: [Self.correction[0].with(value: 120)])
        // Dropping the middle import: day 1 stays superseded, by the third one now.
        #expect(try store.drop(2))
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: ["渠道": "门店"]) == 100 + 120)
        #expect(try store.history(of: 1)?.supersededBy.map(\.importID) == [3])
        // Dropping the last: the first import's value is current again.
        #expect(try store.drop(3))
        #expect(try store.aggregate("visitors", .sum, in: window(0, 9), where: ["渠道": "门店"]) == 100 + 110)
        #expect(try store.counts() == (current: 3, all: 3))
        #expect(try store.imports().map(\.id) == [1])
        #expect(try store.drop(3) == false)
        // The dropped content can be imported again: it is no longer in the store.
        if case .unchanged = try store.record(testFile("fix"), observations: Self.correction) { Issue.record("a dropped import still counted") }
    }

    @Test(arguments: DatabaseBackend.available)
    func hostileNamesAreValuesNotSQL(backend: DatabaseBackend) throws {
        let store = try backend.make()
        let hostile = ["'; DROP TABLE observations; --", "\" OR 1=1 --", "x') UNION SELECT 1e9 --", "%", "_", "渠道\"]", "a\u{301}"]
        var observations: [Observation] = []
        for (index, name) in hostile.enumerated() {
            observations.append(Observation(date: day(index), metric: name, value: Double(index + 1), dimensions: [name: name, "渠道": name]))
        }
        _ = try store.record(testFile(hostile[0]), observations: observations)
        for (index, name) in hostile.enumerated() {
            #expect(try store.aggregate(name, .sum, in: window(-1, 99), where: [name: name]) == Double(index + 1))
            #expect(try store.values(of: name) == [name])
        }
        #expect(try store.aggregate("visitors", .sum, in: window(-1, 99), where: ["渠道": "' OR '1'='1"]) == nil)
        #expect(try store.values(of: "渠道") == hostile.sorted())
        #expect(try store.counts() == (current: hostile.count, all: hostile.count))
        #expect(try store.imports().first?.file.fileName == hostile[0])
        // A NUL would be cut by SQLite's C strings and merge two values: refused, nothing written.
        let nul = Observation(date: day(0), metric: "visitors", value: 1, dimensions: ["渠道": "门店\u{0}A"])
        #expect(throws: MetricsStoreError.unstorableText(file: "nul", text: "门店\u{0}A")) { _ = try store.record(testFile("nul"), observations: [nul]) }
        #expect(try store.imports().count == 1)
    }
}

extension Observation {
    func with(value: Double) -> Observation {
        Observation(date: date, metric: metric, value: value, dimensions: dimensions)
    }
}
