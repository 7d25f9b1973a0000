import PlanModel

/// Turns a valid plan into a `Schedule`.
///
/// ```swift
/// let schedule = Scheduler().schedule(plan)
/// ```
///
/// Passes: a forward pass (early dates) with the fixed-date checks, a backward pass (late
/// dates and floats), then, when leveling, a serial placement under role capacity, the
/// fixed dates checked again on the leveled dates, and a second backward pass that follows
/// the resource links too. See docs/scheduling.md for the rules.
public struct Scheduler: Sendable {
    public var options: SchedulerOptions

    public init(options: SchedulerOptions = SchedulerOptions()) {
        self.options = options
    }

    /// - Precondition: the plan loaded without errors (ids resolved, no cycles). A plan
    ///   built in code that still has a cycle is refused with `dependency_cycle`.
    /// - Complexity: O((tasks + links) · log horizon) for CPM; leveling adds the days each
    ///   task's search scans.
    public func schedule(_ plan: Plan) -> Schedule {
        var run = SchedulingRun(plan: plan, options: options)
        run.run()
        // The horizon is sized from the plan; should it still be too short, the longest one
        // decides (bounded: `ScheduleHorizon.maximumDays`).
        if run.horizonShort {
            run = SchedulingRun(plan: plan, options: options, horizon: ScheduleHorizon.maximumDays)
            run.run()
        }
        let schedule = run.result()
        freeElsewhere(run)
        return schedule
    }
}

extension SchedulingRun {
    func run() {
        forwardPass()
        if !failed { backwardPass() }
        if !failed && options.level {
            level()
            if !failed { checkFixedDates(afterLeveling: true) }
            if !failed {
                computeResourceLinks()
                backwardPass()
                reportFixedOverbooking()
            }
        }
        if !failed {
            checkDeadlines()
            checkEmptyPhases()
            if !options.level { reportOverallocation() }
        }
    }
}
