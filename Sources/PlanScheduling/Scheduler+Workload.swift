import PlanModel

extension Scheduler {
    /// The schedule and its workload (booked vs available person-days per role and person,
    /// day by day), from one computation.
    ///
    /// - Complexity: that of `schedule(_:)`, plus O(booked days × assignments + rows × days).
    public func scheduleWithWorkload(_ plan: Plan) -> (schedule: Schedule, workload: Workload) {
        var run = SchedulingRun(plan: plan, options: options)
        run.run()
        if run.horizonShort {
            run = SchedulingRun(plan: plan, options: options, horizon: ScheduleHorizon.maximumDays)
            run.run()
        }
        return (run.result(), run.workload())
    }
}
