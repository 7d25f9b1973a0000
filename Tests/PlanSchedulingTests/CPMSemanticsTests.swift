import PlanModel
import PlanScheduling
import Testing

/// Hand-computed schedules for each rule in docs/scheduling.md. The plan starts Monday
/// 2026-09-07; weekends are Saturday and Sunday.
@Suite("CPM semantics")
struct CPMSemanticsTests {
    @Test func finishToStartSkipsWeekends() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 4d}
              - {id: b, name: B, duration: 3d, after: a}
            """))
        #expect(dates(s.task("a")) == "2026-09-07..2026-09-10")
        #expect(dates(s.task("b")) == "2026-09-11..2026-09-15")  // Fri, then Mon–Tue
        #expect(s.finish == CivilDate("2026-09-15"))
        #expect(s.criticalPath == ["a", "b"])
        #expect(s.criticalPaths == [["a", "b"]])
    }

    @Test func lagsAndLeadsCountWorkingDays() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 5d}
              - {id: lag, name: Lag, duration: 1d, after: "a +1d"}
              - {id: lead, name: Lead, duration: 1d, after: "a -2d"}
            """))
        // a ends Friday 09-11. +1d skips Monday: Tuesday. -2d: Thursday.
        #expect(dates(s.task("lag")) == "2026-09-15..2026-09-15")
        #expect(dates(s.task("lead")) == "2026-09-10..2026-09-10")
    }

    @Test func startToStartFinishToFinishStartToFinish() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 5d}
              - {id: ss, name: SS, duration: 2d, after: "a SS +2d"}
              - {id: ff, name: FF, duration: 2d, after: "a FF"}
              - {id: sf, name: SF, duration: 3d, after: {id: ss, type: SF, lag: 1d}}
            """))
        #expect(dates(s.task("ss")) == "2026-09-09..2026-09-10")  // Mon + 2 working days
        #expect(dates(s.task("ff")) == "2026-09-10..2026-09-11")  // finishes with a on Friday
        // ss starts Wed 09-09; +1d ends Wednesday, so sf must finish on or after Wednesday.
        #expect(dates(s.task("sf")) == "2026-09-07..2026-09-09")
    }

    @Test func holidaysAndMakeUpDays() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 3d, notBefore: 2026-09-24}
            """, calendar: "calendar: {holidays: [\"2026-09-25..2026-09-27\"], workdays: [2026-09-27]}"))
        // Thu 24 works, Fri 25 is a holiday, Sat 26 a weekend, Sun 27 a make-up working day.
        #expect(dates(s.task("a")) == "2026-09-24..2026-09-28")
        #expect(s.task("a")?.workingDays == 3)
    }

    @Test func milestonesAtStartAndEndOfDay() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: kickoff, name: 启动, milestone: true}
              - {id: a, name: A, duration: 2d, after: kickoff}
              - {id: done, name: 完成, milestone: true, after: a}
              - {id: b, name: B, duration: 1d, after: done}
              - {id: pinned, name: 开售, milestone: true, start: 2026-09-16}
              - {id: c, name: C, duration: 1d, after: pinned}
            """))
        #expect(dates(s.task("kickoff")) == "2026-09-07..2026-09-07")
        #expect(dates(s.task("a")) == "2026-09-07..2026-09-08")       // same day as a start-of-day point
        #expect(dates(s.task("done")) == "2026-09-08..2026-09-08")    // the end of the day a finishes
        #expect(dates(s.task("b")) == "2026-09-09..2026-09-09")       // the next working day
        #expect(dates(s.task("c")) == "2026-09-16..2026-09-16")       // the pinned day itself
    }

    @Test func aMilestoneHeldByNotBeforeShowsThatDay() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 2d}
              - {id: m, name: M, milestone: true, after: a, notBefore: 2026-09-09}
              - {id: b, name: B, duration: 1d, after: m}
            """))
        // a ends Tuesday evening, the same instant as Wednesday morning: shown on Wednesday.
        #expect(dates(s.task("m")) == "2026-09-09..2026-09-09")
        #expect(dates(s.task("b")) == "2026-09-09..2026-09-09")
    }

    @Test func fractionalLagsRoundAwayFromZero() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 2d}
              - {id: up, name: Up, duration: 1d, after: "a +0.5d"}
              - {id: down, name: Down, duration: 1d, after: "a -0.5d"}
            """))
        #expect(dates(s.task("up")) == "2026-09-10..2026-09-10")    // +1 day
        #expect(dates(s.task("down")) == "2026-09-08..2026-09-08")  // -1 day
    }

    @Test func aDependencyOnAnEmptyPhaseWaitsForItsOwnAfter() throws {
        let (_, s) = try schedule(plan("""
            phases:
              - id: early
                name: 先
                tasks:
                  - {id: a, name: A, duration: 3d}
              - id: gate
                name: 空
                after: "a +1d"
              - id: late
                name: 后
                tasks:
                  - {id: b, name: B, duration: 1d, after: gate}
            """))
        #expect(dates(s.task("b")) == "2026-09-11..2026-09-11")  // a ends Wednesday, +1d: Friday
        #expect(s.phases.first { $0.id == "gate" }?.start == CivilDate("2026-09-11"))
        let warning = try #require(s.diagnostics.first)
        #expect(s.diagnostics.map(\.id) == [.emptyPhase])
        #expect(warning.message.hasPrefix("phase 'gate' has no tasks"))
        #expect(warning.location?.line == 14)
        #expect(s.criticalPaths == [["a", "b"]])
    }

    @Test func effortIsSharedByUnitsAndRoundedUp() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: content, units: 2, effort: 5d}
              - {id: b, name: B, roles: {design: 1, content: 1}, effort: 3d}
              - {id: c, name: C, duration: 0.5d}
            """), level: false)
        #expect(s.task("a")?.workingDays == 3)  // 5 / 2 = 2.5 → 3
        #expect(s.task("b")?.workingDays == 2)  // 3 / 2 = 1.5 → 2
        #expect(s.task("c")?.workingDays == 1)
    }

    @Test func phaseDependenciesMeanAllTheirTasks() throws {
        let (_, s) = try schedule(plan("""
            phases:
              - id: p1
                name: 一
                tasks:
                  - {id: a, name: A, duration: 2d}
                  - {id: b, name: B, duration: 4d}
              - id: p2
                name: 二
                after: p1
                tasks:
                  - {id: c, name: C, duration: 1d}
                  - {id: d, name: D, duration: 1d, after: "p1 SS"}
            """))
        #expect(dates(s.task("c")) == "2026-09-11..2026-09-11")  // after b, the later of p1's tasks
        #expect(dates(s.task("d")) == "2026-09-11..2026-09-11")  // the phase's own after binds too
        #expect(s.phases.first { $0.id == "p1" }.map { "\($0.start)..\($0.finish)" } == "2026-09-07..2026-09-10")
    }

    @Test func floatAndCriticalPath() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 5d}
              - {id: b, name: B, duration: 2d}
              - {id: c, name: C, duration: 1d, after: [a, b]}
            """), level: false)
        #expect(s.task("a")?.totalFloat == 0)
        #expect(s.task("b")?.totalFloat == 3)
        #expect(s.task("b")?.freeFloat == 3)
        #expect(s.criticalPath == ["a", "c"])
    }

    @Test func fixedDatesAndNotBefore() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 2d, start: 2026-09-14}
              - {id: b, name: B, duration: 2d, notBefore: 2026-09-09}
            """))
        #expect(dates(s.task("a")) == "2026-09-14..2026-09-15")
        #expect(s.task("a")?.totalFloat == 0)
        #expect(dates(s.task("b")) == "2026-09-09..2026-09-10")
    }

    @Test func aFixedDateBeforeItsPredecessorsIsAnError() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 5d}
              - {id: b, name: B, duration: 1d, start: 2026-09-09, after: a}
            """))
        let diagnostic = try #require(s.diagnostics.first)
        #expect(diagnostic.id == .infeasibleFixedDate)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.line == 11)
        #expect(diagnostic.notes.first?.location?.line == 11)
        #expect(diagnostic.message.contains("2026-09-14"))
    }

    @Test func missedDeadlinesNameTheDrivingChain() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 3d}
              - {id: b, name: B, duration: 3d, after: a}
              - {id: c, name: C, duration: 1d, after: b, deadline: 2026-09-11}
            """))
        // c finishes Tuesday 09-15: Monday and Tuesday past a Friday deadline.
        let diagnostic = try #require(s.diagnostics.first)
        #expect(diagnostic.id == .missedDeadline)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message.contains("2 working days after its deadline"))
        #expect(diagnostic.message.contains("a → b → c"))
        #expect(diagnostic.notes.count == 2)
    }

    @Test func roleDaysOffStretchTheirTasks() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, duration: 3d}
            """, roles: "design: {name: 设计, headcount: 1, daysOff: [2026-09-08]}"))
        #expect(dates(s.task("a")) == "2026-09-07..2026-09-10")
    }
}

@Suite("Scheduling limits")
struct SchedulingLimitTests {
    @Test func aScheduleBeyondTheHorizonIsReportedNotComputed() throws {
        var body = "tasks:\n"
        for index in 0..<12 {
            body += "  - {id: t\(index), name: 长任务, duration: 9999d\(index > 0 ? ", after: t\(index - 1)" : "")}\n"
        }
        let (_, s) = try schedule(plan(body))
        #expect(s.diagnostics.map(\.id) == [.scheduleHorizon])
    }
}

@Suite("Fixed-date findings")
struct FixedDateFindingTests {
    @Test func aFixedStartOnAWeekendMovesToMondayWithAWarning() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 1d, start: 2026-09-12}
            """))
        #expect(s.diagnostics.map(\.id) == [.fixedDateNotWorking])
        #expect(s.diagnostics.first?.severity == .warning)
        #expect(dates(s.task("a")) == "2026-09-14..2026-09-14")
    }

    @Test func aPinnedMilestoneOnASaturdayStaysThereWithTheSameWarningAsATask() throws {
        // Before: the milestone stayed on Saturday silently while the task got the warning.
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: m, name: 周六开售, milestone: true, start: 2026-09-12}
              - {id: a, name: A, duration: 1d, start: 2026-09-12}
              - {id: b, name: B, duration: 1d, after: m}
            """))
        #expect(s.diagnostics.map(\.id) == [.fixedDateNotWorking, .fixedDateNotWorking])
        #expect(s.diagnostics.map(\.message) == [
            "milestone 'm' is fixed on 2026-09-12, which is not a working day for it; it stays on that day",
            "task 'a' is fixed on 2026-09-12, which is not a working day for it; it starts on 2026-09-14",
        ])
        #expect(s.diagnostics.map { $0.location?.line } == [10, 11])
        #expect(dates(s.task("m")) == "2026-09-12..2026-09-12")  // an event keeps its date
        #expect(dates(s.task("a")) == "2026-09-14..2026-09-14")
        #expect(dates(s.task("b")) == "2026-09-14..2026-09-14")  // the next working day
    }

    @Test func aFixedStartBeforeThePlanIsAnError() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 1d, start: 2026-09-01}
            """))
        #expect(s.diagnostics.map(\.id).contains(.beforePlanStart))
        #expect(s.diagnostics.hasErrors)
    }
}
