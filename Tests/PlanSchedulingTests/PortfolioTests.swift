import PlanModel
import PlanScheduling
import Testing

/// Two small plans sharing the role `community` (2 people), dates computed by hand:
/// plan A: `a1` needs both people for 3 days (priority 800); plan B: `b1` needs one person
/// for 2 days, then `b2` (content) 1 day. Both start Monday 2026-09-07, weekends off.
@Suite("Plans scheduled together")
struct PortfolioTests {
    static let roles = """
        roles:
          community: {name: 社群, headcount: 2}
          content: {name: 内容, headcount: 1}
        """

    static func load(_ yaml: String, path: String) throws -> Plan {
        let result = PlanLoader().load(bytes: Array(yaml.utf8), path: path)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.plan)
    }

    static func planA(roles: String = PortfolioTests.roles) throws -> Plan {
        try load("""
            cycleplan: 1
            id: a
            title: 计划甲
            start: 2026-09-07
            \(roles)
            tasks:
              - {id: a1, name: 大促社群, role: community, units: 2, duration: 3d, priority: 800}
            """, path: "a.yaml")
    }

    static func planB(roles: String = PortfolioTests.roles, calendar: String = "", start: String = "2026-09-07") throws -> Plan {
        try load("""
            cycleplan: 1
            id: b
            title: 计划乙
            start: \(start)
            \(calendar)
            \(roles)
            portfolio: [a.yaml]
            tasks:
              - {id: b1, name: 用户打标, role: community, duration: 2d}
              - {id: b2, name: 内容排期, role: content, duration: 1d, after: b1}
              - {id: kick, name: 开工, milestone: true}
            """, path: "b.yaml")
    }

    @Test func sharedRoleIsLeveledJointlyByPriority() throws {
        let (composed, diagnostics) = Portfolio.compose([try Self.planA(), try Self.planB()])
        #expect(diagnostics.isEmpty)
        let portfolio = try #require(composed)
        #expect(portfolio.plan.roles.map(\.id) == ["community", "content"], "one pool per role id")
        let schedule = Scheduler().schedule(portfolio.plan)
        #expect(!schedule.diagnostics.hasErrors, "\(schedule.diagnostics)")
        // a1 (priority 800) takes both people 09-07..09-09; b1 waits for one: 09-10..09-11;
        // b2 follows on Monday 09-14 (the weekend is off).
        #expect(dates(schedule.task("a/a1")) == "2026-09-07..2026-09-09")
        #expect(dates(schedule.task("b/b1")) == "2026-09-10..2026-09-11")
        #expect(dates(schedule.task("b/b2")) == "2026-09-14..2026-09-14")
        #expect(schedule.task("b/b1")?.delayedBy == "community")
        // Each plan is a top-level group named by its title.
        #expect(schedule.phases.filter { $0.parent == nil }.map(\.name) == ["计划甲", "计划乙"])
        #expect(portfolio.planTitles()["b/b2"] == "计划乙")
        #expect(portfolio.document(schedule).records.first { $0.id == "a/a1" }?.plan == "计划甲")
    }

    @Test func eachPlanKeepsItsStart() throws {
        let (composed, _) = Portfolio.compose([try Self.planA(), try Self.planB(start: "2026-09-09")])
        let schedule = Scheduler().schedule(try #require(composed).plan)
        // The milestone without predecessors sits on its own plan's start, not the earliest one.
        #expect(dates(schedule.task("b/kick")) == "2026-09-09..2026-09-09")
        #expect(dates(schedule.task("b/b1")) == "2026-09-10..2026-09-11")
    }

    @Test func workloadCountsBookedAgainstAvailable() throws {
        let (composed, _) = Portfolio.compose([try Self.planA(), try Self.planB()])
        let load = Scheduler().scheduleWithWorkload(try #require(composed).plan).workload
        let community = try #require(load.rows.first { $0.id == "community" })
        #expect(load.start == CivilDate(year: 2026, month: 9, day: 7))
        #expect(load.days == 8, "09-07 … 09-14, the last day booked")
        #expect(community.booked == [2, 2, 2, 1, 1, 0, 0, 0])
        #expect(community.available == [2, 2, 2, 2, 2, 0, 0, 2])
        #expect(!(0..<load.days).contains(where: community.isOver))
        let weeks = load.weekly()
        let weekly = try #require(weeks.rows.first { $0.id == "community" })
        #expect(weeks.days == 2 && weeks.step == 7)
        #expect(weekly.booked == [8, 0] && weekly.available == [10, 2])
    }

    @Test func siblingsScheduledAloneWarnWhereTheyOverbookTogether() throws {
        let a = try Self.planA(), b = try Self.planB()
        let aloneA = Scheduler().scheduleWithWorkload(a), aloneB = Scheduler().scheduleWithWorkload(b)
        let entry = try #require(b.portfolio.first)
        #expect(entry.path == "a.yaml" && entry.location.line == 9 && entry.location.column == 13)
        let warnings = Portfolio.siblingOverbooking(plan: b, load: aloneB.workload, entry: entry, sibling: a, siblingLoad: aloneA.workload)
        // Alone, a1 books 2 and b1 books 1 on 09-07 and 09-08: 3 of 2. On 09-09 only a1 works.
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.id == .portfolioOverbooked && warning.severity == .warning)
        #expect(warning.location == entry.location)
        #expect(warning.message.contains("计划甲") && warning.message.contains("社群"))
        #expect(warning.message.contains("2 days: 2026-09-07..09-08 (peak 3 of 2 on 2026-09-07)"))
    }

    @Test func sameIDDifferentRoleIsRefusedWhereItIsDefined() throws {
        let other = PortfolioTests.roles.replacingOccurrences(of: "headcount: 2", with: "headcount: 3")
        let (composed, diagnostics) = Portfolio.compose([try Self.planA(), try Self.planB(roles: other)])
        #expect(composed == nil)
        let error = try #require(diagnostics.first)
        #expect(error.id == .portfolioRoleDiffers && error.severity == .error)
        #expect(error.location?.file == "b.yaml" && error.location?.line == 7)  // the `community` line of b
        #expect(error.message.contains("headcount 2 vs 3"))
        #expect(error.notes.first?.location?.file == "a.yaml")
    }

    @Test func aPlanOnAnotherCalendarKeepsItOnItsGroup() throws {
        // Plans on one calendar compose as before; one on another is no longer refused: its
        // group carries its calendar, and its tasks are scheduled on it.
        let (same, _) = Portfolio.compose([try Self.planA(), try Self.planB()])
        #expect(same?.plan.phases.allSatisfy { $0.planCalendar == nil } == true)
        let calendar = "calendar: {holidays: [2026-09-10]}"
        let (composed, diagnostics) = Portfolio.compose([try Self.planA(), try Self.planB(calendar: calendar)])
        #expect(diagnostics.isEmpty)
        let portfolio = try #require(composed)
        #expect(portfolio.plan.phases.map { $0.planCalendar != nil } == [false, true])
        let schedule = Scheduler().schedule(portfolio.plan)
        // b1 waits for a1 as before, but 09-10 is B's holiday: 09-11 and Monday 09-14; b2 09-15.
        #expect(dates(schedule.task("b/b1")) == "2026-09-11..2026-09-14")
        #expect(dates(schedule.task("b/b2")) == "2026-09-15..2026-09-15")
    }
}

@Suite("portfolio: key")
struct PortfolioKeyTests {
    private func diagnostics(_ portfolio: String) -> [Diagnostic] {
        PlanLoader().load(bytes: Array("""
            cycleplan: 1
            id: b
            title: 计划乙
            start: 2026-09-07
            portfolio: \(portfolio)
            tasks:
              - {id: b1, name: 打标, duration: 1d}
            """.utf8), path: "plans/b.yaml").diagnostics
    }

    @Test func pathsAreRelativeToThePlan() throws {
        let result = PlanLoader().load(bytes: Array("""
            cycleplan: 1
            id: b
            title: 计划乙
            start: 2026-09-07
            portfolio: [../cny/cny-2027.yaml, ./a.yaml]
            tasks:
              - {id: b1, name: 打标, duration: 1d}
            """.utf8), path: "plans/b.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.plan?.portfolio.map(\.resolved) == ["cny/cny-2027.yaml", "plans/a.yaml"])
        #expect(result.plan?.portfolio.map(\.path) == ["../cny/cny-2027.yaml", "./a.yaml"])
    }

    @Test func thePlanItselfATwiceNamedSiblingAndAnEmptyPathAreErrors() {
        #expect(diagnostics("[b.yaml]").map(\.id) == [.invalidPath])
        #expect(diagnostics("[a.yaml, ./a.yaml]").map(\.id) == [.duplicateID])
        #expect(diagnostics("[\"\"]").map(\.id) == [.invalidPath])
        let located = diagnostics("[a.yaml, a.yaml]").first?.location
        #expect(located?.line == 5 && located?.column == 21, "at the second entry")
    }
}
