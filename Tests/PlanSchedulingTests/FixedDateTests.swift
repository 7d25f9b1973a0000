import PlanModel
import PlanScheduling
import Testing

/// Fixed dates against `notBefore`, against leveling, against each other's roles, and their
/// floats. The plan starts Monday 2026-09-07.
@Suite("Fixed dates")
struct FixedDateTests {
    @Test func levelingThatPushesAPredecessorPastAFixedDateIsAnError() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: x, name: X, role: design, duration: 3d, priority: 900}
              - {id: p, name: P, role: design, duration: 1d}
              - {id: f, name: F, duration: 1d, start: 2026-09-09, after: p}
            """))
        // Unleveled p is on Monday and f on Wednesday is fine; leveled, design does x first.
        let diagnostic = try #require(s.diagnostics.first)
        #expect(s.diagnostics.map(\.id) == [.infeasibleFixedDate])
        #expect(diagnostic.message.contains("after leveling 'p' lets it start on 2026-09-11"))
        #expect(diagnostic.message.contains("role 'design' held 'p' back 3 working days (busy with 'x')"))
        #expect(diagnostic.location?.line == 12)
        #expect(diagnostic.notes.map { $0.location?.line } == [12, 11])  // the link, then p's assignment
        // Unleveled, the same plan is feasible.
        let (_, raw) = try schedule(plan("""
            tasks:
              - {id: x, name: X, role: design, duration: 3d, priority: 900}
              - {id: p, name: P, role: design, duration: 1d}
              - {id: f, name: F, duration: 1d, start: 2026-09-09, after: p}
            """), level: false)
        #expect(!raw.diagnostics.hasErrors)
    }

    @Test func aFixedStartBeforeNotBeforeNamesBothPlaces() throws {
        let (_, s) = try schedule(plan("""
            phases:
              - id: ph
                name: 阶段
                notBefore: 2026-09-14
                tasks:
                  - {id: a, name: A, duration: 1d, start: 2026-09-08, notBefore: 2026-09-10}
                  - {id: m, name: M, milestone: true, start: 2026-09-08}
                  - {id: ok, name: OK, duration: 1d, start: 2026-09-14}
            """))
        #expect(s.diagnostics.map(\.id) == [.infeasibleFixedDate, .infeasibleFixedDate])
        let a = try #require(s.diagnostics.first)
        #expect(a.message == "task 'a' is fixed on 2026-09-08, but it may not start before 2026-09-14")
        #expect(a.notes.map(\.message) == ["its own notBefore is 2026-09-10", "phase 'ph' has notBefore 2026-09-14"])
        #expect(a.notes.map { $0.location?.line } == [14, 10])
        #expect(s.diagnostics[1].message.hasPrefix("task 'm' is fixed on 2026-09-08"))
    }

    @Test func aFixedStartOnAWeekendBeforeNotBeforeOnMondayIsFine() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 1d, start: 2026-09-12, notBefore: 2026-09-14}
            """))
        #expect(s.diagnostics.map(\.id) == [.fixedDateNotWorking])
        #expect(dates(s.task("a")) == "2026-09-14..2026-09-14")
    }

    @Test func fixedTasksThatOverBookARoleAreReported() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, duration: 2d, start: 2026-09-07}
              - {id: b, name: B, role: design, duration: 2d, start: 2026-09-08}
              - {id: c, name: C, role: design, duration: 1d}
            """))
        let warning = try #require(s.diagnostics.first)
        #expect(s.diagnostics.map(\.id) == [.fixedOverallocation])
        #expect(warning.severity == .warning)
        #expect(warning.message == "fixed tasks 'a', 'b' over-book role 'design' on 1 day: 2026-09-08 (2 of 1)")
        #expect(warning.notes.map { $0.location?.line } == [10, 11, 7])  // both tasks, then the role
        // Leveling still keeps every other task within capacity.
        #expect(s.task("c")?.start == CivilDate("2026-09-10"))
    }

    @Test func aPinnedMilestoneWithRoomBeforeTheEndIsNotCritical() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 5d}
              - {id: gate, name: 开闸, milestone: true, start: 2026-09-08}
              - {id: launch, name: 上线, duration: 1d, start: 2026-09-09}
              - {id: b, name: B, duration: 1d, after: launch}
            """), level: false)
        // gate has nothing after it and 4 working days to the end on Friday.
        #expect(s.task("gate")?.totalFloat == 4)
        #expect(s.task("gate")?.critical == false)
        // launch is fixed, and b after it ends Thursday: one day before the end.
        #expect(s.task("launch")?.totalFloat == 1)
        #expect(s.task("b")?.totalFloat == 1)
        #expect(s.criticalPath == ["a"])
    }

    @Test func aFixedTaskThatDrivesTheEndIsCriticalAndItsPredecessorsMeetItsDate() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: prep, name: 准备, duration: 1d}
              - {id: live, name: 直播, duration: 2d, start: 2026-09-10, after: prep}
              - {id: recap, name: 复盘, duration: 1d, after: live}
            """), level: false)
        #expect(s.task("live")?.totalFloat == 0)
        #expect(s.task("recap")?.totalFloat == 0)
        // prep may slip until Wednesday, the day before the date it must meet.
        #expect(s.task("prep")?.totalFloat == 2)
        #expect(s.criticalPaths == [["live", "recap"]])
    }

    @Test func aMilestoneWithNothingBeforeItInAPlanStartingOnAHolidayMovesToTheNextWorkingDay() throws {
        // Before: kickoff sat on the holiday Monday and the phase row started there too.
        let (_, s) = try schedule(plan("""
            phases:
              - id: ph
                name: 启动
                tasks:
                  - {id: kickoff, name: 启动会, milestone: true}
                  - {id: a, name: A, duration: 2d, after: kickoff}
                  - {id: gate, name: 周六闸口, milestone: true, notBefore: 2026-09-12}
            """, calendar: "calendar: {holidays: [2026-09-07]}"))
        #expect(s.diagnostics.isEmpty)
        #expect(dates(s.task("kickoff")) == "2026-09-08..2026-09-08")
        #expect(dates(s.task("a")) == "2026-09-08..2026-09-09")
        // notBefore on a Saturday: the start of Monday, as for a task.
        #expect(dates(s.task("gate")) == "2026-09-14..2026-09-14")
        #expect(s.phases.first?.start == CivilDate("2026-09-08"))
    }
}
