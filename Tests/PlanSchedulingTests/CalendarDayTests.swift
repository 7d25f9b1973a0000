import PlanModel
import PlanScheduling
import Testing

/// Calendar-day durations and lags (`7cd`): elapsed time, as TaskJuggler's `duration` and
/// `gapduration`. The plan starts Monday 2026-09-07, weekends off.
@Suite("Calendar days")
struct CalendarDayTests {
    @Test func aCalendarDayTaskRunsThroughTheWeekend() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: submit, name: 提交审核, duration: 1d}
              - {id: review, name: 公众号封面审核, duration: 7cd, after: submit}
              - {id: publish, name: 发布, duration: 1d, after: review}
            """))
        #expect(s.diagnostics.isEmpty)
        // Tue 09-08 plus 7 calendar days: to Mon 09-14; 7d would end Wed 09-16.
        #expect(dates(s.task("review")) == "2026-09-08..2026-09-14")
        #expect(s.task("review")?.workingDays == 7)
        #expect(dates(s.task("publish")) == "2026-09-15..2026-09-15")
    }

    @Test func aCalendarDayTaskMayStartAndEndOnADayOff() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: 发券, duration: 1d, notBefore: 2026-09-11}
              - {id: settle, name: 券核销观察期, duration: 2cd, after: a}
              - {id: next, name: 复盘, duration: 1d, after: settle}
            """))
        #expect(s.diagnostics.isEmpty)
        // a ends Friday; the wait is elapsed from that instant: Saturday and Sunday.
        #expect(dates(s.task("settle")) == "2026-09-12..2026-09-13")
        #expect(dates(s.task("next")) == "2026-09-14..2026-09-14")
        // Its float is in calendar days too: none, it drives the end.
        #expect(s.task("settle")?.totalFloat == 0)
    }

    @Test func calendarDayLagsAndLeadsCountEveryDay() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 1d, notBefore: 2026-09-11}
              - {id: cd, name: 七天后, duration: 1d, after: "a +7cd"}
              - {id: wd, name: 七个工作日后, duration: 1d, after: "a +7d"}
              - {id: lead, name: 提前两天, duration: 1d, after: "a -2cd"}
            """))
        #expect(s.diagnostics.isEmpty)
        // a ends Friday 09-11: +7cd is the end of Friday 09-18, so Monday 09-21 …
        #expect(dates(s.task("cd")) == "2026-09-21..2026-09-21")
        // … while +7d waits 7 working days, to the end of Tuesday 09-22.
        #expect(dates(s.task("wd")) == "2026-09-23..2026-09-23")
        // -2cd: two calendar days before the end of Friday, the start of Thursday 09-10.
        #expect(dates(s.task("lead")) == "2026-09-10..2026-09-10")
    }

    @Test func aCalendarDayTaskBooksItsRolesOnlyOnTheDaysTheyWork() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: watch, name: 舆情值守, role: design, duration: 5cd, notBefore: 2026-09-11, priority: 900}
              - {id: art, name: 海报, role: design, duration: 1d, notBefore: 2026-09-12}
            """))
        #expect(s.diagnostics.isEmpty)
        // watch spans Fri 09-11 … Tue 09-15 and holds design on Fri, Mon and Tue.
        #expect(dates(s.task("watch")) == "2026-09-11..2026-09-15")
        #expect(dates(s.task("art")) == "2026-09-16..2026-09-16")
        #expect(s.task("art")?.delayedBy == "design")
        #expect(s.busiestRoleDays.map(\.date).sorted().first == CivilDate("2026-09-11"))
        #expect(!s.busiestRoleDays.contains { $0.date == CivilDate("2026-09-12") })
    }

    @Test func calendarDaysParse() {
        #expect(WorkDuration.parse("7cd") == WorkDuration(days: 7, calendarDays: true))
        #expect(WorkDuration.parse("7 自然日") == WorkDuration(days: 7, calendarDays: true))
        #expect(WorkDuration.parse("+3cd", signed: true) == WorkDuration(days: 3, calendarDays: true))
        #expect(WorkDuration.parse("-2cd", signed: true) == WorkDuration(days: -2, calendarDays: true))
        #expect(WorkDuration.parse("7d") == WorkDuration(days: 7))
        #expect(WorkDuration.parse("7cd")?.description == "7cd")
        #expect(WorkDuration.parse("7dc") == nil)
    }
}
