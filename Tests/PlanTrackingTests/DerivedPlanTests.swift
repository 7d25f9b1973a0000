import PlanModel
import PlanScheduling
import PlanTracking
import Testing

/// The derived plan's rules that keep a forecast possible where the plan's own constraints
/// no longer can hold (dates worked out by hand; Mon 2027-01-04, weekends off).
@Suite("Derived plan")
struct DerivedPlanTests {
    private let gated = """
        cycleplan: 1
        id: gate
        title: 门槛
        start: 2027-01-04
        phases:
          - id: prep
            name: 筹备
            tasks:
              - {id: p, name: 准备, duration: 3d}
          - id: run
            name: 执行
            after: prep
            notBefore: 2027-01-07
            tasks:
              - {id: r, name: 预热, duration: 2d}
              - {id: sale, name: 开售, milestone: true, start: 2027-01-11, after: r}
        """

    @Test func workStartedBeforeItsPhasesPredecessorIsForecastNotRefused() throws {
        let plan = try loadPlan(gated)
        // r started on Tue 01-05 although prep (p) is not done and run may not start before
        // 01-07: it has started, so neither holds it any more.
        let status = try loadStatus("asOf: 2027-01-05\ntasks:\n  p: {started: 2027-01-04}\n  r: {started: 2027-01-05, progress: 50%}\n",
                                    plan: plan)
        let tracked = try track(plan, baseline: baseline(of: plan), status: status)
        // r: 50% of 2 days leaves 1: Wed 01-06. p: on plan, Mon–Wed.
        #expect(span(tracked.task("r")) == "2027-01-05..2027-01-06")
        #expect(span(tracked.task("p")) == "2027-01-04..2027-01-06")
        // The rescheduler hands the phase's after and notBefore to its tasks, leaving the
        // scheduler's own rules for what has not started.
        let derived = Rescheduler().derivedPlan(plan, progress: tracked.tasks.map(\.progress), asOf: date("2027-01-05"),
                                                calendar: WorkingCalendar(plan: plan, from: plan.start, through: date("2027-03-01")))
        #expect(derived.phases.allSatisfy { $0.dependencies.isEmpty && $0.notBefore == nil })
        #expect(derived.tasks[2].dependencies.map(\.predecessorID) == ["r", "prep"])
        #expect(derived.tasks[2].notBefore == date("2027-01-11") && derived.tasks[2].start == nil)
    }

    @Test func aFixedDateALateChainCannotMeetSlipsInsteadOfFailing() throws {
        let plan = try loadPlan(gated)
        // Nothing done by Fri 01-08: p Mon 01-11 – Wed 01-13, r Thu–Fri, sale (fixed 01-11)
        // at the end of Fri 01-15 — four working days late, not infeasible_fixed_date.
        let tracked = try track(plan, baseline: baseline(of: plan), status: StatusFile(asOf: date("2027-01-08")))
        #expect(span(tracked.task("r")) == "2027-01-14..2027-01-15")
        #expect(tracked.task("sale")?.finish == date("2027-01-15"))
        #expect(tracked.task("sale")?.slip == 4 && tracked.task("sale")?.flags.contains(.lateStart) == true)
        #expect(tracked.task("sale")?.cause?.chain == ["p", "r"])
        #expect(!tracked.diagnostics.contains { $0.id == .infeasibleFixedDate })
    }

    @Test func aReachedMilestoneIsPinnedToItsDay() throws {
        let plan = try loadPlan(gated)
        let status = try loadStatus("""
            asOf: 2027-01-11
            tasks:
              p: {started: 2027-01-04, done: 2027-01-06}
              r: {started: 2027-01-07, done: 2027-01-08}
              sale: {reached: 2027-01-11}
            """, plan: plan)
        let tracked = try track(plan, baseline: baseline(of: plan), status: status)
        #expect(tracked.task("sale")?.finish == date("2027-01-11") && tracked.task("sale")?.progress.state == .done)
        #expect(tracked.finishSlip == 0 && tracked.earned.earnedValue == tracked.earned.budget)
    }
}
