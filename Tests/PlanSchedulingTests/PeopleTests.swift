import PlanModel
import PlanScheduling
import Testing

/// Roles that list people: capacity from their units, leave by person, a task for a named
/// person or for whoever is free, and the person reported. The plan starts Monday 2026-09-07.
@Suite("People")
struct PeopleTests {
    static let design = """
        design:
            name: 设计
            people:
              - {id: wang, name: 小王, daysOff: ["2026-09-08"]}
              - {id: li, name: 小李}
              - {id: zhao, name: 小赵, units: 0.5}
        """

    @Test func oneDesignersLeaveTakesOnlyTheirShareOfTheRole() throws {
        let (plan, s) = try schedule(plan("""
            tasks:
              - {id: a, name: 海报A, role: design, duration: 1d, notBefore: 2026-09-08, priority: 900}
              - {id: b, name: 海报B, role: design, duration: 1d, notBefore: 2026-09-08, priority: 800}
              - {id: c, name: 海报C, role: design, duration: 1d, notBefore: 2026-09-08}
            """, roles: Self.design))
        #expect(s.diagnostics.isEmpty)
        #expect(plan.roles[0].capacity == 2.5)
        #expect(plan.roles[0].headcount == 3)
        // Tuesday 09-08: 小王 is on leave, 小李 takes a, 小赵 (half time) cannot take a whole
        // one-person task; b and c wait for Wednesday, where 小王 and 小李 take them.
        #expect(dates(s.task("a")) == "2026-09-08..2026-09-08")
        #expect(s.task("a")?.people == ["li"])
        #expect(dates(s.task("b")) == "2026-09-09..2026-09-09")
        #expect(s.task("b")?.people == ["wang"])
        #expect(dates(s.task("c")) == "2026-09-09..2026-09-09")
        #expect(s.task("c")?.people == ["li"])
        #expect(s.task("c")?.delayedBy == "design")
    }

    @Test func aTaskForANamedPersonWaitsForThemAndWorksTheirDays() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: kv, name: 主视觉, role: design/wang, duration: 3d}
              - {id: icon, name: 图标, role: design/wang, duration: 1d}
              - {id: other, name: 其他, role: design, duration: 1d}
            """, roles: Self.design))
        #expect(s.diagnostics.isEmpty)
        // 小王 is off Tuesday: Mon, Wed, Thu.
        #expect(dates(s.task("kv")) == "2026-09-07..2026-09-10")
        #expect(s.task("kv")?.people == ["wang"])
        // Only 小王 may do the icon: Friday, after kv, although 小李 is free.
        #expect(dates(s.task("icon")) == "2026-09-11..2026-09-11")
        #expect(s.task("other")?.people == ["li"])
        #expect(dates(s.task("other")) == "2026-09-07..2026-09-07")
    }

    @Test func twoUnitsAreSharedByTwoPeopleAndHalfADayByThePartTimer() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: big, name: 大促主视觉, role: design, units: 2, duration: 1d}
              - {id: half, name: 小改动, role: design, units: 0.5, duration: 1d}
            """, roles: Self.design))
        #expect(s.diagnostics.isEmpty)
        #expect(s.task("big")?.people == ["wang", "li"])
        #expect(s.task("half")?.people == ["zhao"])
        #expect(dates(s.task("half")) == "2026-09-07..2026-09-07")
    }

    @Test func unleveledTheNamedPersonIsReportedAndCapacityIsTheirSum() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design/li, duration: 1d}
              - {id: b, name: B, role: design, units: 2, duration: 1d}
            """, roles: Self.design), level: false)
        #expect(s.task("a")?.people == ["li"])
        #expect(s.task("b")?.people == [])
        #expect(s.diagnostics.map(\.message) == ["role 'design' is over-allocated on 1 day; peak 3 of 2.5 on 2026-09-07"])
    }

    @Test func aNamedPersonAskedForMoreThanTheyGiveIsAnError() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design/zhao, duration: 1d}
            """, roles: Self.design))
        #expect(s.diagnostics.map(\.id) == [.assignmentOverCapacity])
        #expect(s.diagnostics.first?.message == "task 'a' needs 1 of 'zhao' (小赵), who gives 0.5")
    }

    @Test func theJSONAndCSVNameThePerson() throws {
        let (plan, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design/li, duration: 1d}
            """, roles: Self.design))
        let document = s.document(plan: plan)
        #expect(document.records.last?.person == ["li"])
        let json = String(decoding: document.json.compactBytes(), as: UTF8.self)
        #expect(json.contains("\"delayedByRoles\":[],\"person\":[\"li\"]"))
    }
}

@Suite("People in the table")
struct PeopleTableTests {
    @Test func theTableNamesThePeopleAfterTheRole() throws {
        let (plan, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, units: 2, duration: 1d}
            """, roles: PeopleTests.design))
        #expect(s.table(plan: plan, color: false).contains("设计 小王,小李"))
    }
}

@Suite("A role asked for twice")
struct RoleTwiceTests {
    /// Found by the random team plans: each entry was checked against the role's remaining
    /// capacity on its own, so the role and one of its people could over-book it together.
    @Test func theRoleAndOneOfItsPeopleNeedTheSum() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: x, name: X, role: design, duration: 1d, priority: 900}
              - {id: y, name: Y, roles: {design: 1, design/wang: 0.5}, duration: 1d}
            """, roles: """
            design: {name: 设计, people: [{id: wang, name: 小王}, {id: li, name: 小李}]}
            """))
        #expect(s.diagnostics.isEmpty)
        // Monday: x takes 小王, 1 of 2 is left and y needs 1.5: Tuesday.
        #expect(dates(s.task("x")) == "2026-09-07..2026-09-07")
        #expect(dates(s.task("y")) == "2026-09-08..2026-09-08")
        // 小王 gives his half as named, then his other half and half of 小李 for the role.
        #expect(s.task("y")?.people == ["wang", "li"])
        #expect(s.busiestRoleDays.allSatisfy { $0.load <= $0.capacity })
    }
}

@Suite("People and fixed dates")
struct PeopleFixedDateTests {
    @Test func aTaskFixedOnANamedPersonsLeaveMovesAndSaysWhy() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: kv, name: 主视觉, role: design/wang, duration: 1d, start: 2026-09-08}
            """, roles: PeopleTests.design))
        // 小王 is off Tuesday 09-08: the task starts Wednesday.
        #expect(dates(s.task("kv")) == "2026-09-09..2026-09-09")
        #expect(s.diagnostics.map(\.id) == [.fixedDateNotWorking])
        #expect(s.diagnostics.first?.hint == "'wang' (小王) is on leave that day; move the date, or assign the role so anyone free can do it")
    }
}
