import PlanModel
import Testing
@testable import PlanAnalysis

/// The store as it was before it had an index: every query filters every observation. The
/// indexed store must answer exactly as this does.
private struct ReferenceStore {
    let observations: [Observation]
    let evaluator: FormulaEvaluator
    let store: ActualsStore  // for `inputs(of:)`, which the index does not change

    init(_ observations: [Observation], metrics: [Metric]) {
        self.observations = observations.sorted { ($0.date, $0.metric) < ($1.date, $1.metric) }
        evaluator = FormulaEvaluator(metrics: metrics)
        store = ActualsStore(observations: [], metrics: metrics)
    }

    func value(of metric: String, in window: DateRange, where filter: [String: String]) -> Double? {
        var measured: [String: Double] = [:]
        for input in store.inputs(of: metric) {
            if let value = aggregate(input, window, filter) { measured[input] = value }
        }
        return evaluator.value(of: metric, in: measured)
    }

    func values(of dimension: String) -> [String] {
        Set(observations.compactMap { $0.dimensions[dimension] }).sorted()
    }

    func aggregate(_ metric: String, _ window: DateRange, _ filter: [String: String]) -> Double? {
        let matching = observations.filter { observation in
            observation.metric == metric && window.contains(observation.date)
                && filter.allSatisfy { observation.dimensions[$0.key] == $0.value }
        }
        guard !matching.isEmpty else { return nil }
        if evaluator.metrics[metric]?.kind == .stock {
            var last: [[String: String]: Observation] = [:]
            for observation in matching where (last[observation.dimensions]?.date ?? .init(daysSinceEpoch: .min)) <= observation.date {
                last[observation.dimensions] = observation
            }
            return last.values.reduce(0) { $0 + $1.value }
        }
        return matching.reduce(0) { $0 + $1.value }
    }
}

private func metrics() throws -> [Metric] {
    let yaml = """
        cycleplan: 1
        id: index
        title: 索引
        start: 2026-09-01
        metrics:
          visitors: 访客数
          orders: 订单数
          friends: {name: 好友总数, kind: stock}
          conversion: {name: 转化率, formula: orders / visitors}
          reach: {name: 触达, formula: friends + visitors * 2}
        tasks: [{id: t, name: 任务, duration: 10d}]
        """
    return try #require(PlanLoader().load(bytes: Array(yaml.utf8), path: "index.yaml").plan).metrics
}

/// Random observations with repeated keys, missing dimensions, dictionaries shared and
/// rebuilt, out-of-order dates. Flow values are fractional, so any change in summation order
/// shows; stock values are whole, as the old store summed combinations in hash order.
private func randomObservations(_ random: inout SeededRandom, count: Int) -> [Observation] {
    let channels = ["门店", "社群", "私聊", "e\u{301}", "\u{e9}"]  // the last two are equal Strings
    let stores = ["南京西路", "徐家汇", "静安寺"]
    var shared: [[String: String]] = [[:]]
    var result: [Observation] = []
    for _ in 0..<count {
        var dimensions: [String: String]
        if random.below(3) == 0, let reused = shared.randomElement(using: &random) {
            dimensions = reused
        } else {
            dimensions = [:]
            if random.below(5) > 0 { dimensions["渠道"] = channels[random.below(channels.count)] }
            if random.below(3) > 0 { dimensions["门店"] = stores[random.below(stores.count)] }
            shared.append(dimensions)
        }
        let metric = ["visitors", "orders", "friends", "unplanned"][random.below(4)]
        let value = metric == "friends" ? Double(random.below(1000)) : Double(random.below(1_000_000)) / 7
        result.append(Observation(date: CivilDate(daysSinceEpoch: 20_000 + random.below(40)), metric: metric, value: value, dimensions: dimensions))
    }
    return result
}

@Suite("Actuals store index")
struct ActualsStoreIndexTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func answersAsFilteringEveryObservation(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let metrics = try metrics()
        let observations = randomObservations(&random, count: 50 + random.below(400))
        let store = ActualsStore(observations: observations, metrics: metrics)
        let reference = ReferenceStore(observations, metrics: metrics)
        // Same order, observation by observation (ties in input order).
        #expect(store.observations == reference.observations)
        for dimension in ["渠道", "门店", "分组"] { #expect(store.values(of: dimension) == reference.values(of: dimension)) }
        let filters: [[String: String]] = [
            [:], ["渠道": "门店"], ["渠道": "\u{e9}"], ["门店": "徐家汇"], ["渠道": "社群", "门店": "静安寺"],
            ["渠道": "无"], ["分组": "A"], ["渠道": "私聊", "门店": "无"],
        ]
        for _ in 0..<60 {
            let first = 19_995 + random.below(50)
            let window = DateRange(first: CivilDate(daysSinceEpoch: first), last: CivilDate(daysSinceEpoch: first + random.below(30) - 3))
            for filter in filters {
                for metric in ["visitors", "orders", "friends", "conversion", "reach", "unplanned", "missing"] {
                    let indexed = store.value(of: metric, in: window, where: filter)
                    let filtered = reference.value(of: metric, in: window, where: filter)
                    // Bit for bit: `==` on Double, nil for nil.
                    #expect(indexed == filtered, "\(metric) in \(window.first)..\(window.last) where \(filter)")
                }
            }
        }
    }

    /// Every value of a dimension asked at once (a breakdown's question: one pass per input)
    /// answers each as filtering every observation does, bit for bit — formulas, a stock,
    /// equal Strings spelled two ways, unknown and repeated values included.
    @Test(arguments: [2, 5, 11])
    func everyValueAtOnceAnswersAsEachFilter(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let metrics = try metrics()
        let observations = randomObservations(&random, count: 200 + random.below(400))
        let stores = [ActualsStore(observations: observations, metrics: metrics),
                      ActualsStore(columns: ObservationColumns(observations), metrics: metrics)]
        let reference = ReferenceStore(observations, metrics: metrics)
        let asked: [String: [String]] = [
            "渠道": ["门店", "\u{e9}", "社群", "无", "e\u{301}", "私聊", "门店"],
            "门店": ["徐家汇", "南京西路", "静安寺", "无"],
            "分组": ["A", "B"],
        ]
        var numbers = 0
        for _ in 0..<20 {
            let first = 19_995 + random.below(50)
            let window = DateRange(first: CivilDate(daysSinceEpoch: first), last: CivilDate(daysSinceEpoch: first + random.below(30) - 3))
            for (dimension, values) in asked {
                for metric in ["visitors", "orders", "friends", "conversion", "reach", "unplanned", "missing"] {
                    let expected = values.map { reference.value(of: metric, in: window, where: [dimension: $0]) }
                    for store in stores {
                        let answered = store.values(of: metric, in: window, by: dimension, for: values)
                        #expect(answered.map { $0?.bitPattern } == expected.map { $0?.bitPattern },
                                "\(metric) by \(dimension) in \(window.first)..\(window.last)")
                    }
                    numbers += expected.compactMap { $0 }.count
                }
            }
        }
        #expect(numbers > 200)
    }

    /// The observations asked for by metrics, window and filter are read off the index's
    /// columns, in the store's order: as filtering every observation gives them.
    @Test(arguments: [3, 9])
    func observationsAskedForAreThoseFilteringGives(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let observations = randomObservations(&random, count: 400)
        let store = ActualsStore(observations: observations, metrics: try metrics())
        let reference = ReferenceStore(observations, metrics: try metrics()).observations
        // Columns made by an import are taken over alike.
        let columns = ActualsStore(columns: ObservationColumns(observations), metrics: try metrics())
        #expect(columns.observations == reference)
        for (metrics, filter) in [(nil, [:]), (Set(["visitors"]), [:]), (Set(["orders", "friends", "missing"]), ["渠道": "门店"]),
                                  (Set(["visitors", "unplanned"]), ["渠道": "\u{e9}", "门店": "徐家汇"])] as [(Set<String>?, [String: String])] {
            let window = DateRange(first: CivilDate(daysSinceEpoch: 20_005), last: CivilDate(daysSinceEpoch: 20_030))
            let expected = reference.filter { observation in
                window.contains(observation.date) && (metrics?.contains(observation.metric) ?? true)
                    && filter.allSatisfy { observation.dimensions[$0.key] == $0.value }
            }
            #expect(store.observations(of: metrics, in: window, where: filter) == expected)
            #expect(columns.observations(of: metrics, in: window, where: filter) == expected)
        }
    }

    /// A pacing line's points (the sum from the window's first day through each day) are
    /// one running sum: bit for bit the value asked day by day.
    @Test(arguments: [4, 12])
    func pacingSumsAreEachDaysValue(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let store = ActualsStore(observations: randomObservations(&random, count: 600), metrics: try metrics())
        let first = CivilDate(daysSinceEpoch: 20_003)
        let days = (0..<45).map { CivilDate(daysSinceEpoch: 19_998 + $0) }
        for metric in ["visitors", "orders", "friends", "conversion", "missing"] {
            let line = store.values(of: metric, from: first, through: days)
            #expect(line == days.map { store.value(of: metric, in: DateRange(first: first, last: $0)) }, "\(metric)")
        }
    }

    @Test func dimensionsByMetricAreTheKeysItsObservationsCarry() throws {
        var random = SeededRandom(seed: 42)
        let observations = randomObservations(&random, count: 300)
        let store = ActualsStore(observations: observations, metrics: try metrics())
        var expected: [String: Set<String>] = [:]
        for observation in observations { expected[observation.metric, default: []].formUnion(observation.dimensions.keys) }
        #expect(store.dimensionsByMetric == expected)
        #expect(store.dimensions == Set(observations.flatMap { $0.dimensions.keys }).sorted())
    }

    @Test func datesFarApartAreSortedWithoutTheCountingSort() throws {
        // Twenty thousand years between two days: the index sorts by comparison instead.
        let observations = [
            Observation(date: CivilDate(daysSinceEpoch: 7_000_000), metric: "visitors", value: 1.5, dimensions: [:]),
            Observation(date: CivilDate(daysSinceEpoch: -7_000_000), metric: "visitors", value: 2.25, dimensions: [:]),
            Observation(date: CivilDate(daysSinceEpoch: 7_000_000), metric: "orders", value: 1, dimensions: [:]),
        ]
        let store = ActualsStore(observations: observations, metrics: try metrics())
        #expect(store.observations.map(\.value) == [2.25, 1, 1.5])
        let all = DateRange(first: CivilDate(daysSinceEpoch: -8_000_000), last: CivilDate(daysSinceEpoch: 8_000_000))
        #expect(store.value(of: "visitors", in: all) == 3.75)
    }

    @Test func anEmptyStoreHasNothing() throws {
        let store = ActualsStore(observations: [], metrics: try metrics())
        let window = DateRange(first: CivilDate(daysSinceEpoch: 0), last: CivilDate(daysSinceEpoch: 10))
        #expect(store.value(of: "visitors", in: window) == nil)
        #expect(store.values(of: "渠道") == [])
        #expect(store.dimensionsByMetric.isEmpty)
    }
}

@Suite("Position buckets")
struct PositionBucketsTests {
    @Test func groupsPositionsUnderEachOfTheirKeysInOrder() {
        // Positions 0…5 are in groups 0, 1, 2, 0, 3, 1; each group has its keys.
        let keysOfGroup = PositionBuckets(lists: [[0, 2], [], [2], [1, 2]])
        let buckets = PositionBuckets(count: 4, groups: [0, 1, 2, 0, 3, 1], keysOfGroup: keysOfGroup)
        #expect(Array(buckets[0]) == [0, 3])
        #expect(Array(buckets[1]) == [4])
        #expect(Array(buckets[2]) == [0, 2, 3, 4])
        #expect(Array(buckets[3]) == [])
        #expect(Array(buckets[9]) == [])
        let single = PositionBuckets(count: 3, keys: [2, 0, 2])
        #expect(Array(single[0]) == [1] && Array(single[1]) == [] && Array(single[2]) == [0, 2])
    }
}
