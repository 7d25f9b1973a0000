import PlanModel
import PlanScheduling
import Testing

/// Part days: a task's last day books only the part of its units it works, so two half-day
/// tasks of one person share a day. Dates and links stay whole days. The plan starts Monday
/// 2026-09-07; design has one person.
@Suite("Fractional days")
struct FractionalDayTests {
    @Test func twoHalfDayTasksOfOnePersonShareADay() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: 改图A, role: design, duration: 0.5d}
              - {id: b, name: 改图B, role: design, duration: 4h}
              - {id: c, name: 改图C, role: design, duration: 0.5d}
            """))
        #expect(s.diagnostics.isEmpty)
        #expect(dates(s.task("a")) == "2026-09-07..2026-09-07")
        #expect(dates(s.task("b")) == "2026-09-07..2026-09-07")
        // The day is full: the third waits for Tuesday.
        #expect(dates(s.task("c")) == "2026-09-08..2026-09-08")
        #expect(s.busiestRoleDays.first.map { "\($0.date) \($0.load)" } == "2026-09-07 1.0")
    }

    @Test func theRestOfTheLastDayIsFreeForTheNextTask() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: long, name: 长图, role: design, duration: 1.5d, priority: 900}
              - {id: small, name: 小图, role: design, effort: 0.5d}
              - {id: full, name: 整天, role: design, duration: 1d}
            """))
        #expect(s.diagnostics.isEmpty)
        // long: all of Monday, half of Tuesday; small takes the other half of Tuesday.
        #expect(dates(s.task("long")) == "2026-09-07..2026-09-08")
        #expect(dates(s.task("small")) == "2026-09-08..2026-09-08")
        #expect(dates(s.task("full")) == "2026-09-09..2026-09-09")
    }

    @Test func linksStayWholeDaysAndTheUnleveledLoadCountsTheParts() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, duration: 0.5d}
              - {id: b, name: B, role: design, duration: 0.5d, after: a}
              - {id: c, name: C, role: design, duration: 0.5d}
            """), level: false)
        // b follows a the next day: a link waits for the whole day.
        #expect(dates(s.task("b")) == "2026-09-08..2026-09-08")
        // a and c together are one person-day on Monday: no over-allocation.
        #expect(s.diagnostics.isEmpty)
    }

    @Test func aHalfTimePersonTakesAHalfDayTask() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, duration: 1d}
              - {id: b, name: B, role: design, duration: 0.5d}
            """, roles: """
            design: {name: 设计, people: [{id: wang, name: 小王}, {id: zhao, name: 小赵, units: 0.5}]}
            """))
        #expect(s.diagnostics.isEmpty)
        #expect(s.task("a")?.people == ["wang"])
        // Half a day at one unit is what 小赵 gives in a day.
        #expect(s.task("b")?.people == ["zhao"])
        #expect(dates(s.task("b")) == "2026-09-07..2026-09-07")
    }
}
