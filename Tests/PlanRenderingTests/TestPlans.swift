import Foundation
import PlanModel
import PlanScheduling
@testable import PlanRendering

/// Plans the rendering tests draw: the hostile fixture, the shipped plans, plans in YAML.
enum TestPlans {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static var hostilePath: String { root.appendingPathComponent("Fixtures/hostile.yaml").path }
    static func shippedPath(_ name: String) -> String {
        root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("plans/\(name).yaml").path
    }

    static func load(_ path: String) -> (Plan, Schedule)? {
        guard let plan = PlanLoader().load(file: path).plan else { return nil }
        return (plan, Scheduler().schedule(plan))
    }

    static func chart(file path: String, _ options: GanttOptions = GanttOptions()) -> GanttChart? {
        load(path).map { GanttChart(plan: $0.0, schedule: $0.1, options: options) }
    }

    static func hostile(_ options: GanttOptions = GanttOptions()) -> GanttChart? { chart(file: hostilePath, options) }

    static func chart(yaml: String, _ options: GanttOptions = GanttOptions()) -> GanttChart? {
        guard let plan = PlanLoader().load(bytes: Array(yaml.utf8), path: "chart.yaml").plan else { return nil }
        return GanttChart(plan: plan, schedule: Scheduler().schedule(plan), options: options)
    }

    /// One of every link type, with lags, around a long bar in between (the audit's plan).
    static let links = """
        cycleplan: 1
        id: links
        title: 依赖类型测试
        start: 2026-09-07
        roles:
          design: {name: 设计, headcount: 5}
          ops: {name: 运营, headcount: 5}
        tasks:
          - {id: a, name: 前置任务甲, role: design, duration: 5d}
          - {id: filler, name: 中间插入的任务, role: ops, duration: 8d}
          - {id: b, name: FS 后续, role: ops, duration: 2d, after: a}
          - {id: c, name: SS 加2天, role: ops, duration: 3d, after: "a SS +2d"}
          - {id: d, name: FF 后续, role: ops, duration: 2d, after: "a FF"}
          - {id: e, name: SF 后续, role: ops, duration: 4d, after: "a SF"}
          - {id: f, name: FS 提前2天, role: ops, duration: 3d, after: "a -2d"}
          - {id: g, name: 上方的后续任务, role: design, duration: 2d, after: "f"}
        """
}
