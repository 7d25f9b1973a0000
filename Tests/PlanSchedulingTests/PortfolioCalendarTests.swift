import PlanModel
import PlanScheduling
import Testing

/// Plans with different working calendars scheduled together (#12: "each plan keeps its own
/// calendar"), dates computed by hand. 2027-02-01 is a Monday.
///
/// - 春节 plan (甲): weekends off, 春节 holiday Sat 02-06 … Fri 02-12, make-up working day (调休)
///   Sat 02-20.
/// - 7-day plan (乙): `weekends: []`, no holidays — community work that runs every day.
///
/// Both book `community` (社群, 2 people); `content` (内容, 1) only the 春节 plan.
@Suite("Plans with different calendars scheduled together")
struct PortfolioCalendarTests {
    static let roles = """
        roles:
          community: {name: 社群, headcount: 2}
          content: {name: 内容, headcount: 1}
        """

    static func festival(extra: String = "") throws -> Plan {
        try PortfolioTests.load("""
            cycleplan: 1
            id: cny
            title: 春节计划
            start: 2027-02-01
            calendar:
              weekends: [sat, sun]
              holidays: [{date: "2027-02-06..2027-02-12", name: 春节}]
              workdays: [2027-02-20]
            \(roles)
            tasks:
              - {id: a1, name: 年货社群团购, role: community, units: 2, duration: 5d, priority: 900}
              - {id: a2, name: 节后回访, role: community, duration: 3d, after: a1}
              - {id: a3, name: 复盘, role: content, duration: 1d, after: "a2 +2d", deadline: 2027-02-18}
            \(extra)
            """, path: "cny.yaml")
    }

    static func everyDay(start: String = "2027-02-01") throws -> Plan {
        try PortfolioTests.load("""
            cycleplan: 1
            id: daily
            title: 七天社群
            start: \(start)
            calendar: {weekends: []}
            \(roles)
            portfolio: [cny.yaml]
            tasks:
              - {id: open, name: 开群, milestone: true}
              - {id: b1, name: 春节红包群, role: community, duration: 4d, priority: 500}
              - {id: b2, name: 初七晒单, role: community, units: 2, duration: 3d, after: "b1 +1d"}
            """, path: "daily.yaml")
    }

    @Test func eachPlanWorksItsOwnCalendarWhileTheSharedRoleIsLeveledJointly() throws {
        let (composed, diagnostics) = Portfolio.compose([try Self.festival(), try Self.everyDay()])
        #expect(diagnostics.isEmpty, "different calendars are no longer refused")
        let portfolio = try #require(composed)
        let schedule = Scheduler().schedule(portfolio.plan)
        #expect(!schedule.diagnostics.hasErrors, "\(schedule.diagnostics)")
        // a1 (priority 900) takes both of 社群 Mon 02-01 … Fri 02-05.
        #expect(dates(schedule.task("cny/a1")) == "2027-02-01..2027-02-05")
        // b1 needs one of them: none is free until Saturday 02-06, a working day of the 7-day
        // plan (the 春节 plan is on holiday, so 社群 is free): 02-06 … 02-09.
        #expect(dates(schedule.task("daily/b1")) == "2027-02-06..2027-02-09")
        #expect(schedule.task("daily/b1")?.delayedBy == "community")
        // +1d on the 7-day calendar skips Wednesday 02-10 only: b2 02-11 … 02-13 (Thu–Sat).
        #expect(dates(schedule.task("daily/b2")) == "2027-02-11..2027-02-13")
        // a2 after a1 on the 春节 calendar: the holiday and the weekend pass, Mon 02-15 … Wed 02-17.
        #expect(dates(schedule.task("cny/a2")) == "2027-02-15..2027-02-17")
        // +2d counts 春节 working days Thu 02-18 and Fri 02-19; the 调休 Saturday 02-20 works.
        #expect(dates(schedule.task("cny/a3")) == "2027-02-20..2027-02-20")
        // Lateness counts the plan's own working days: due 02-18, done 02-20 = 02-19 and 02-20.
        let late = schedule.diagnostics.first { $0.id == .missedDeadline }
        #expect(late?.message.contains("2 working days after its deadline") == true, "\(String(describing: late))")
        // A milestone without predecessors sits on its plan's start: 02-01 either way here.
        #expect(dates(schedule.task("daily/open")) == "2027-02-01..2027-02-01")
        // The 7-day plan's group (its milestone on 02-01 to b2's end 02-13) counts its own
        // days, every one: 13 (on the 春节 calendar it would be 5).
        #expect(schedule.phases.first { $0.id == "daily" }?.workingDays == 13)
        // The 春节 plan's group: 02-01 … 02-20 holds 02-01..05, 02-15..19 and the 调休 02-20: 11.
        #expect(schedule.phases.first { $0.id == "cny" }?.workingDays == 11)
        // Floats follow each plan's calendar: b1 and b2 drive their plan's end (none), a2 and
        // a3 drive the 春节 plan's (none); the 7-day plan's end 02-13 is not the portfolio's,
        // so b2 may slip to 02-20 — 7 days on its calendar.
        #expect(schedule.task("daily/b2")?.totalFloat == 7)
    }

    @Test func aMilestoneWithoutPredecessorsUsesItsOwnPlansCalendar() throws {
        // The 7-day plan starts on Saturday 02-06, in the 春节 plan's holiday: its opening
        // milestone stays on that Saturday, a day it works.
        let (composed, _) = Portfolio.compose([try Self.festival(), try Self.everyDay(start: "2027-02-06")])
        let schedule = Scheduler().schedule(try #require(composed).plan)
        #expect(dates(schedule.task("daily/open")) == "2027-02-06..2027-02-06")
        #expect(dates(schedule.task("daily/b1")) == "2027-02-06..2027-02-09")
    }

    @Test func theWorkloadCountsADayWorkedByEitherPlanAsAvailable() throws {
        let (composed, _) = Portfolio.compose([try Self.festival(), try Self.everyDay()])
        let load = Scheduler().scheduleWithWorkload(try #require(composed).plan).workload
        #expect(load.start == CivilDate("2027-02-01") && load.days == 20, "02-01 … 02-20")
        let community = try #require(load.rows.first { $0.id == "community" })
        // Both plans book 社群: it is available every day the 7-day plan works, i.e. every day.
        #expect(community.available == [Double](repeating: 2, count: 20))
        //                  Feb 1  2  3  4  5 | 6  7  8  9 10 11 12 13 14 | 15 16 17 18 19 20
        #expect(community.booked == [2, 2, 2, 2, 2, 1, 1, 1, 1, 0, 2, 2, 2, 0, 1, 1, 1, 0, 0, 0])
        // 内容 is booked by the 春节 plan only: its days are that plan's (holiday and weekend
        // off, the 调休 Saturday on).
        let content = try #require(load.rows.first { $0.id == "content" })
        #expect(content.available == [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1])
        #expect(content.booked.last == 1)
    }

    @Test func siblingsOnDifferentCalendarsWarnWhereTheyOverbookTogether() throws {
        let festival = try Self.festival(), daily = try Self.everyDay()
        let aloneA = Scheduler().scheduleWithWorkload(festival), aloneB = Scheduler().scheduleWithWorkload(daily)
        // Alone, b1 runs 02-01 … 02-04 (1 person) while a1 holds both people 02-01 … 02-05.
        #expect(dates(aloneB.schedule.task("b1")) == "2027-02-01..2027-02-04")
        let entry = try #require(daily.portfolio.first)
        let warnings = Portfolio.siblingOverbooking(plan: daily, load: aloneB.workload, entry: entry,
                                                    sibling: festival, siblingLoad: aloneA.workload)
        #expect(warnings.map(\.id) == [.portfolioOverbooked])
        #expect(warnings.first?.message.contains("4 days: 2027-02-01..02-04 (peak 3 of 2 on 2027-02-01)") == true,
                "\(warnings.map(\.message))")
        // b2 (02-06 … 02-08 alone) books both people during the 春节 holiday, when the 春节 plan
        // books nobody: no day of it counts.
        #expect(dates(aloneB.schedule.task("b2")) == "2027-02-06..2027-02-08")
    }
}
