import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

@Suite("Gantt chart filters")
struct GanttChartTests {
    @Test func filtersKeepPhasesOfShownTasksAndSpanOnlyThose() throws {
        let full = try #require(TestPlans.hostile())
        let byRole = try #require(TestPlans.hostile(GanttOptions(role: "ops")))
        for row in byRole.rows where row.kind != .phase { #expect(row.roles.contains("ops"), "\(row.id)") }
        for row in byRole.rows where row.kind == .phase {
            let members = byRole.rows.filter { $0.kind != .phase && Self.isInside($0, row, byRole) }
            #expect(!members.isEmpty)
            #expect(row.start == members.map(\.start).min() && row.finish == members.map(\.finish).max(), "\(row.id)")
            let whole = try #require(full.row(row.id))
            if row.start != whole.start || row.finish != whole.finish {
                #expect(row.workingDays == byRole.calendar.workingDays(from: row.start, through: row.finish))
            }
        }
        let critical = try #require(TestPlans.hostile(GanttOptions(criticalOnly: true)))
        #expect(critical.rows.allSatisfy { $0.critical })
        #expect(critical.criticalPath.allSatisfy { id in critical.rows.contains { $0.id == id } })
        let titled = try #require(TestPlans.hostile(GanttOptions(title: "新标题")))
        #expect(titled.title == "新标题")
    }

    static func isInside(_ row: GanttChart.Row, _ phase: GanttChart.Row, _ chart: GanttChart) -> Bool {
        var parent = row.parent
        while let id = parent {
            if id == phase.id { return true }
            parent = chart.row(id)?.parent
        }
        return false
    }

    @Test func roleColorsFollowThePlanNotTheFilter() throws {
        let path = TestPlans.shippedPath("campaign")
        let full = try #require(TestPlans.chart(file: path))
        for role in full.roles {
            let filtered = try #require(TestPlans.chart(file: path, GanttOptions(role: role.id)))
            #expect(filtered.roleColors[role.id] == full.roleColors[role.id])
            // With --role, every shown bar takes that role's color, and the legend lists it alone.
            for row in filtered.rows where row.kind == .task { #expect(filtered.color(of: row) == full.roleColors[role.id]) }
            #expect(filtered.legendRoles.map(\.id) == [role.id])
        }
        let critical = try #require(TestPlans.chart(file: path, GanttOptions(criticalOnly: true)))
        for row in critical.rows where row.kind == .task { #expect(critical.color(of: row) == full.color(of: full.row(row.id)!)) }
        let colored = Set(critical.rows.filter { $0.kind == .task }.compactMap { critical.colorRole(of: $0) })
        #expect(Set(critical.legendRoles.map(\.id)) == colored)
    }

    @Test func unfilteredTablesAreTheSchedulesOwn() throws {
        for path in [TestPlans.hostilePath, TestPlans.shippedPath("campaign"), TestPlans.shippedPath("cycle")] {
            let (plan, schedule) = try #require(TestPlans.load(path))
            let chart = GanttChart(plan: plan, schedule: schedule)
            #expect(GanttTableExporter().csv(chart) == schedule.csv(plan: plan), "\(path)")
            #expect(GanttTableExporter().json(chart, schedule: schedule).serialized() == schedule.json(plan: plan).serialized(), "\(path)")
        }
    }

    @Test func filteredTablesHoldTheShownRows() throws {
        let (plan, schedule) = try #require(TestPlans.load(TestPlans.shippedPath("campaign")))
        for options in [GanttOptions(role: "design"), GanttOptions(criticalOnly: true), GanttOptions(phase: "content")] {
            let chart = GanttChart(plan: plan, schedule: schedule, options: options)
            let csv = GanttTableExporter().csv(chart)
            let ids = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { String($0.prefix { $0 != "," }) }
            #expect(ids == chart.rows.map(\.id))
            let json = GanttTableExporter().json(chart, schedule: schedule).serialized()
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let tasks = try #require(object["tasks"] as? [[String: Any]])
            #expect(tasks.map { $0["id"] as? String } == chart.rows.map(\.id))
            let path = try #require(object["criticalPath"] as? [String])
            #expect(path.allSatisfy { id in chart.rows.contains { $0.id == id } })
            if let role = options.role { #expect((object["busiestRoleDays"] as? [[String: Any]])?.allSatisfy { $0["role"] as? String == role } == true) }
        }
    }
}
