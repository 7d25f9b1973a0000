import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanAnalysis

/// Issue #10 (the review half): targets split by channel, phases told apart from the plan,
/// channel values that cannot be computed, and the findings that open the reports.
@Suite("Review targets and story")
struct ReviewTargetsTests {
    private static let metrics = """
        metrics:
          visitors: 访客数
          orders: 订单数
          gmv: {name: 成交额, unit: CNY}
          old_gmv: {name: 老客成交额, unit: CNY}
          conversion: {name: 转化率, formula: orders / visitors, format: percent}
          aov: {name: 客单价, formula: gmv / orders}
          tr_new: {name: 新客营收, formula: visitors * conversion * aov}
          total: {name: 总营收, formula: tr_new + old_gmv}
        """

    private func plan(_ yaml: String) throws -> Plan {
        let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "split.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.plan)
    }

    /// One day of actuals per channel (2026-09-07, the plan's first day).
    private func review(_ plan: Plan, _ rows: [String: [String: Double]], extra: [Observation] = []) throws -> ReviewReport {
        guard case .success(let day) = CivilDate.parse("2026-09-07") else { throw CancellationError() }
        var observations = extra
        for (channel, values) in rows.sorted(by: { $0.key < $1.key }) {
            for (metric, value) in values.sorted(by: { $0.key < $1.key }) {
                observations.append(Observation(date: day, metric: metric, value: value, dimensions: ["渠道": channel]))
            }
        }
        return ReviewEngine(plan: plan, schedule: Scheduler().schedule(plan),
                            actuals: ActualsStore(observations: observations, metrics: plan.metrics), imports: ImportReport()).run()
    }

    /// 门店 80,000 (1,000 visitors, 100 orders), 社群 90,000 (900, 90), 视频号 95,000 (1,000, 95):
    /// 265,000 against 280,000, a gap of −15,000.
    private let channels: [String: [String: Double]] = [
        "门店": ["visitors": 1000, "orders": 100, "gmv": 80_000],
        "社群": ["visitors": 900, "orders": 90, "gmv": 90_000],
        "视频号": ["visitors": 1000, "orders": 95, "gmv": 95_000],
    ]

    private func yaml(_ targets: String) -> String {
        "cycleplan: 1\nid: split\ntitle: 渠道复盘\nstart: 2026-09-07\n\(Self.metrics)\ntargets:\n\(targets)\ntasks: [{id: t, name: 任务, duration: 5d}]\n"
    }

    private func share(_ kpi: ReviewReport.KPI, _ value: String) throws -> ReviewReport.DimensionShare {
        try #require(kpi.byDimension["渠道"]?.first { $0.value == value })
    }

    @Test func ownTargetsMoveTheBlameFromTheLargestChannelToTheOneThatMissed() throws {
        // Without a split the gap is shared pro rata: 视频号, the largest, gets the largest part
        // (95,000 × −15,000 ÷ 265,000 = −5,377.36) though it beat its (unstated) share.
        let whole = try review(plan(yaml("  tr_new: 28万")), channels)
        let pooled = try #require(whole.kpis.first { $0.metric == "tr_new" })
        #expect(pooled.dimensionBasis["渠道"] == .proRata)
        #expect(pooled.byDimension["渠道"]?.first?.value == "视频号")
        #expect(abs(try share(pooled, "视频号").contribution - 95_000 * -15_000 / 265_000) < 1e-6)
        // Split by channel, each is measured against its own part: 门店 80,000 − 120,000.
        let split = try review(plan(yaml("  tr_new: {value: 28万, by: {渠道: {门店: 12万, 社群: 9万, 视频号: 7万}}}")), channels)
        let own = try #require(split.kpis.first { $0.metric == "tr_new" })
        #expect(own.dimensionBasis["渠道"] == .target)
        #expect(own.byDimension["渠道"]?.first?.value == "门店")
        #expect(abs(try share(own, "门店").contribution - -40_000) < 1e-6)
        #expect(abs(try share(own, "社群").contribution) < 1e-6)
        #expect(abs(try share(own, "视频号").contribution - 25_000) < 1e-6)
        #expect(try share(own, "门店").target == 120_000)
        #expect(own.unallocated["渠道"] == 0)
        // The findings name the channel its own target blames.
        let findings = split.findings(metrics: try plan(yaml("  tr_new: 28万")).metrics, language: .zh)
        #expect(findings.first == "最大的缺口：全计划的新客营收只完成 94.64%（差 -15,000，预警）。")
        #expect(findings.contains("按渠道看，门店对新客营收的影响最大：-40,000（新客营收差异共 -15,000）。"))
        // The terminal's words come from the same catalog: English by default, Chinese on request.
        let metrics = try plan(yaml("  tr_new: 28万")).metrics
        #expect(split.summary(metrics: metrics).contains("渠道: 门店 explains -40,000 against its own target"))
        let chinese = split.summary(metrics: metrics, language: .zh)
        #expect(chinese.contains("结论：") && chinese.contains("渠道：门店 影响 -40,000（对照自己的目标）"))
        #expect(chinese.range(of: "[A-Za-z]{3,}", options: .regularExpression) == nil, "\(chinese)")
    }

    @Test func aRateSplitShowsEachChannelsRateNextToItsOwnTarget() throws {
        // 门店 10% against 11%, 社群 10% against 9%, 视频号 9.5% against 8%; weights 1000 : 900 : 1000.
        let report = try review(plan(yaml("  conversion: {value: 9.6%, by: {渠道: {门店: 11%, 社群: 9%, 视频号: 8%}}}")), channels)
        let kpi = try #require(report.kpis.first { $0.metric == "conversion" })
        #expect(kpi.dimensionBasis["渠道"] == .target)
        let store = try share(kpi, "门店")
        #expect(store.target == 0.11 && abs((store.actual ?? 0) - 0.10) < 1e-12)
        #expect(abs(store.contribution - 1000.0 / 2900 * (0.10 - 0.11)) < 1e-12)
        #expect(abs(try share(kpi, "视频号").contribution - 1000.0 / 2900 * (0.095 - 0.08)) < 1e-12)
        // The rest is the mix against the targets' mix: Σwᵥ·targetᵥ − target = 271/2900 − 9.6%.
        #expect(abs((kpi.unallocated["渠道"] ?? 0) - (271.0 / 2900 - 0.096)) < 1e-12)
        let parts = (kpi.byDimension["渠道"] ?? []).reduce(0) { $0 + $1.contribution } + (kpi.unallocated["渠道"] ?? 0)
        #expect(abs(parts - ((kpi.actual ?? 0) - kpi.target)) < 1e-12)
        let markdown = report.markdown(metrics: try plan(yaml("  tr_new: 28万")).metrics, title: "渠道复盘")
        #expect(markdown.contains("| 渠道 | 目标 | 实际 | 贡献 |"))
        #expect(markdown.contains("| 门店 | 11% | 10% | -0.34 个百分点 |"))
    }

    /// A revenue KPI with targets on its rates and its traffic split by channel: each channel's
    /// volume is held to its own part, so the volume gap is allocated instead of left as
    /// 规模（未分摊）. Targets: 门店 1,000 / 社群 1,000 / 视频号 900 visitors at 10% and ¥1,000,
    /// i.e. 100,000 / 100,000 / 90,000 of 新客营收.
    @Test func aSplitVolumeTargetAllocatesTheVolumeGap() throws {
        let targets = "  tr_new: 29万\n  visitors: {value: 2900, by: {渠道: {门店: 1000, 社群: 1000, 视频号: 900}}}\n  conversion: 10%\n  aov: 1000"
        let report = try review(plan(yaml(targets)), channels)
        let kpi = try #require(report.kpis.first { $0.metric == "tr_new" })
        #expect(kpi.dimensionBasis["渠道"] == .target)
        #expect(abs(try share(kpi, "门店").contribution - (80_000 - 100_000)) < 1e-6)
        #expect(abs(try share(kpi, "社群").contribution - (90_000 - 100_000)) < 1e-6)
        #expect(abs(try share(kpi, "视频号").contribution - (95_000 - 90_000)) < 1e-6)
        #expect(abs((try share(kpi, "社群").target ?? 0) - 100_000) < 1e-6)
        #expect(kpi.unallocated["渠道"] == 0)
        // Without the split, 社群's traffic shortfall is nobody's: it is judged at its own 900
        // visitors and held its rates (0), while 视频号 is blamed for its rates (−5,000).
        let plain = try review(plan(yaml("  tr_new: 29万\n  visitors: 2900\n  conversion: 10%\n  aov: 1000")), channels)
        let pooled = try #require(plain.kpis.first { $0.metric == "tr_new" })
        #expect(pooled.dimensionBasis["渠道"] == .performance)
        #expect(abs(try share(pooled, "社群").contribution) < 1e-6)
        #expect(abs(try share(pooled, "视频号").contribution - -5_000) < 1e-6)
    }

    /// 直播间 appears only in another metric's rows: for 新客营收 it has no data, and is listed
    /// as such instead of a row "实际 0"; a split part for a channel nobody exported likewise.
    @Test func aChannelWithoutDataIsListedNotZero() throws {
        guard case .success(let day) = CivilDate.parse("2026-09-07") else { return }
        let other = Observation(date: day, metric: "old_gmv", value: 1_000, dimensions: ["渠道": "直播间"])
        let targets = "  tr_new: {value: 28万, by: {渠道: {门店: 12万, 社群: 9万, 视频号: 5万, 小程序: 2万}}}"
        let loaded = try plan(yaml(targets))
        let report = try review(loaded, channels, extra: [other])
        let kpi = try #require(report.kpis.first { $0.metric == "tr_new" })
        #expect(kpi.byDimension["渠道"]?.map(\.value).sorted() == ["社群", "视频号", "门店"])
        #expect(kpi.withoutData["渠道"] == ["直播间", "小程序"])
        // 小程序's part (−20,000 against nothing measured) belongs to no channel with data.
        #expect(abs((kpi.unallocated["渠道"] ?? 0) - -20_000) < 1e-6)
        #expect(report.markdown(metrics: loaded.metrics, title: "渠道复盘").contains("无数据的渠道（不按 0 计）：直播间、小程序"))
    }

    @Test func theSplitIsReadAndAMismatchedFlowSplitIsALocatedError() throws {
        let loaded = try plan(yaml("  tr_new: {value: 28万, by: {渠道: {门店: 12万, 社群: 9万, 视频号: 7万}}}"))
        let split = try #require(loaded.targets.first?.split(by: "渠道"))
        #expect(split.parts.map(\.value) == ["门店", "社群", "视频号"] && split.total == 280_000)
        let bad = PlanLoader().load(bytes: Array(yaml("  tr_new: {value: 28万, by: {渠道: {门店: 12万, 社群: 9万, 视频号: 6万}}}").utf8), path: "split.yaml")
        let diagnostic = try #require(bad.diagnostics.first { $0.id == .targetSplitMismatch })
        #expect(diagnostic.message.contains("adds up to 270000") && diagnostic.message.contains("not 280000"))
        #expect(diagnostic.location?.line == 15)
        // A rate's parts are each channel's own rate: they need not add up.
        let rate = PlanLoader().load(bytes: Array(yaml("  conversion: {value: 9.6%, by: {渠道: {门店: 11%, 社群: 9%}}}").utf8), path: "split.yaml")
        #expect(!rate.diagnostics.contains { $0.id == .targetSplitMismatch })
    }

    /// Issue #10 case 8: a phase may be called `plan`; the review tells it from the whole plan.
    @Test func aPhaseCalledPlanIsNotThePlan() throws {
        let text = "cycleplan: 1\nid: p\ntitle: 活动\nstart: 2026-09-07\n\(Self.metrics)\ntargets: {gmv: 30万}\n"
            + "phases:\n  - id: plan\n    name: 策划\n    targets: {gmv: 10万}\n    tasks: [{id: t, name: 任务, duration: 5d}]\n"
        let report = try review(plan(text), channels)
        #expect(report.kpis.map(\.nodeKind) == [.plan, .phase])
        #expect(report.kpis.map(\.nodeName) == ["活动", "策划"])
        let metrics = try plan(text).metrics
        let markdown = report.markdown(metrics: metrics, title: "活动")
        #expect(markdown.contains("| 全计划 | 成交额 |") && markdown.contains("| 策划 | 成交额 |") && !markdown.contains("| plan |"))
        let json = String(decoding: report.json(metrics: metrics).serializedBytes(), as: UTF8.self)
        #expect(json.contains("\"nodeKind\": \"phase\"") && json.contains("\"nodeName\": \"策划\""))
    }

    /// Issue #10 case 9: 老客成交额 comes without a channel, so no channel's 总营收 can be
    /// measured: its rows say so instead of "实际 ¥0", and no number is blamed on a channel.
    @Test func aChannelValueThatCannotBeComputedIsNotZero() throws {
        guard case .success(let day) = CivilDate.parse("2026-09-07") else { return }
        let old = Observation(date: day, metric: "old_gmv", value: 50_000, dimensions: [:])
        let loaded = try plan(yaml("  total: 35万"))
        let report = try review(loaded, channels, extra: [old])
        let kpi = try #require(report.kpis.first { $0.metric == "total" })
        #expect(kpi.actual == 315_000)
        #expect(kpi.notComputable["渠道"] == ["old_gmv"])
        #expect(kpi.byDimension["渠道"]?.allSatisfy { $0.actual == nil } == true)
        #expect(kpi.unallocated["渠道"] ?? 0 == 0)
        let markdown = report.markdown(metrics: loaded.metrics, title: "渠道复盘")
        #expect(markdown.contains("按渠道无法拆分：老客成交额 没有按渠道的数据"))
        #expect(!markdown.contains("¥0 |") && !markdown.contains("规模（未分摊）"))
        let json = String(decoding: report.json(metrics: loaded.metrics).serializedBytes(), as: UTF8.self)
        #expect(json.contains("\"actual\": null, \"contribution\": null") || json.contains("\"contribution\": null"))
        #expect(!report.summary(metrics: loaded.metrics).contains("渠道: 门店 explains"))
    }
}
