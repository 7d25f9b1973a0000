import PlanModel
import PlanScheduling
import Testing

/// A calendar-day task (`cd`) with `calendar: continuous` for a named person: continuous work
/// runs every day but leave, so it does not begin on the person's leave day (it used to: a
/// `1cd` task sat wholly on 小王's leave with nobody booked). The plan starts Monday
/// 2026-09-07; 小王 is off Tuesday 09-08 (`PeopleTests.design`).
@Suite("Continuous calendar-day tasks and leave")
struct ContinuousCalendarDayLeaveTests {
    @Test(arguments: [true, false])
    func aOneDayTaskMovesOffTheLeaveDay(level: Bool) throws {
        let (_, s) = try schedule(Self.plan("""
            tasks:
              - {id: hb, name: 红包群值守, role: design/wang, duration: 1cd, calendar: continuous, notBefore: 2026-09-08}
            """), level: level)
        #expect(s.diagnostics.isEmpty)
        // Tuesday is 小王's leave: Wednesday 09-09.
        #expect(dates(s.task("hb")) == "2026-09-09..2026-09-09")
        #expect(s.task("hb")?.people == ["wang"])
    }

    @Test func aLongerTaskStartsAfterTheLeaveAndStillSpansCalendarDays() throws {
        let (_, s) = try schedule(Self.plan("""
            tasks:
              - {id: watch, name: 舆情值守, role: design/wang, duration: 3cd, calendar: continuous, notBefore: 2026-09-08}
            """))
        #expect(s.diagnostics.isEmpty)
        // From Wednesday 09-09, three calendar days: to Friday 09-11 (was 09-08..09-10).
        #expect(dates(s.task("watch")) == "2026-09-09..2026-09-11")
        // A span that only passes through the leave keeps its start and skips the day off.
        let (_, across) = try schedule(Self.plan("""
            tasks:
              - {id: watch, name: 舆情值守, role: design/wang, duration: 3cd, calendar: continuous}
            """))
        #expect(dates(across.task("watch")) == "2026-09-07..2026-09-09")
    }

    @Test func theSpanBooksThePersonOnlyOnDaysTheyAreIn() throws {
        let result = PlanLoader().load(bytes: Array(Self.plan("""
            tasks:
              - {id: watch, name: 舆情值守, role: design/wang, duration: 3cd, calendar: continuous}
            """).utf8), path: "t.yaml")
        let plan = try #require(result.plan)
        let load = Scheduler().scheduleWithWorkload(plan).workload
        let wang = try #require(load.rows.first { $0.kind == .person && $0.id == "wang" })
        // Monday and Wednesday; Tuesday is leave.
        #expect(wang.booked == [1, 0, 1])
    }

    @Test func weekendsStillCountForAContinuousTask() throws {
        let (_, s) = try schedule(Self.plan("""
            tasks:
              - {id: sat, name: 周末社群, role: design/wang, duration: 1cd, calendar: continuous, notBefore: 2026-09-12}
            """))
        // Saturday 09-12 is not leave: continuous work stays on it.
        #expect(dates(s.task("sat")) == "2026-09-12..2026-09-12")
    }

    @Test func aFixedStartOnTheLeaveDayMovesAndSaysWhy() throws {
        let (_, s) = try schedule(Self.plan("""
            tasks:
              - {id: hb, name: 红包群值守, role: design/wang, duration: 2cd, calendar: continuous, start: 2026-09-08}
            """))
        #expect(dates(s.task("hb")) == "2026-09-09..2026-09-10")
        #expect(s.diagnostics.map(\.id) == [.fixedDateNotWorking])
        #expect(s.diagnostics.first?.hint == "'wang' (小王) is on leave that day; move the date, or assign the role so anyone free can do it")
    }

    private static func plan(_ body: String) -> String {
        PlanSchedulingTests.plan(body, roles: PeopleTests.design)
    }
}
