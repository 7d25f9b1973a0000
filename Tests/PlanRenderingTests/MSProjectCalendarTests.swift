import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

/// Tasks that do not work on the plan's calendar keep their days in MS Project
/// (Fixtures/calendars: a 春节 plan and a seven-day plan charted together; MPXJ reads the same
/// file back in Tests/interop/check_msproject.py).
@Suite("MS Project task calendars and calendar-day lags")
struct MSProjectCalendarTests {
    private func xml() throws -> String {
        let folder = TestPlans.root.appendingPathComponent("Fixtures/calendars")
        let plans = try ["cny.yaml", "always.yaml"].map { try #require(PlanLoader().load(file: folder.appendingPathComponent($0).path).plan) }
        let portfolio = try #require(Portfolio.compose(plans).portfolio)
        let chart = GanttChart(plan: portfolio.plan, schedule: Scheduler().schedule(portfolio.plan))
        return MSProjectExporter().render(chart, plan: portfolio.plan)
    }

    private func block(_ xml: String, _ name: String) throws -> String {
        try #require(xml.components(separatedBy: "<Task>").first { $0.contains("<Name>\(name)</Name>") })
    }

    private func calendarUID(_ xml: String, named name: String) throws -> String {
        let calendar = try #require(xml.components(separatedBy: "<Calendar>").first { $0.contains("<Name>\(name)</Name>") })
        let uid = try #require(calendar.firstRange(of: /<UID>(\d+)<\/UID>/))
        return String(calendar[uid].dropFirst(5).dropLast(6))
    }

    @Test func continuousAndElapsedTasksWorkOnAnEveryDayCalendar() throws {
        let xml = try xml()
        let everyDay = try calendarUID(xml, named: "每天")
        for name in ["除夕红包雨", "视频号封面审核"] {
            let task = try block(xml, name)
            #expect(task.contains("<CalendarUID>\(everyDay)</CalendarUID>") && task.contains("<IgnoreResourceCalendar>1</IgnoreResourceCalendar>"), "\(name)")
        }
        #expect(!(try block(xml, "社群值守")).contains("<CalendarUID>"))
    }

    @Test func aPlanOnItsOwnCalendarGivesItToItsTasks() throws {
        let xml = try xml()
        let own = try calendarUID(xml, named: "社群日常")
        #expect(try block(xml, "社群日常维护").contains("<CalendarUID>\(own)</CalendarUID>"))
        #expect(!(try block(xml, "活动准备")).contains("<CalendarUID>"))
    }

    @Test func rolesKeepTheirOwnWeekendsAndLagsInCalendarDaysAreElapsed() throws {
        let xml = try xml()
        let community = try #require(xml.components(separatedBy: "<Calendar>").first { $0.contains("<Name>社群运营</Name>") })
        #expect(community.components(separatedBy: "<DayWorking>1</DayWorking>").count - 1 == 7)
        let poster = try block(xml, "节后海报")
        #expect(poster.contains("<LinkLag>28800</LinkLag>") && poster.contains("<LagFormat>8</LagFormat>"))
    }
}
