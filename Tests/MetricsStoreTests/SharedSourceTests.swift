import MetricsStore
import PlanAnalysis
import PlanModel
import Testing

/// What every `MetricsSource` must answer, checked against a brute-force reference that sums
/// one value after the other in the store's order — so "equal" is `==` on Double: bit for bit.
@Suite("Metrics source (shared suite)")
struct SharedSourceTests {
    /// Random observations, one per (metric, day, combination) as a store keeps them; values
    /// of very different sizes (1e16 and 1 and 1/7), so that any other summation order (or a
    /// compensated sum) changes the result's last bits and shows.
    static func randomObservations(_ random: inout SeededRandom, count: Int) -> [Observation] {
        let channels = ["门店", "社群", "私聊", "'; DROP TABLE observations; --"]
        let stores = ["南京西路", "徐家汇", "静安寺"]
        var seen = Set<String>()
        var result: [Observation] = []
        while result.count < count {
            var dimensions: [String: String] = [:]
            if random.below(5) > 0 { dimensions["渠道"] = channels[random.below(channels.count)] }
            if random.below(3) > 0 { dimensions["门店"] = stores[random.below(stores.count)] }
            let metric = ["visitors", "orders", "friends", "unplanned"][random.below(4)]
            let date = day(random.below(40))
            let key = "\(metric)|\(date)|\(dimensions.sorted { $0.key < $1.key })"
            guard seen.insert(key).inserted else { continue }
            let value: Double
            switch random.below(4) {
            case 0: value = 1e16
            case 1: value = -1e16 + Double(random.below(9))
            default: value = Double(random.below(1_000_000)) / 7
            }
            result.append(Observation(date: date, metric: metric, value: value, dimensions: dimensions))
        }
        return result
    }

    /// The meaning of each aggregate, written the slow way.
    struct Reference {
        /// Store order: by date, ties in input order.
        let observations: [Observation]
        /// Combinations numbered by first appearance in the input.
        let combinationOrder: [[String: String]: Int]

        init(_ input: [Observation]) {
            observations = input.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            var order: [[String: String]: Int] = [:]
            for observation in input where order[observation.dimensions] == nil { order[observation.dimensions] = order.count }
            combinationOrder = order
        }

        func aggregate(_ metric: String, _ aggregation: Aggregation, _ window: DateRange, _ filter: [String: String]) -> Double? {
            let matching = observations.filter { observation in
                observation.metric == metric && window.contains(observation.date)
                    && filter.allSatisfy { observation.dimensions[$0.key] == $0.value }
            }
            guard !matching.isEmpty else { return nil }
            guard aggregation == .last else { return matching.reduce(0) { $0 + $1.value } }
            var last: [[String: String]: Observation] = [:]
            for observation in matching { last[observation.dimensions] = observation }
            return last.sorted { combinationOrder[$0.key, default: 0] < combinationOrder[$1.key, default: 0] }.reduce(0) { $0 + $1.value.value }
        }
    }

    /// Coverage answered by the source (in SQL by a database) equals the in-memory answer the
    /// file review uses, on observations with gaps: days without any, channels missing on days
    /// others have, and values with data outside the window but none in it (missing every day).
    @Test(arguments: StoreBackend.available)
    func coveredDaysAreTheInMemoryAnswer(backend: StoreBackend) throws {
        var random = SeededRandom(seed: 7)
        let observations = Self.randomObservations(&random, count: 120)
        let source = try backend.source(observations, stocks: ["friends"])
        let memory = InMemoryMetrics(observations, stockMetrics: ["friends"])
        var gaps = 0, values = 0, absent = 0
        for range in [window(0, 39), window(-5, 10), window(12, 12), window(30, 60), window(50, 60)] {
            for metric in ["visitors", "orders", "friends", "unplanned", "missing"] {
                let expected = memory.coveredDays(of: metric, in: range)
                #expect(try source.coveredDays(of: metric, in: range) == expected, "\(metric) \(range)")
                gaps += expected.all.count < range.last.daysSinceEpoch - range.first.daysSinceEpoch + 1 ? 1 : 0
                let lacking = expected.missing.values.flatMap(\.values)
                values += lacking.count
                absent += lacking.filter { $0 == expected.all }.count
            }
        }
        // The case has gaps of every kind.
        #expect(gaps > 0 && values > 0 && absent > 0)
    }

    /// A breakdown's question — every value of a dimension at once — answers each value as the
    /// filtered aggregate does, bit for bit: values unknown, repeated, out of order included.
    @Test(arguments: StoreBackend.available, [5, 6] as [UInt64])
    func aggregatesByValueAreTheReferenceBitForBit(backend: StoreBackend, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let observations = Self.randomObservations(&random, count: 300 + random.below(200))
        let source = try backend.source(observations, stocks: ["friends"])
        let reference = Reference(observations)
        let asked: [String: [String]] = [
            "渠道": ["'; DROP TABLE observations; --", "私聊", "社群", "无", "门店", "社群"],
            "门店": ["静安寺", "南京西路", "徐家汇"],
            "分组": ["A"],
        ]
        var compared = 0
        for _ in 0..<12 {
            let first = -5 + random.below(45)
            let range = window(first, first + random.below(30) - 3)
            for (dimension, values) in asked {
                for (metric, aggregation) in [("visitors", Aggregation.sum), ("orders", .sum), ("friends", .last), ("missing", .sum)] {
                    let answers = try source.aggregates(metric, aggregation, in: range, by: dimension, values: values)
                    let expected = values.map { reference.aggregate(metric, aggregation, range, [dimension: $0]) }
                    #expect(answers.map { $0?.bitPattern } == expected.map { $0?.bitPattern }, "\(metric) \(dimension) \(range)")
                    compared += expected.compactMap { $0 }.count
                }
            }
        }
        #expect(compared > 100)
    }

    @Test(arguments: StoreBackend.available, [1, 2, 3] as [UInt64])
    func aggregatesAreTheReferenceBitForBit(backend: StoreBackend, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let observations = Self.randomObservations(&random, count: 300 + random.below(200))
        let source = try backend.source(observations, stocks: ["friends"])
        let reference = Reference(observations)
        let filters: [[String: String]] = [
            [:], ["渠道": "门店"], ["门店": "徐家汇"], ["渠道": "社群", "门店": "静安寺"], ["渠道": "无"], ["分组": "A"],
            ["渠道": "'; DROP TABLE observations; --"], ["渠道": "私聊", "门店": "无"],
        ]
        var compared = 0
        for _ in 0..<25 {
            let first = -5 + random.below(45)
            let range = window(first, first + random.below(30) - 3)
            for filter in filters {
                for (metric, aggregation) in [("visitors", Aggregation.sum), ("orders", .sum), ("friends", .last), ("unplanned", .sum), ("missing", .sum)] {
                    let answer = try source.aggregate(metric, aggregation, in: range, where: filter)
                    let expected = reference.aggregate(metric, aggregation, range, filter)
                    #expect(answer == expected, "\(metric) \(aggregation) in \(range.first)...\(range.last) where \(filter)")
                    if expected != nil { compared += 1 }
                }
            }
        }
        // The random windows must exercise real sums, not only empty ones.
        #expect(compared > 100)
    }

    @Test(arguments: StoreBackend.available)
    func sumsFollowTheStoreOrderNotAnother(backend: StoreBackend) throws {
        // 1e16 + 1 + 1 − 1e16 is 0 one after the other (1 is lost twice), 2 exactly, and
        // other orders give 2 or 0 too: only the store's order gives the reference's 0.
        let observations = [
            Observation(date: day(0), metric: "visitors", value: 1e16, dimensions: ["渠道": "a"]),
            Observation(date: day(1), metric: "visitors", value: 1, dimensions: ["渠道": "b"]),
            Observation(date: day(1), metric: "visitors", value: 1, dimensions: ["渠道": "c"]),
            Observation(date: day(2), metric: "visitors", value: -1e16, dimensions: ["渠道": "d"]),
        ]
        let source = try backend.source(observations, stocks: [])
        #expect(try source.aggregate("visitors", .sum, in: window(0, 2), where: [:]) == 0)
        #expect(try source.aggregate("visitors", .sum, in: window(1, 2), where: [:]) == -1e16 + 2)
    }

    @Test(arguments: StoreBackend.available)
    func stocksTakeEachCombinationsLastValueInTheWindow(backend: StoreBackend) throws {
        let observations = [
            Observation(date: day(0), metric: "friends", value: 100, dimensions: ["渠道": "门店"]),
            Observation(date: day(3), metric: "friends", value: 130, dimensions: ["渠道": "门店"]),
            Observation(date: day(1), metric: "friends", value: 50, dimensions: ["渠道": "社群"]),
            Observation(date: day(9), metric: "friends", value: 70, dimensions: ["渠道": "社群"]),
        ]
        let source = try backend.source(observations, stocks: ["friends"])
        #expect(try source.aggregate("friends", .last, in: window(0, 5), where: [:]) == 180)
        #expect(try source.aggregate("friends", .last, in: window(2, 5), where: [:]) == 130)  // 社群's last (day 1) is before the window
        #expect(try source.aggregate("friends", .last, in: window(0, 9), where: ["渠道": "社群"]) == 70)
        #expect(try source.aggregate("friends", .last, in: window(4, 8), where: [:]) == nil)
    }

    @Test(arguments: StoreBackend.available)
    func dimensionValuesAndDimensionsByMetric(backend: StoreBackend) throws {
        var random = SeededRandom(seed: 9)
        let observations = Self.randomObservations(&random, count: 200)
        let source = try backend.source(observations, stocks: ["friends"])
        for dimension in ["渠道", "门店", "分组"] {
            #expect(try source.values(of: dimension) == Set(observations.compactMap { $0.dimensions[dimension] }).sorted())
        }
        var expected: [String: Set<String>] = [:]
        for observation in observations { expected[observation.metric, default: []].formUnion(observation.dimensions.keys) }
        #expect(try source.dimensionsByMetric() == expected)
    }

    @Test(arguments: StoreBackend.available)
    func observationsComeInTheStoreOrder(backend: StoreBackend) throws {
        var random = SeededRandom(seed: 5)
        let observations = Self.randomObservations(&random, count: 200)
        let source = try backend.source(observations, stocks: ["friends"])
        let range = window(5, 20)
        let expected = observations.enumerated()
            .filter { range.contains($0.element.date) && ["orders", "visitors"].contains($0.element.metric) && $0.element.dimensions["门店"] == "徐家汇" }
            .sorted { ($0.element.date, $0.element.metric, $0.offset) < ($1.element.date, $1.element.metric, $1.offset) }.map(\.element)
        #expect(try source.observations(of: ["orders", "visitors"], in: range, where: ["门店": "徐家汇"]) == expected)
    }

    @Test(arguments: StoreBackend.available)
    func formulasOverTheSourceAreTheSameEverywhere(backend: StoreBackend) throws {
        var random = SeededRandom(seed: 11)
        let observations = Self.randomObservations(&random, count: 400)
        let metrics = try planMetrics()
        let store = ActualsStore(source: try backend.source(observations, stocks: ["friends"]), metrics: metrics)
        let memory = ActualsStore(observations: observations, metrics: metrics)
        for metric in ["conversion", "reach", "orders"] {
            for filter in [[:], ["渠道": "门店"]] as [[String: String]] {
                #expect(store.value(of: metric, in: window(0, 30), where: filter) == memory.value(of: metric, in: window(0, 30), where: filter))
            }
        }
        #expect(store.readFailure == nil)
    }
}

@Suite("Metrics source: pacing lines (shared suite)")
struct SharedPacingTests {
    @Test(arguments: StoreBackend.available, [4, 7] as [UInt64])
    func everyDayIsTheWindowsAggregateBitForBit(backend: StoreBackend, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let observations = SharedSourceTests.randomObservations(&random, count: 400)
        let source = try backend.source(observations, stocks: ["friends"])
        let reference = SharedSourceTests.Reference(observations)
        for (first, count) in [(0, 40), (-3, 10), (17, 30), (45, 3)] {
            let days = (0..<count).map { day(first + $0) }
            for (metric, aggregation) in [("visitors", Aggregation.sum), ("friends", .last), ("missing", .sum)] {
                for filter in [[:], ["渠道": "门店"]] as [[String: String]] {
                    let line = try source.aggregates(metric, aggregation, from: day(first), through: days, where: filter)
                    let expected = days.map { reference.aggregate(metric, aggregation, DateRange(first: day(first), last: $0), filter) }
                    #expect(line == expected, "\(metric) from \(first) where \(filter)")
                }
            }
        }
    }
}
