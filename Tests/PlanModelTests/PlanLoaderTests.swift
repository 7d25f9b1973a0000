import Foundation
import PlanGenerator
import Testing
@testable import PlanModel

@Suite("Plan loader")
struct PlanLoaderTests {
    private func load(_ text: String) -> PlanLoadResult {
        PlanLoader().load(bytes: Array(text.utf8), path: "test.yaml")
    }

    @Test func readsTheModel() throws {
        let result = load("""
            cycleplan: 1
            id: demo
            title: 国庆节线上促活活动
            start: 2026-09-01
            calendar:
              weekends: [sat, sun]
              holidays: ["2026-10-01..2026-10-07", {date: 2026-09-25, name: 中秋节}]
              workdays: [2026-09-27]
            roles:
              design: {name: 设计, headcount: 2, daysOff: [2026-09-10]}
              content: 内容运营
            metrics:
              orders: 订单数
              visitors: {name: 访客数}
              conversion: {name: 转化率, formula: orders / visitors, format: percent}
            targets: {conversion: 3.5%}
            phases:
              - id: prep
                name: 策划
                stage: 拉新
                phases:
                  - id: inner
                    name: 内容
                    tasks:
                      - {id: posters, name: 海报, roles: {design: 1, content: 0.5}, effort: 3d}
                tasks:
                  - {id: copy, name: 文案, role: content, units: 0.5, duration: 2d, after: ["posters SS +1d"]}
              - id: launch
                name: 引爆
                after: prep
                tasks:
                  - {id: d-day, name: 开售, milestone: true, start: 2026-10-08}
                  - {id: buzz, name: 二次发酵, duration: 1w, after: [{id: d-day, type: ff, lag: -2d}], priority: 800}
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let plan = try #require(result.plan)
        #expect(plan.calendar.holidays.count == 2)
        #expect(plan.calendar.holidays[0].dayCount == 7)
        #expect(plan.calendar.holidays[1].name == "中秋节")
        #expect(plan.calendar.isWorkingDay(try #require(CivilDate("2026-09-27"))))  // a Sunday worked (调休)
        #expect(!plan.calendar.isWorkingDay(try #require(CivilDate("2026-10-02"))))
        #expect(plan.roles.map(\.id) == ["design", "content"])
        #expect(plan.roles[0].daysOff.first?.first == CivilDate("2026-09-10"))
        #expect(plan.metrics[2].kind == .derived)
        #expect(plan.targets.first?.value == 0.035)
        #expect(plan.phases.map(\.id) == ["prep", "inner", "launch"])
        #expect(plan.phases[1].parent == 0)
        #expect(plan.phases[1].depth == 1)
        #expect(plan.tasks.map(\.id) == ["posters", "copy", "d-day", "buzz"])
        #expect(plan.phases[0].taskRange == 0..<2)
        #expect(plan.phases[1].taskRange == 0..<1)
        #expect(plan.phases[2].taskRange == 2..<4)
        #expect(plan.tasks[0].assignments.map(\.units) == [1, 0.5])
        #expect(plan.tasks[0].length == .effort(WorkDuration(days: 3)))
        #expect(plan.tasks[1].assignments.first?.units == 0.5)
        let copyDependency = try #require(plan.tasks[1].dependencies.first)
        #expect(copyDependency.kind == .startToStart)
        #expect(copyDependency.lag.days == 1)
        #expect(copyDependency.predecessor == .task(0))
        #expect(copyDependency.location == SourceLocation(file: "test.yaml", line: 27, column: 80))
        #expect(plan.phases[2].dependencies.first?.predecessor == .phase(0))
        #expect(plan.tasks[2].isMilestone)
        #expect(plan.tasks[3].dependencies.first?.kind == .finishToFinish)
        #expect(plan.tasks[3].dependencies.first?.lag.days == -2)
        #expect(plan.tasks[3].priority == 800)
        #expect(plan.tasks[3].length == .duration(WorkDuration(days: 5)))
    }

    @Test func includesMergeRolesMetricsAndCalendars() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cycleplan-inc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try "roles: {design: 设计}\nmetrics: {orders: 订单数}\ncalendar: {holidays: [2026-10-01]}\n"
            .write(to: directory.appendingPathComponent("shared/team.yaml"), atomically: true, encoding: .utf8)
        try "include: base.yaml\nholidays: [2026-10-02]\nworkdays: [2026-10-10]\n"
            .write(to: directory.appendingPathComponent("shared/cal.yaml"), atomically: true, encoding: .utf8)
        try "weekends: [sun]\nholidays: [2026-10-03]\n"
            .write(to: directory.appendingPathComponent("shared/base.yaml"), atomically: true, encoding: .utf8)
        let plan = """
            cycleplan: 1
            id: inc
            title: 包含
            start: 2026-09-01
            include: [shared/team.yaml, shared/team.yaml]
            calendar: shared/cal.yaml
            roles: {content: 内容运营}
            targets: {orders: 100}
            tasks: [{id: a, name: 任务, role: design, duration: 1d}]
            """
        try plan.write(to: directory.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let result = PlanLoader().load(file: directory.appendingPathComponent("plan.yaml").path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let loaded = try #require(result.plan)
        #expect(loaded.roles.map(\.id) == ["design", "content"])
        #expect(loaded.metrics.map(\.id) == ["orders"])
        #expect(loaded.calendar.weekends == [.sun])
        #expect(loaded.calendar.holidays.map(\.first.description) == ["2026-10-01", "2026-10-03", "2026-10-02"])
        #expect(loaded.calendar.workdays.count == 1)
        #expect(loaded.files.count == 4)
        #expect(result.sources.keys.contains { $0.hasSuffix("shared/base.yaml") })
    }

    @Test func aLargeGeneratedPlanLoadsClean() throws {
        let text = PlanGenerator(.init(tasks: 5000, seed: 7)).yaml()
        let result = load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3))")
        let plan = try #require(result.plan)
        #expect(plan.tasks.count == 5000)
        #expect(plan.phases.count == 50)
        let dependencies = plan.tasks.reduce(0) { $0 + $1.dependencies.count }
        #expect((6500...8000).contains(dependencies))
    }

    @Test func theGeneratorIsDeterministic() {
        let options = PlanGenerator.Options(tasks: 300, seed: 42)
        #expect(PlanGenerator(options).yaml() == PlanGenerator(options).yaml())
        #expect(PlanGenerator(options).yaml() != PlanGenerator(.init(tasks: 300, seed: 43)).yaml())
    }

    @Test func aLongChainDoesNotOverflowTheStack() throws {
        var text = "cycleplan: 1\nid: chain\ntitle: 链\nstart: 2026-09-01\ntasks:\n  - {id: t0, name: 任务, duration: 1d}\n"
        for index in 1..<100_000 { text += "  - {id: t\(index), name: 任务, duration: 1d, after: t\(index - 1)}\n" }
        text += "  - {id: t100000, name: 任务, duration: 1d, after: [t99999]}\n"
        let result = load(text.replacingOccurrences(of: "{id: t0, name: 任务, duration: 1d}", with: "{id: t0, name: 任务, duration: 1d, after: t100000}"))
        #expect(result.diagnostics.map(\.id) == [.dependencyCycle])
    }
}
