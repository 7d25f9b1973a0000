import PlanModel
import PlanScheduling
import Testing

@Suite("Role leveling")
struct LevelingTests {
    @Test func aRoleWorksOneTaskPerPersonAndTheDelayIsReported() throws {
        let body = """
            tasks:
              - {id: a, name: A, role: design, duration: 2d}
              - {id: b, name: B, role: design, duration: 2d}
            """
        let (_, leveled) = try schedule(plan(body))
        #expect(dates(leveled.task("a")) == "2026-09-07..2026-09-08")
        #expect(dates(leveled.task("b")) == "2026-09-09..2026-09-10")
        #expect(leveled.task("b")?.leveledDelay == 2)
        #expect(leveled.task("b")?.delayedBy == "design")
        let (_, raw) = try schedule(plan(body), level: false)
        #expect(dates(raw.task("b")) == "2026-09-07..2026-09-08")
        let warning = try #require(raw.diagnostics.first)
        #expect(warning.id == .overallocation)
        #expect(warning.message.contains("peak 2 of 1 on 2026-09-07"))
    }

    /// Issue #13 defect 6: a milestone after a leveled task moves with it, and says so.
    @Test func aMilestoneMovedByLevelingReportsItsDelay() throws {
        let (p, leveled) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, duration: 2d}
              - {id: b, name: B, role: design, duration: 2d}
              - {id: m, name: M, milestone: true, after: b}
            """))
        #expect(leveled.task("b")?.leveledDelay == 2)
        #expect(leveled.task("m")?.leveledDelay == 2)
        #expect(leveled.task("m")?.delayedBy == nil)
        let record = leveled.document(plan: p).records.first { $0.id == "m" }
        #expect(record?.leveledDelay == 2)
        #expect(leveled.csv(plan: p).contains("\r\nm,M,false,,true,,2026-09-10,2026-09-10,0,0,0,true,2,,,\r\n"))
    }

    @Test func priorityThenFloatThenPlanOrder() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: low, name: 低, role: design, duration: 1d}
              - {id: high, name: 高, role: design, duration: 1d, priority: 900}
              - {id: long, name: 长, duration: 5d}
              - {id: tight, name: 紧, role: design, duration: 1d}
              - {id: end, name: 收尾, duration: 1d, after: [long, tight]}
            """))
        // high first (priority); then tight (unleveled float 4 < low's 5); then low.
        #expect(s.task("high")?.start == CivilDate("2026-09-07"))
        #expect(s.task("tight")?.start == CivilDate("2026-09-08"))
        #expect(s.task("low")?.start == CivilDate("2026-09-09"))
        // The floats the order came from, unleveled: tight must end before end on Monday 09-14.
        let (_, raw) = try schedule(plan("""
            tasks:
              - {id: low, name: 低, role: design, duration: 1d}
              - {id: high, name: 高, role: design, duration: 1d, priority: 900}
              - {id: long, name: 长, duration: 5d}
              - {id: tight, name: 紧, role: design, duration: 1d}
              - {id: end, name: 收尾, duration: 1d, after: [long, tight]}
            """), level: false)
        #expect(raw.task("tight")?.totalFloat == 4)
        #expect(raw.task("low")?.totalFloat == 5)
        // Leveled floats count the role: high slipping a day pushes tight and low, all by 3.
        #expect(["high", "tight", "low"].map { s.task($0)?.totalFloat } == [3, 3, 3])
    }

    @Test func aTaskWaitingForTwoRolesReportsEachShareInTheTable() throws {
        let text = plan("""
            tasks:
              - {id: x, name: X, role: design, duration: 2d, priority: 900}
              - {id: y, name: Y, role: content, units: 2, duration: 3d, priority: 900, notBefore: 2026-09-09}
              - {id: z, name: Z, roles: [design, content], duration: 2d}
            """)
        let (loaded, s) = try schedule(text)
        #expect(s.table(plan: loaded, color: false).contains("+5d (设计 2d, 内容 3d)"))
        #expect(s.csv(plan: loaded).contains(",5,content,design:2 content:3,\r\n"))  // then the empty person column
    }

    @Test func aDelayPartlyFromPredecessorsShowsTheRoleShare() throws {
        let (loaded, s) = try schedule(plan("""
            tasks:
              - {id: x, name: X, role: design, duration: 2d, priority: 900}
              - {id: a, name: A, role: design, duration: 1d}
              - {id: y, name: Y, role: content, units: 2, duration: 1d, notBefore: 2026-09-10}
              - {id: b, name: B, role: content, units: 2, duration: 1d, after: a}
            """))
        // a waits 2 days for design; b follows a (2 days later) and then waits for y's content.
        #expect(s.task("b")?.leveledDelay == 3)
        #expect(s.task("b")?.delayedByRoles == [RoleDelay(role: "content", days: 1)])
        #expect(s.table(plan: loaded, color: false).contains("+3d (内容 1d)"))
    }

    @Test func unitsShareAHeadcount() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: content, units: 1, duration: 2d}
              - {id: b, name: B, role: content, units: 1, duration: 2d}
              - {id: c, name: C, role: content, units: 0.5, duration: 2d}
            """))
        #expect(s.task("a")?.start == CivilDate("2026-09-07"))
        #expect(s.task("b")?.start == CivilDate("2026-09-07"))
        #expect(s.task("c")?.start == CivilDate("2026-09-09"))
    }

    @Test func impossibleAssignmentsAreErrorsWithBothPlaces() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: content, units: 3, duration: 1d}
              - {id: b, name: B, role: nobody, duration: 1d}
            """, roles: "content: {name: 内容, headcount: 2}\n  nobody: {name: 空, headcount: 0}"))
        #expect(s.diagnostics.map(\.id) == [.assignmentOverCapacity, .roleWithoutCapacity])
        #expect(s.diagnostics.allSatisfy { $0.notes.first?.location != nil })
    }
}
