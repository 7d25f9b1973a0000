import PlanModel
import PlanScheduling
import PlanTracking
import Testing

/// Rescheduled dates against dates worked out by hand (the calendar: Mon 2027-01-04, weekends off).
@Suite("Rescheduling the remaining work")
struct RescheduleTests {
    @Test func theBaselineIsThePlanAsScheduled() throws {
        let plan = try loadPlan(campaign)
        let saved = baseline(of: plan)
        #expect(saved.start == date("2027-01-04") && saved.finish == date("2027-01-14"))
        #expect(saved.entry("b").map { "\($0.start)..\($0.finish)" } == "2027-01-08..2027-01-12")
        #expect(saved.entry("m")?.kind == .milestone && saved.entry("m")?.finish == date("2027-01-12"))
        // A phase sums its tasks' person-days: x 2 + a 4 + b 3 + c 2.
        #expect(saved.entry("prep")?.work == 11 && saved.entry("prep")?.kind == .phase)
        #expect(saved.totalWork == 13)
    }

    @Test func actualDatesArePinnedAndTheRestFollowsFromTheStatusDate() throws {
        let plan = try loadPlan(campaign)
        let status = try loadStatus("""
            asOf: 2027-01-06
            tasks:
              x: {started: 2027-01-04, done: 2027-01-06}
              a: {started: 2027-01-05, progress: 60%}
            """, plan: plan)
        let tracked = try track(plan, baseline: baseline(of: plan), status: status)
        // x: as reported, one working day late.
        #expect(span(tracked.task("x")) == "2027-01-04..2027-01-06")
        #expect(tracked.task("x")?.slip == 1 && tracked.task("x")?.progress.state == .done)
        // a: 60% of 4 days leaves ⌈1.6⌉ = 2 days after Wed 01-06: Thu 01-07 and Fri 01-08.
        #expect(span(tracked.task("a")) == "2027-01-05..2027-01-08")
        #expect(tracked.task("a")?.progress.remainingDays == 2)
        #expect(tracked.task("a")?.startSlip == 1 && tracked.task("a")?.flags.contains(.lateStart) == true)
        // b and c follow a: Mon 01-11; b takes 3 days (to Wed 01-13), c 2 (to Tue 01-12).
        #expect(span(tracked.task("b")) == "2027-01-11..2027-01-13")
        #expect(span(tracked.task("c")) == "2027-01-11..2027-01-12")
        // The milestone at the end of Wed 01-13, e on Thu 01-14 and Fri 01-15: one day late,
        // past e's deadline, with a as the first late link of the chain.
        #expect(tracked.task("m")?.finish == date("2027-01-13") && tracked.task("m")?.slip == 1)
        #expect(span(tracked.task("e")) == "2027-01-14..2027-01-15")
        #expect(tracked.task("e")?.flags.contains(.missesDeadline) == true)
        #expect(tracked.task("e")?.cause == SlipCause(chain: ["a", "b", "m"], reason: .startedLate(days: 1)))
        #expect(tracked.finish == date("2027-01-15") && tracked.finishSlip == 1)
        // Phases roll up their tasks: prep from x's start to b's finish.
        #expect(tracked.phase("prep").map { "\($0.start)..\($0.finish)" } == "2027-01-04..2027-01-13")
        #expect(tracked.phase("prep")?.slip == 1)
        // The critical path of what is left runs through a (in progress), b, m, e.
        #expect(tracked.task("b")?.flags.contains(.critical) == true && tracked.task("c")?.flags.contains(.critical) == false)
        #expect(tracked.task("x")?.flags.contains(.critical) == false)
    }

    private let design = """
        cycleplan: 1
        id: lv
        title: 设计排期
        start: 2027-01-04
        roles: {design: {name: 设计, headcount: 1}}
        tasks:
          - {id: p, name: 主视觉, role: design, duration: 3d}
          - {id: q, name: 海报延展, role: design, duration: 2d, priority: 100}
        """

    @Test func inProgressWorkHoldsItsRoleAndLevelingPlacesTheRest() throws {
        let plan = try loadPlan(design)
        let saved = baseline(of: plan)
        // Baseline: p Mon–Wed, then q (lower priority) Thu–Fri.
        #expect(saved.entry("q").map { "\($0.start)..\($0.finish)" } == "2027-01-07..2027-01-08")
        let status = try loadStatus("asOf: 2027-01-05\ntasks:\n  p: {started: 2027-01-04, remaining: 3d}\n", plan: plan)
        let tracked = try track(plan, baseline: saved, status: status)
        // p needs Wed–Fri; q waits for design until Mon 01-11: Mon–Tue, two days late.
        #expect(span(tracked.task("p")) == "2027-01-04..2027-01-08")
        // 2 days elapsed (Mon, Tue) of 2 + 3: 40% complete.
        #expect(tracked.task("p")?.progress.percentComplete == 0.4)
        #expect(span(tracked.task("q")) == "2027-01-11..2027-01-12")
        #expect(tracked.task("q")?.slip == 2)
        #expect(tracked.task("q")?.cause == SlipCause(chain: [], reason: .rolesBusy([(role: "design", days: 3)])))
    }

    @Test func doneWorkNoLongerUsesItsRole() throws {
        let plan = try loadPlan(design)
        let status = try loadStatus("asOf: 2027-01-05\ntasks:\n  p: {started: 2027-01-04, done: 2027-01-05}\n", plan: plan)
        let tracked = try track(plan, baseline: baseline(of: plan), status: status)
        // p finished a day early; q takes design from Wed 01-06, the next working day.
        #expect(span(tracked.task("q")) == "2027-01-06..2027-01-07")
        #expect(tracked.task("q")?.slip == -1 && tracked.finishSlip == -1)
    }

    @Test func notStartedWorkWaitsForTheNextWorkingDayAfterTheStatusDate() throws {
        let plan = try loadPlan(design)
        // Friday 01-08, nothing started: p from Mon 01-11 (Sat and Sun are off).
        let tracked = try track(plan, baseline: baseline(of: plan), status: StatusFile(asOf: date("2027-01-08")))
        #expect(span(tracked.task("p")) == "2027-01-11..2027-01-13")
        #expect(tracked.task("p")?.cause == SlipCause(chain: [], reason: .notStartedOnTime))
        #expect(tracked.earned.earnedValue == 0)
    }

    @Test func hundredPercentWithoutDoneIsDoneOnTheStatusDate() throws {
        let plan = try loadPlan(design)
        let result = StatusLoader().load(bytes: Array("asOf: 2027-01-05\ntasks:\n  p: {started: 2027-01-04, progress: 100%}\n".utf8),
                                         path: "s.yaml", plan: plan)
        #expect(result.diagnostics.map(\.id) == [.doneWithoutDate])
        let tracked = try track(plan, baseline: baseline(of: plan), status: try #require(result.status))
        #expect(tracked.task("p")?.progress.state == .done && tracked.task("p")?.finish == date("2027-01-05"))
    }

    @Test func anActualStartOnADayOffCountsFromTheNextWorkingDay() throws {
        let plan = try loadPlan(design)
        // Started Sunday 01-03 (before the plan, on a day off), 3 days: Mon, Tue, Wed → on plan.
        let status = try loadStatus("asOf: 2027-01-05\ntasks:\n  p: {started: 2027-01-03}\n", plan: plan)
        let tracked = try track(plan, baseline: baseline(of: plan), status: status)
        #expect(tracked.task("p")?.start == date("2027-01-03"))
        #expect(tracked.task("p")?.progress.remainingDays == 1)
        #expect(tracked.task("p")?.finish == date("2027-01-06") && tracked.task("p")?.slip == 0)
    }

    @Test func effortTasksKeepTheirRemainingWorkOverTheirUnits() throws {
        let plan = try loadPlan("""
            cycleplan: 1
            id: ef
            title: 工作量
            start: 2027-01-04
            roles: {content: {name: 内容运营, headcount: 2}}
            tasks:
              - {id: w, name: 文案, role: content, units: 2, effort: 10d}
            """)
        // 30% of 10 person-days leaves 7, over 2 people: ⌈3.5⌉ = 4 days after Wed 01-06.
        let status = try loadStatus("asOf: 2027-01-06\ntasks:\n  w: {started: 2027-01-04, progress: 30%}\n", plan: plan)
        let tracked = try track(plan, baseline: baseline(of: plan), status: status)
        #expect(tracked.task("w")?.progress.remainingDays == 4)
        #expect(span(tracked.task("w")) == "2027-01-04..2027-01-12")
    }

    @Test func theSchedulerIsNotChangedByTracking() throws {
        // The plan's own schedule is what the baseline captured: rescheduling works on a copy.
        let plan = try loadPlan(campaign)
        let before = Scheduler().schedule(plan)
        _ = try track(plan, baseline: nil, status: StatusFile(asOf: date("2027-01-06")))
        #expect(Scheduler().schedule(plan).tasks == before.tasks)
    }
}
