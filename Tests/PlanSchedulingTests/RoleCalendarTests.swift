import PlanModel
import PlanScheduling
import Testing

/// A Spring Festival plan on a 2027 calendar: 春节 2027-02-05 (除夕, a Friday) to 02-13 off,
/// with the make-up Sunday 2027-02-21 worked. The plan starts Monday 2027-02-01.
func cny(_ body: String, roles: String) -> String {
    """
    cycleplan: 1
    id: cny
    title: 春节活动
    start: 2027-02-01
    calendar:
      holidays: [{date: "2027-02-05..2027-02-13", name: 春节}]
      workdays: ["2027-02-21"]
    roles:
    \(roles)
    \(body)
    """
}

@Suite("Role calendars")
struct RoleCalendarTests {
    static let roles = """
          cs: {name: 客服, headcount: 1, workdays: ["2027-02-05..2027-02-13"]}
          design: {name: 设计, headcount: 1}
          community: {name: 社群, headcount: 2, weekends: []}
        """

    @Test func aTaskFixedOnNewYearsEveForARoleOnDutyStaysThere() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: rain, name: 除夕红包雨, role: cs, duration: 1d, start: 2027-02-05}
              - {id: banner, name: 红包雨海报, role: design, duration: 1d, start: 2027-02-05}
            """, roles: Self.roles))
        // cs works 除夕; design does not: its task moves to Monday 02-15 with the warning.
        #expect(dates(s.task("rain")) == "2027-02-05..2027-02-05")
        #expect(dates(s.task("banner")) == "2027-02-15..2027-02-15")
        #expect(s.diagnostics.map(\.id) == [.fixedDateNotWorking])
        let hint = try #require(s.diagnostics.first?.hint)
        // The role's own workdays, not the whole team's holiday.
        #expect(hint.hasPrefix("if 'design' works that day, add \"2027-02-05\" to the role's 'workdays'"))
    }

    @Test func aTaskOfSeveralRolesWorksOnlyOnDaysAllOfThemWork() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: cs-only, name: 客服值守, role: cs, duration: 3d, notBefore: 2027-02-04}
              - {id: both, name: 联合巡检, roles: [cs, design], duration: 2d, notBefore: 2027-02-04}
            """, roles: Self.roles), level: false)
        #expect(s.diagnostics.map(\.id) == [.overallocation])  // cs on 02-04, unleveled
        // cs alone: Thu 02-04, 除夕 02-05, Sat 02-06.
        #expect(dates(s.task("cs-only")) == "2027-02-04..2027-02-06")
        // With design: Thu 02-04, then nothing both work until Mon 02-15.
        #expect(dates(s.task("both")) == "2027-02-04..2027-02-15")
        #expect(s.task("both")?.workingDays == 2)
    }

    @Test func aRoleWithItsOwnWeekendsWorksThem() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: posts, name: 社群每日推送, role: community, duration: 3d, notBefore: 2027-02-19}
              - {id: cny-posts, name: 春节社群推送, role: community, duration: 2d, notBefore: 2027-02-11}
            """, roles: Self.roles))
        #expect(s.diagnostics.isEmpty)
        // weekends: [] — Fri 02-19, Sat 02-20, Sun 02-21.
        #expect(dates(s.task("posts")) == "2027-02-19..2027-02-21")
        // The plan's holidays still apply to it: 02-11 … 02-13 off, then Sun 02-14.
        #expect(dates(s.task("cny-posts")) == "2027-02-14..2027-02-15")
    }

    @Test func aContinuousPhaseWorksEveryDayButItsRolesLeave() throws {
        let (_, s) = try schedule(cny("""
            phases:
              - id: campaign
                name: 春节七天乐
                calendar: continuous
                tasks:
                  - {id: daily, name: 每日抽奖, duration: 7d, notBefore: 2027-02-05}
                  - {id: art, name: 每日海报, role: design, duration: 7d, notBefore: 2027-02-05}
                  - {id: recap, name: 活动复盘, duration: 1d, after: daily, calendar: working}
            """, roles: """
                  design: {name: 设计, headcount: 1, daysOff: ["2027-02-08"]}
                """))
        #expect(s.diagnostics.isEmpty)
        #expect(dates(s.task("daily")) == "2027-02-05..2027-02-11")
        // design's day off on 02-08 still holds.
        #expect(dates(s.task("art")) == "2027-02-05..2027-02-12")
        // Its own `calendar: working` wins over the phase's: the next working day, Mon 02-15.
        #expect(dates(s.task("recap")) == "2027-02-15..2027-02-15")
        #expect(s.phases.first.map { "\($0.start)..\($0.finish)" } == "2027-02-05..2027-02-15")
    }

    @Test func levelingUsesTheRolesOwnWorkingDays() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: a, name: 值班甲, role: cs, duration: 1d, notBefore: 2027-02-05, priority: 900}
              - {id: b, name: 值班乙, role: cs, duration: 1d, notBefore: 2027-02-05}
            """, roles: Self.roles))
        #expect(s.diagnostics.isEmpty)
        #expect(dates(s.task("a")) == "2027-02-05..2027-02-05")
        // One person: b waits a day, to Saturday 02-06, which cs works.
        #expect(dates(s.task("b")) == "2027-02-06..2027-02-06")
        #expect(s.task("b")?.delayedBy == "cs")
    }

    @Test func aPinnedMilestoneOnAContinuousCalendarIsNotWarned() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: eve, name: 除夕夜开抢, milestone: true, start: 2027-02-05, calendar: continuous}
              - {id: after, name: 开抢后统计, role: cs, duration: 1d, after: eve}
            """, roles: Self.roles))
        #expect(s.diagnostics.isEmpty)
        #expect(dates(s.task("eve")) == "2027-02-05..2027-02-05")
        #expect(dates(s.task("after")) == "2027-02-05..2027-02-05")
    }
}

@Suite("Duty rotas")
struct RotaTests {
    static let roles = """
          cs: {name: 客服, headcount: 4, rota: [{dates: "2027-02-05..2027-02-13", onDuty: 2, name: 春节轮值}]}
        """

    @Test func aRotaDayIsWorkedWithOnlyThePeopleOnDuty() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: a, name: 咨询甲, role: cs, duration: 1d, notBefore: 2027-02-05, priority: 900}
              - {id: b, name: 咨询乙, role: cs, duration: 1d, notBefore: 2027-02-05, priority: 800}
              - {id: c, name: 咨询丙, role: cs, duration: 1d, notBefore: 2027-02-05}
              - {id: big, name: 大促接待, role: cs, units: 3, duration: 1d, notBefore: 2027-02-05}
            """, roles: Self.roles))
        #expect(s.diagnostics.isEmpty)
        // Two on duty on 除夕: a and b; c on Saturday 02-06, a rota day (a holiday for the rest).
        #expect(dates(s.task("a")) == "2027-02-05..2027-02-05")
        #expect(dates(s.task("b")) == "2027-02-05..2027-02-05")
        #expect(dates(s.task("c")) == "2027-02-06..2027-02-06")
        // Three people are never on duty during the rota: Monday 02-15, after it (02-14 is a Sunday).
        #expect(dates(s.task("big")) == "2027-02-15..2027-02-15")
        #expect(s.task("big")?.delayedBy == "cs")
        #expect(s.busiestRoleDays.first.map { "\($0.date) \($0.load)/\($0.capacity)" } == "2027-02-05 2.0/2.0")
    }

    @Test func withoutLevelingTheRotaIsWhatIsOverBooked() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: a, name: 咨询甲, role: cs, duration: 1d, notBefore: 2027-02-05}
              - {id: b, name: 咨询乙, role: cs, duration: 1d, notBefore: 2027-02-05}
              - {id: c, name: 咨询丙, role: cs, duration: 1d, notBefore: 2027-02-05}
            """, roles: Self.roles), level: false)
        // 3 of a headcount of 4, but only 2 are on duty that day.
        #expect(s.diagnostics.map(\.message) == ["role 'cs' is over-allocated on 1 day; peak 3 of 2 on 2027-02-05"])
    }

    @Test func aRotaIsAlsoTheCapacityOfAContinuousTask() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: live, name: 春节直播间值守, role: cs, units: 2, duration: 3d, notBefore: 2027-02-12, calendar: continuous}
              - {id: more, name: 加开直播间, role: cs, units: 2, duration: 1d, notBefore: 2027-02-12, calendar: continuous}
            """, roles: Self.roles))
        #expect(s.diagnostics.isEmpty)
        // live: Fri 02-12, Sat 02-13 (rota, 2 on duty), Sun 02-14 (all 4; the task works every day).
        #expect(dates(s.task("live")) == "2027-02-12..2027-02-14")
        // more needs 2 more: not on the rota days, first on Sunday 02-14 when 4 are there.
        #expect(dates(s.task("more")) == "2027-02-14..2027-02-14")
    }
}

@Suite("Spring Festival plan")
struct SpringFestivalPlanTests {
    /// 客服 on a rota through 春节, 社群 every day (and through the holiday), a designer on
    /// leave after it, a make-up Sunday (02-21): every date worked out by hand below.
    @Test func everyRuleTogether() throws {
        let (_, s) = try schedule(cny("""
            tasks:
              - {id: prep, name: 红包雨海报, role: design, duration: 2d}
              - {id: eve, name: 除夕红包雨, role: community, duration: 1d, start: 2027-02-05}
              - {id: daily, name: 春节社群每日互动, role: community, units: 2, duration: 7d, after: eve}
              - {id: duty, name: 客服值守, role: cs, units: 2, duration: 9d, notBefore: 2027-02-05, priority: 900}
              - {id: extra, name: 客服加开, role: cs, duration: 1d, notBefore: 2027-02-05}
              - {id: recap, name: 复盘海报, role: design, units: 2, duration: 1d, after: daily}
              - {id: makeup, name: 调休日巡检, duration: 1d, notBefore: 2027-02-20}
            """, roles: """
                  cs: {name: 客服, headcount: 4, rota: [{dates: "2027-02-05..2027-02-13", onDuty: 2}]}
                  community: {name: 社群, headcount: 3, weekends: [], workdays: ["2027-02-05..2027-02-13"]}
                  design:
                    name: 设计
                    people:
                      - {id: wang, name: 小王, daysOff: ["2027-02-15..2027-02-16"]}
                      - {id: li, name: 小李}
                """))
        #expect(s.diagnostics.isEmpty, "\(s.diagnostics)")
        #expect(dates(s.task("prep")) == "2027-02-01..2027-02-02")
        #expect(s.task("prep")?.people == ["wang"])
        // 社群 works 除夕 and every day of 春节: no move, no warning.
        #expect(dates(s.task("eve")) == "2027-02-05..2027-02-05")
        #expect(dates(s.task("daily")) == "2027-02-06..2027-02-12")
        // 客服: 9 rota days with its 2 on duty; a third person only after the rota, on
        // Monday 02-15 (02-14 is a Sunday, not a 客服 day).
        #expect(dates(s.task("duty")) == "2027-02-05..2027-02-13")
        #expect(dates(s.task("extra")) == "2027-02-15..2027-02-15")
        // Both designers are needed: 小王's leave keeps the task to Wednesday 02-17.
        #expect(dates(s.task("recap")) == "2027-02-17..2027-02-17")
        #expect(s.task("recap")?.people == ["wang", "li"])
        // The make-up Sunday is worked by everyone.
        #expect(dates(s.task("makeup")) == "2027-02-21..2027-02-21")
    }
}
