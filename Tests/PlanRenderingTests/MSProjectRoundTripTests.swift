import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

@Suite("MS Project constraints, leveling and ids (issue #13 defects 2, 3)")
struct MSProjectRoundTripTests {
    /// Defect 2: a phase's notBefore and deadline were dropped.
    @Test func msProjectCarriesPhaseConstraints() throws {
        let chart = try ExportDefectPlan.chart()
        let plan = try ExportDefectPlan.plan()
        let xml = MSProjectExporter().render(chart, plan: plan)
        func block(_ id: String) throws -> String {
            let tasks = xml.components(separatedBy: "<Task>").filter { $0.contains("<Value>\(id)</Value>") }
            return try #require(tasks.first)
        }
        let phase = try block("prep")
        #expect(phase.contains("<ConstraintType>4</ConstraintType>") && phase.contains("<ConstraintDate>2026-09-09T09:00:00</ConstraintDate>"))
        #expect(phase.contains("<Deadline>2026-09-30T18:00:00</Deadline>"))
        // Pushed down: the later of the task's own and its phase's.
        #expect(try block("a").contains("<ConstraintDate>2026-09-09T09:00:00</ConstraintDate>"))
        #expect(try block("b").contains("<ConstraintDate>2026-09-09T09:00:00</ConstraintDate>"))
        #expect(try block("c").contains("<ConstraintDate>2026-09-21T09:00:00</ConstraintDate>"))
        #expect(try block("d").contains("<ConstraintType>2</ConstraintType>"))
        let late = try block("late")
        #expect(late.contains("<ConstraintType>0</ConstraintType>"))
        #expect(!late.contains("<Deadline>"))
    }

    /// Defect 3: leveling and the plan's ids were lost on the way to MS Project.
    @Test func msProjectCarriesLevelingAndIDs() throws {
        let chart = try ExportDefectPlan.chart()
        let plan = try ExportDefectPlan.plan()
        let xml = MSProjectExporter().render(chart, plan: plan)
        #expect(xml.contains("<FieldID>188743731</FieldID>\n      <FieldName>Text1</FieldName>\n      <Alias>cycleplan id</Alias>"))
        let b = try #require(xml.components(separatedBy: "<Task>").first { $0.contains("<Value>b</Value>") })
        let row = try #require(chart.rows.first { $0.id == "b" })
        #expect(row.delayedByRoles.map(\.days) == [2])
        #expect(b.contains("<LevelingDelay>9600</LevelingDelay>\n      <LevelingDelayFormat>7</LevelingDelayFormat>"))
        // The milestone moved only because b did: MS Project adds that through the link.
        let m = try #require(xml.components(separatedBy: "<Task>").first { $0.contains("<Value>m</Value>") })
        #expect(!m.contains("<LevelingDelay>"))
        #expect(xml.components(separatedBy: "<FieldID>188743731</FieldID>").count - 1 == chart.rows.count + 1)
    }
}
