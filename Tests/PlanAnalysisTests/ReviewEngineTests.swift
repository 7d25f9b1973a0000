import PlanModel
import PlanScheduling
import Testing
@testable import PlanAnalysis

/// The review engine on small plans whose answers can be worked out by hand.
@Suite("Review engine")
struct ReviewEngineTests {
    /// A plan of 20 working days (2026-09-07 … 2026-10-02, no holidays) with the revenue tree.
    private static let yaml = """
        cycleplan: 1
        id: review
        title: 复盘
        start: 2026-09-07
        metrics:
          visitors: 访客数
          orders: 订单数
          gmv: {name: 成交额, unit: CNY}
          customers: {name: 老客数, kind: stock}
          buyers: 复购人数
          cost: {name: 费用, better: lower}
          conversion: {name: 转化率, formula: orders / visitors}
          aov: {name: 客单价, formula: gmv / orders}
          revenue: {name: 营收, formula: visitors * conversion * aov}
          repurchase: {name: 复购率, formula: buyers / customers}
          cost_per_order: {name: 单均费用, formula: cost / orders, better: lower}
        targets: {revenue: 100000, visitors: 10000, conversion: 5%, aov: 200, repurchase: 10%, cost_per_order: 10}
        tasks: [{id: t, name: 任务, duration: 20d}]
        """

    private func engine(_ rows: [(String, String, [String: Double])], asOf: String? = nil) throws -> ReviewEngine {
        let plan = try #require(PlanLoader().load(bytes: Array(Self.yaml.utf8), path: "review.yaml").plan)
        var observations: [Observation] = []
        for (date, channel, values) in rows {
            guard case .success(let day) = CivilDate.parse(date) else { Issue.record("bad date \(date)"); continue }
            for (metric, value) in values {
                observations.append(Observation(date: day, metric: metric, value: value, dimensions: ["渠道": channel]))
            }
        }
        var reviewDate: CivilDate?
        if let asOf, case .success(let day) = CivilDate.parse(asOf) { reviewDate = day }
        return ReviewEngine(plan: plan, schedule: Scheduler().schedule(plan), actuals: ActualsStore(observations: observations, metrics: plan.metrics),
                            imports: ImportReport(), asOf: reviewDate)
    }

    private func kpi(_ report: ReviewReport, _ metric: String) throws -> ReviewReport.KPI {
        try #require(report.kpis.first { $0.metric == metric })
    }

    @Test func degreesDecideWhatIsDue() throws {
        let engine = try engine([])
        #expect(engine.accumulation("visitors") == 1)
        #expect(engine.accumulation("customers") == 0)
        #expect(engine.accumulation("conversion") == 0)
        #expect(engine.accumulation("repurchase") == 1)   // a flow over a stock grows
        #expect(engine.accumulation("revenue") == 1)
        #expect(engine.sizeDegree("conversion") == 0 && engine.sizeDegree("revenue") == 1 && engine.sizeDegree("customers") == 1)
        #expect(engine.due("visitors", target: 10000, share: 0.5) == 5000)
        #expect(engine.due("conversion", target: 0.05, share: 0.5) == 0.05)
    }

    @Test func pacingHalfwayThroughTheWindow() throws {
        // Ten of twenty working days (09-07 … 09-18) with 450 visitors a day.
        let rows = (7...18).filter { ![12, 13].contains($0) }.map { day in
            (String(format: "2026-09-%02d", day), "门店", ["visitors": 450.0, "orders": 20, "gmv": 4000, "buyers": 30, "customers": 1000])
        }
        let report = try engine(rows, asOf: "2026-09-18").run()
        let visitors = try kpi(report, "visitors")
        #expect(visitors.expectedToDate == 5000 && visitors.actual == 4500)
        #expect(visitors.forecast == 9000 && visitors.status == .atRisk)
        let repurchase = try kpi(report, "repurchase")
        #expect(abs((repurchase.expectedToDate ?? 0) - 0.05) < 1e-12)   // half of 10%, not 10%
        #expect(repurchase.status == .onTrack)                        // 300 / 1000 = 30% ≥ 5%
        let conversion = try kpi(report, "conversion")
        #expect(conversion.expectedToDate == 0.05)
        // The pacing line: one point per calendar day of the window, measured through the review date.
        #expect(visitors.pace.count == 26)
        #expect(visitors.pace.first?.actual == 450 && visitors.pace[11].actual == 4500 && visitors.pace[12].actual == nil)
        #expect(visitors.pace.last?.expected == 10000)
    }

    @Test func performanceByChannelAddsUpToTheGap() throws {
        // 门店 converts at 2%, 社群 at 6%; both sell at ¥200. Targets: 5% and ¥200.
        let report = try engine([
            ("2026-09-07", "门店", ["visitors": 6000, "orders": 120, "gmv": 24000]),
            ("2026-09-07", "社群", ["visitors": 5000, "orders": 300, "gmv": 60000]),
        ]).run()
        let revenue = try kpi(report, "revenue")
        #expect(revenue.dimensionBasis["渠道"] == .performance)
        let shares = try #require(revenue.byDimension["渠道"])
        // 门店: 24,000 − 6,000 × 5% × 200 = −36,000; 社群: 60,000 − 50,000 = +10,000.
        #expect(shares.first?.value == "门店" && abs((shares.first?.contribution ?? 0) + 36000) < 1e-6)
        #expect(abs((shares.last?.contribution ?? 0) - 10000) < 1e-6)
        // Volume: (11,000 − 10,000) × 5% × 200 = +10,000; together the gap of −16,000.
        let volume = try #require(revenue.unallocated["渠道"])
        #expect(abs(volume - 10000) < 1e-6)
        #expect(abs(shares.reduce(volume) { $0 + $1.contribution } - (revenue.variance ?? 0)) < 1e-6)
        // A measured flow has nothing to compare a channel with: pro rata, and said so.
        #expect(try kpi(report, "visitors").dimensionBasis["渠道"] == .proRata)
        // The conversion gap by rate effect: 门店 6/11 × (2% − 5%).
        let conversion = try #require(try kpi(report, "conversion").byDimension["渠道"])
        #expect(abs((conversion.first { $0.value == "门店" }?.contribution ?? 0) - 6.0 / 11 * -0.03) < 1e-12)
    }

    @Test func againstAPreviousPeriodRateAndMixAddUp() throws {
        var current = try engine([
            ("2026-09-07", "门店", ["visitors": 6000, "orders": 120, "gmv": 24000]),
            ("2026-09-07", "社群", ["visitors": 5000, "orders": 300, "gmv": 60000]),
        ])
        let previous = try engine([
            ("2026-08-03", "门店", ["visitors": 5000, "orders": 200, "gmv": 40000]),
            ("2026-08-03", "社群", ["visitors": 5000, "orders": 150, "gmv": 30000]),
        ])
        current.comparison = previous.actuals
        let report = current.run()
        let conversion = try kpi(report, "conversion")
        #expect(conversion.dimensionBasis["渠道"] == .previous)
        let shares = try #require(conversion.byDimension["渠道"])
        let change = 420.0 / 11000 - 350.0 / 10000
        #expect(abs(shares.reduce(0) { $0 + $1.contribution } - change) < 1e-12)
        let store = try #require(shares.first { $0.value == "门店" })
        let expectedRate = (0.02 - 0.04) * (6.0 / 11 + 0.5) / 2, expectedMix = (6.0 / 11 - 0.5) * (0.02 + 0.04) / 2
        #expect(abs((store.rate ?? 0) - expectedRate) < 1e-12 && abs((store.mix ?? 0) - expectedMix) < 1e-12)
        // Revenue against last month: the drivers' contributions add up to the change.
        let revenue = try kpi(report, "revenue")
        let attribution = try #require(revenue.attribution)
        #expect(abs(attribution.base - 70000) < 1e-6 && abs(attribution.actual - 84000) < 1e-6)
        #expect(abs(attribution.contributions.reduce(0) { $0 + $1.value } - 14000) < 1e-6)
        #expect(revenue.dimensionBasis["渠道"] == .previous)
    }

    @Test func lowerIsBetterReadsTheOtherWay() throws {
        let report = try engine([("2026-09-07", "门店", ["orders": 100, "cost": 1100, "visitors": 1, "gmv": 1])]).run()
        let cost = try kpi(report, "cost_per_order")
        #expect(cost.actual == 11)
        #expect(abs((cost.attainment ?? 0) - 10.0 / 11) < 1e-12)
        #expect(cost.status == .atRisk)   // 91% of what was allowed
    }

    @Test func pooledSamplesEqualTheRawValues() throws {
        // Two days of raw order values per group; the engine only sees each day's mean, sd and n.
        let raw: [(String, String, [Double])] = [
            ("2026-09-07", "A", [180, 220, 205, 190]), ("2026-09-08", "A", [240, 160, 210]),
            ("2026-09-07", "B", [230, 250, 215]), ("2026-09-08", "B", [260, 240, 225, 270, 235]),
        ]
        var observations: [Observation] = []
        for (date, group, values) in raw {
            guard case .success(let day) = CivilDate.parse(date) else { continue }
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
            for (metric, value) in [("m", mean), ("s", sd), ("n", Double(values.count))] {
                observations.append(Observation(date: day, metric: metric, value: value, dimensions: ["组": group]))
            }
        }
        let yaml = """
            cycleplan: 1
            id: ab
            title: 实验
            start: 2026-09-07
            metrics: {m: 客单价均值, s: 标准差, n: 样本数}
            experiments: [{id: ab, name: 券型, metric: m, sd: s, n: n, dimension: 组, control: A}]
            tasks: [{id: t, name: 任务, duration: 5d}]
            """
        let plan = try #require(PlanLoader().load(bytes: Array(yaml.utf8), path: "ab.yaml").plan)
        let report = ReviewEngine(plan: plan, schedule: Scheduler().schedule(plan),
                                  actuals: ActualsStore(observations: observations, metrics: plan.metrics), imports: ImportReport()).run()
        let experiment = try #require(report.experiments.first)
        let a = try #require(experiment.samples.first { $0.variant == "A" })
        let allA: [Double] = [180, 220, 205, 190, 240, 160, 210]
        let meanA = allA.reduce(0, +) / 7
        let sdA = (allA.reduce(0) { $0 + ($1 - meanA) * ($1 - meanA) } / 6).squareRoot()
        #expect(a.size == 7 && abs(a.mean - meanA) < 1e-9 && abs(a.standardDeviation - sdA) < 1e-9)
        // scipy.stats.ttest_ind(B, A, equal_var=False) on the raw values above.
        let test = try #require(experiment.comparisons.first?.result)
        #expect(abs(test.statistic - 3.3390767624233684) < 1e-9)
        #expect(abs(test.pValue - 0.007006318191076425) < 1e-9)
    }
}
