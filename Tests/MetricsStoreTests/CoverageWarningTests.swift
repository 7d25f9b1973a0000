import MetricsStore
import PlanAnalysis
import PlanModel
import PlanScheduling
import Testing

/// The review's trust warnings about missing data are the file review's on every backend: in
/// particular a store (a dimension value) with data in the plan but none in a target's window
/// is warned about on every day of it — its export left out — not silently absent.
@Suite("Coverage warnings from a store (shared suite)")
struct CoverageWarningTests {
    /// Two 5-day tasks one after the other; the second has a target, measured over its window.
    static let yaml = """
        cycleplan: 1
        id: stores
        title: 门店复盘
        start: 2026-03-02
        metrics:
          visitors: 访客数
        tasks:
          - {id: a, name: 预热, duration: 5d}
          - {id: b, name: 正式, duration: 5d, after: a, targets: {visitors: 1000}}
        """

    /// 徐家汇 and 南京西路 on every day of both tasks (南京西路 not on the second task's last
    /// day), 静安寺 only during the first task.
    static func observations(_ first: CivilDate, _ last: CivilDate, firstTaskEnd: CivilDate) -> [Observation] {
        var result: [Observation] = []
        var date = first
        while date <= last {
            result.append(Observation(date: date, metric: "visitors", value: 100, dimensions: ["门店": "徐家汇"]))
            if date != last { result.append(Observation(date: date, metric: "visitors", value: 80, dimensions: ["门店": "南京西路"])) }
            if date <= firstTaskEnd { result.append(Observation(date: date, metric: "visitors", value: 50, dimensions: ["门店": "静安寺"])) }
            date = date.advanced(by: 1)
        }
        return result
    }

    @Test(arguments: StoreBackend.available)
    func aStoreWithNoDataInTheWindowIsWarnedAboutAsTheFileReviewDoes(_ backend: StoreBackend) throws {
        let loaded = PlanLoader().load(bytes: Array(Self.yaml.utf8), path: "stores.yaml")
        let plan = try #require(loaded.plan, "\(loaded.diagnostics)")
        let schedule = Scheduler().schedule(plan)
        let first = try #require(schedule.tasks.first), second = try #require(schedule.tasks.last)
        let observations = Self.observations(first.start, second.finish, firstTaskEnd: first.finish)
        func report(_ actuals: ActualsStore) -> ReviewReport {
            ReviewEngine(plan: plan, schedule: schedule, actuals: actuals, imports: ImportReport()).run()
        }
        let file = report(ActualsStore(observations: observations, metrics: plan.metrics))
        let store = report(ActualsStore(source: try backend.source(observations, stocks: []), metrics: plan.metrics))

        // Worked out by hand: in the second task's window 静安寺 lacks every day, 南京西路 the last.
        var days: [CivilDate] = []
        var date = second.start
        while date <= second.finish { days.append(date); date = date.advanced(by: 1) }
        let window = "\(second.start)..\(second.finish)"
        let hint = "\n  hint: export the missing days, or give the target a window the data covers\n"
        let expected = [
            "warning: [missing_days] 访客数 for 门店 南京西路: no data on \(second.finish) (target window \(window))" + hint,
            "warning: [missing_days] 访客数 for 门店 静安寺: no data on \(days.map(\.description).joined(separator: ", ")) (target window \(window))" + hint,
        ]
        #expect(file.coverageWarnings(metrics: plan.metrics) == expected)
        for language in [ReviewLanguage.en, .zh] {
            #expect(store.coverageWarnings(metrics: plan.metrics, language: language)
                == file.coverageWarnings(metrics: plan.metrics, language: language))
        }
        #expect(store.kpis.map(\.coverage) == file.kpis.map(\.coverage))
    }
}
