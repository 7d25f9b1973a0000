import PlanModel

extension Scheduler {
    /// The schedule and its workload (booked vs available person-days per role and person,
    /// day by day), from one computation; the workload runs from the plan start to the last
    /// day booked, or to `through` when that is later.
    ///
    /// - Complexity: that of `schedule(_:)`, plus O(booked days × assignments + rows × days).
    public func scheduleWithWorkload(_ plan: Plan, through: CivilDate? = nil) -> (schedule: Schedule, workload: Workload) {
        var run = SchedulingRun(plan: plan, options: options)
        run.run()
        if run.horizonShort {
            run = SchedulingRun(plan: plan, options: options, horizon: ScheduleHorizon.maximumDays)
            run.run()
        }
        return (run.result(), run.workload(through: through))
    }
}
