import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

/// A plan that trips the export defects of issue #13: a phase with `notBefore` and
/// `deadline`, a task leveling holds back, a milestone it moves, bidi controls in names and
/// a title with markup.
enum ExportDefectPlan {
    static let yaml = """
        cycleplan: 1
        id: defects
        title: "A & B <script>x</script>"
        start: 2026-09-07
        roles:
          design: {name: "设计\\u202E", headcount: 1}
        phases:
          - id: prep
            name: 准备
            notBefore: 2026-09-09
            deadline: 2026-09-30
            tasks:
              - {id: a, name: "\\u202Egpj.exe", role: design, duration: 2d}
              - {id: b, name: "B \\u2066x\\u200F", role: design, duration: 2d, notBefore: 2026-09-08}
              - {id: c, name: C, duration: 1d, notBefore: 2026-09-21}
              - {id: m, name: M, milestone: true, after: b}
          - id: late
            name: 收尾
            tasks:
              - {id: d, name: D, duration: 1d, start: 2026-09-22}
        """

    static func chart() throws -> GanttChart { try #require(TestPlans.chart(yaml: yaml)) }
    static func plan() throws -> Plan { try #require(PlanLoader().load(bytes: Array(yaml.utf8), path: "defects.yaml").plan) }
}
