import PlanModel
import Testing
@testable import PlanAnalysis

private func plan() throws -> Plan {
    let yaml = """
        cycleplan: 1
        id: review
        title: 复盘
        start: 2026-09-01
        metrics:
          visitors: 访客数
          orders: 订单数
          gmv: {name: 成交额, unit: CNY}
          friends: {name: 好友总数, kind: stock}
          conversion: {name: 转化率, formula: orders / visitors}
        tasks: [{id: t, name: 任务, duration: 10d}]
        """
    let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "review.yaml")
    return try #require(result.plan)
}

private func window(_ first: String, _ last: String) throws -> DateRange {
    DateRange(first: try #require(CivilDate(first)), last: try #require(CivilDate(last)))
}

@Suite("Actuals")
struct ActualsTests {
    @Test func wideExportsMapByMetricNames() throws {
        let plan = try plan()
        let csv = """
            日期,渠道,访客数,订单数,成交额,好友总数
            2026/9/1,门店,"1,000",30,"¥9,000.00",5000
            2026/9/1,社群,2000,100,"3万",8000
            2026/9/2,门店,1000,70,21000,5100
            2026/9/2,社群,abc,50,15000,8200
            2026-09-02,社群,100,1,100,1
            2026/10/9,门店,1,1,1,1
            bad-date,门店,1,1,1,1
            """
        let table = try CSVTable.read(Array(csv.utf8))
        let mapping = try #require(ActualsMapping.infer(header: table.header, metrics: plan.metrics.map { ($0.id, $0.name) }))
        #expect(mapping.layout == .wide)
        #expect(mapping.dimensions == ["渠道": "渠道"])
        let importer = ActualsImporter(window: try window("2026-09-01", "2026-09-30"))
        let (observations, report) = importer.read(table, file: "export.csv", mapping: mapping)
        #expect(report.rowsRead == 7)
        // Row 6 repeats row 5's key; only its visitors (unreadable in row 5) is new, so it counts as used.
        #expect(report.rowsUsed == 5)
        #expect(report.rowsRejected == 2)
        #expect(report.rowsRead == report.rowsUsed + report.rowsRejected)
        // The repeated row is one issue, naming the three values it repeats.
        #expect(report.issues.map(\.kind) == [.unparseableNumber, .duplicateKey, .dateOutsidePlan, .unparseableDate])
        #expect(report.issues[1].message.hasSuffix(" are given twice; the first is kept") && report.issues[1].message.contains(", "))
        let number = try #require(report.issues.first)
        #expect(number.row == 5 && number.column == 3 && number.file == "export.csv")

        let store = ActualsStore(observations: observations, metrics: plan.metrics)
        let week = try window("2026-09-01", "2026-09-07")
        #expect(store.value(of: "orders", in: week) == 250)
        #expect(store.value(of: "gmv", in: week) == 75_000)
        // A stock takes its last value per channel, then sums: 5100 + 8200.
        #expect(store.value(of: "friends", in: week) == 13_300)
        // A rate from sums: 250 / 4100, not the mean of daily rates.
        #expect(store.value(of: "conversion", in: week) == 250.0 / 4100)
        #expect(store.value(of: "conversion", in: week, where: ["渠道": "门店"]) == 100.0 / 2000)
        #expect(store.values(of: "渠道") == ["社群", "门店"])
        #expect(store.value(of: "orders", in: try window("2026-09-20", "2026-09-30")) == nil)
    }

    @Test func longExportsUseMetricAndValueColumns() throws {
        let plan = try plan()
        let csv = "日期\t指标\t数值\t门店\n2026-09-01\t访客数\t1,200\t南京西路\n2026-09-01\t订单数\t36\t南京西路\n2026-09-01\t客诉数\t3\t南京西路\n"
        let table = try CSVTable.read(Array(csv.utf8))
        let mapping = try #require(ActualsMapping.infer(header: table.header, metrics: plan.metrics.map { ($0.id, $0.name) }))
        #expect(mapping.layout == .long(metricColumn: "指标", valueColumn: "数值"))
        let (observations, report) = ActualsImporter().read(table, file: "long.csv", mapping: mapping)
        #expect(observations.count == 2)
        #expect(report.issues.map(\.kind) == [.unknownMetric])
        #expect(report.issues.first?.message.contains("客诉数") == true)
        let store = ActualsStore(observations: observations, metrics: plan.metrics)
        #expect(store.value(of: "conversion", in: try window("2026-09-01", "2026-09-01")) == 0.03)
    }

    @Test func aHeaderWithoutADateColumnCannotBeMapped() {
        #expect(ActualsMapping.infer(header: ["渠道", "访客数"], metrics: [("visitors", "访客数")]) == nil)
    }
}
