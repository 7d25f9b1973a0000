import MetricsStore
import PlanAnalysis
import PlanModel
import PlanScheduling
import Testing

/// 环比 and 同比 read from a store, worked out by hand, on every backend (PostgreSQL when a
/// server is configured): the same numbers from files in memory, SQLite and PostgreSQL.
///
/// The plan's window is Mon 2026-03-02 … Fri 03-06 (one 5-day task), so one cycle is 5 days:
/// the previous cycle is 02-25 … 03-01, two back 02-20 … 02-24, three back 02-15 … 02-19;
/// last year is 2025-03-02 … 03-06.
@Suite("Cycle over cycle from a store (shared suite)")
struct CycleOverCycleTests {
    static let yaml = """
        cycleplan: 1
        id: week
        title: 周复盘
        start: 2026-03-02
        metrics:
          visitors: 访客数
          orders: 订单数
          conversion: {name: 转化率, formula: orders / visitors, format: percent}
        targets: {visitors: 1000, orders: 50, conversion: 5%}
        tasks: [{id: t, name: 任务, duration: 5d}]
        """

    static func observations() -> [Observation] {
        func at(_ text: String, _ channel: String, _ visitors: Double, _ orders: Double?) -> [Observation] {
            guard case .success(let date) = CivilDate.parse(text) else { return [] }
            var result = [Observation(date: date, metric: "visitors", value: visitors, dimensions: ["渠道": channel])]
            if let orders { result.append(Observation(date: date, metric: "orders", value: orders, dimensions: ["渠道": channel])) }
            return result
        }
        return at("2025-03-04", "门店", 400, 20)                          // last year: 门店 only
            + at("2026-02-16", "门店", 700, nil)                          // three cycles back
            + at("2026-02-26", "门店", 500, 30) + at("2026-02-26", "社群", 300, 12)  // the previous cycle
            + at("2026-03-03", "门店", 600, 30) + at("2026-03-03", "社群", 400, 28)  // this cycle
    }

    func review(_ backend: StoreBackend) throws -> ReviewReport {
        let result = PlanLoader().load(bytes: Array(Self.yaml.utf8), path: "week.yaml")
        let plan = try #require(result.plan, "\(result.diagnostics)")
        let schedule = Scheduler().schedule(plan)
        let source = try backend.source(Self.observations(), stocks: [])
        var engine = ReviewEngine(plan: plan, schedule: schedule, actuals: ActualsStore(source: source, metrics: plan.metrics),
                                  imports: ImportReport(), method: .chain)
        let cycle = CycleLength(plan: DateRange(first: plan.start, last: schedule.finish))
        engine.periods = [ComparisonPeriod(shift: PeriodShift(count: 1, unit: .cycle), cycle: cycle),
                          ComparisonPeriod(shift: PeriodShift(count: 1, unit: .year), cycle: cycle)]
        engine.trendCycles = 4
        return engine.run()
    }

    func kpi(_ report: ReviewReport, _ metric: String) throws -> ReviewReport.KPI {
        try #require(report.kpis.first { $0.metric == metric })
    }

    func share(_ period: ReviewReport.PeriodComparison, _ value: String) throws -> ReviewReport.DimensionShare {
        try #require(period.byDimension["渠道"]?.first { $0.value == value })
    }

    @Test(arguments: StoreBackend.available)
    func visitorsAgainstThePreviousCycleAndLastYear(_ backend: StoreBackend) throws {
        let visitors = try kpi(try review(backend), "visitors")
        #expect(visitors.windowStart.description == "2026-03-02" && visitors.windowFinish.description == "2026-03-06")
        #expect(visitors.actual == 1000)
        let mom = visitors.periods[0], yoy = visitors.periods[1]
        #expect(mom.kind == .periodOnPeriod && mom.basis == "1cycle")
        #expect(mom.windowStart.description == "2026-02-25" && mom.windowFinish.description == "2026-03-01")
        #expect(mom.value == 800 && mom.change == 200 && mom.changePercent == 0.25)
        // Each channel's own change: 门店 600 − 500, 社群 400 − 300.
        #expect(try share(mom, "门店").contribution == 100 && share(mom, "社群").contribution == 100)
        #expect(mom.unallocated["渠道"] == 0)
        #expect(yoy.kind == .yearOnYear && yoy.windowStart.description == "2025-03-02" && yoy.windowFinish.description == "2025-03-06")
        #expect(yoy.value == 400 && yoy.change == 600 && yoy.changePercent == 1.5)
        #expect(try share(yoy, "门店").contribution == 200 && share(yoy, "社群").contribution == 400)
        // Last year's window has data on one day of five, as this one: like for like, no note.
        #expect(yoy.coveredDays == 1 && yoy.days == 5 && yoy.note == nil)
        // The trend: three back 700, two back nothing (not 0), the previous cycle 800, now 1000.
        #expect(visitors.trend.map(\.cyclesBack) == [3, 2, 1, 0])
        #expect(visitors.trend.map(\.value) == [700, nil, 800, 1000])
        #expect(visitors.trend.map(\.windowStart.description) == ["2026-02-15", "2026-02-20", "2026-02-25", "2026-03-02"])
    }

    @Test(arguments: StoreBackend.available)
    func conversionSplitByDriverAndByChannel(_ backend: StoreBackend) throws {
        let conversion = try kpi(try review(backend), "conversion")
        let mom = conversion.periods[0]
        // 42 / 800 = 5.25% → 58 / 1000 = 5.8%: +0.55 points.
        #expect(mom.value == 42.0 / 800 && conversion.actual == 58.0 / 1000)
        let attribution = try #require(mom.attribution)
        // Chain, in formula order: orders 42 → 58 at 800 visitors, +16/800 = +2 points; then
        // visitors 800 → 1000 at 58 orders, 58/1000 − 58/800 = −1.45 points.
        let orders = try #require(attribution.contributions.first { $0.driver == "orders" })
        let visitors = try #require(attribution.contributions.first { $0.driver == "visitors" })
        #expect(abs(orders.value - 0.02) < 1e-15 && abs(visitors.value - -0.0145) < 1e-15)
        #expect(abs(attribution.gap - (0.058 - 0.0525)) < 1e-15)
        // Rate and mix: weights now 0.6 / 0.4, then 0.625 / 0.375; rates now 5% / 7%, then 6% / 4%.
        let store = try share(mom, "门店"), community = try share(mom, "社群")
        #expect(abs((store.rate ?? .nan) - -0.006125) < 1e-15 && abs((store.mix ?? .nan) - -0.001375) < 1e-15)
        #expect(abs((community.rate ?? .nan) - 0.011625) < 1e-15 && abs((community.mix ?? .nan) - 0.001375) < 1e-15)
        #expect(abs(store.contribution + community.contribution - 0.0055) < 1e-15)
    }

    @Test(arguments: StoreBackend.available)
    func aPeriodWithoutDataIsANoteNotAZero(_ backend: StoreBackend) throws {
        let result = PlanLoader().load(bytes: Array(Self.yaml.utf8), path: "week.yaml")
        let plan = try #require(result.plan)
        let schedule = Scheduler().schedule(plan)
        var engine = ReviewEngine(plan: plan, schedule: schedule,
                                  actuals: ActualsStore(source: try backend.source(Self.observations(), stocks: []), metrics: plan.metrics),
                                  imports: ImportReport())
        // Two years back: nothing in the store.
        engine.periods = [ComparisonPeriod(shift: PeriodShift(count: 2, unit: .year), cycle: .days(5))]
        let visitors = try kpi(engine.run(), "visitors")
        let period = try #require(visitors.periods.first)
        #expect(period.value == nil && period.change == nil && period.changePercent == nil && period.attribution == nil)
        #expect(period.note == .noPreviousData(first: "2024-03-02", last: "2024-03-06"))
        #expect(period.byDimension.isEmpty)
    }
}
