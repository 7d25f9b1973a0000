import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

@Suite("PlantUML keeps the dates (issue #13 defect 4)")
struct PlantUMLDateTests {
    /// Defect 4: PlantUML applies a link after every explicit date and wins, so a link it
    /// resolves differently (a lead, a milestone after a task) moved the bar.
    @Test func plantUMLWritesOnlyLinksThatKeepTheDates() throws {
        let yaml = """
            cycleplan: 1
            id: leads
            title: 提前量
            start: 2026-09-07
            tasks:
              - {id: a, name: A, duration: 3d}
              - {id: lead, name: 提前, duration: 2d, after: "a -1d"}
              - {id: next, name: 紧接, duration: 1d, after: a}
              - {id: gap, name: 间隔, duration: 1d, after: "a +2d"}
              - {id: m, name: 里程碑, milestone: true, after: a}
              - {id: ss, name: 同开, duration: 1d, after: "a SS"}
            """
        let chart = try #require(TestPlans.chart(yaml: yaml))
        let text = PlantUMLExporter().render(chart)
        #expect(text.contains("[A] as [a] starts 2026-09-07 and ends 2026-09-09\n"))
        #expect(text.contains("[next] starts at [a]'s end\n"))
        #expect(text.contains("[ss] starts at [a]'s start\n"))
        #expect(!text.contains("[lead] starts at"))
        #expect(text.contains("[gap] starts at [a]'s end\n"), "a start link with slack is only a lower bound")
        #expect(!text.contains("[a] -> [m]"))
        #expect(text.contains("[里程碑] as [m] happens 2026-09-09\n"))
        #expect(Set(PlantUMLExporter.unsupportedLinks(chart).map(\.to)) == ["lead", "m"])
    }

    /// Defect 4, closed days: PlantUML moved a milestone pinned to a Saturday to Monday.
    @Test func plantUMLOpensTheClosedDaysARowIsPinnedTo() throws {
        let yaml = """
            cycleplan: 1
            id: weekend
            title: 周末
            start: 2026-09-07
            tasks:
              - {id: a, name: A, duration: 2d}
              - {id: sat, name: 周六上线, milestone: true, start: 2026-09-12}
            """
        let text = PlantUMLExporter().render(try #require(TestPlans.chart(yaml: yaml)))
        #expect(text.contains("sunday are closed\n2026-09-12 is open\n"))
        #expect(text.contains("[周六上线] as [sat] happens 2026-09-12\n"))
    }
}
