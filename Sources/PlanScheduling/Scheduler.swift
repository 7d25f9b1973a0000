import PlanModel

/// Turns a valid plan into a `Schedule`.
///
/// ```swift
/// let schedule = Scheduler().schedule(plan)
/// ```
///
/// Passes: a forward pass (early dates), a backward pass (late dates and floats), then, when
/// leveling, a serial placement under role capacity followed by a second backward pass on
/// the leveled dates. See docs/scheduling.md for the rules.
public struct Scheduler: Sendable {
    public var options: SchedulerOptions

    public init(options: SchedulerOptions = SchedulerOptions()) {
        self.options = options
    }

    /// - Precondition: the plan loaded without errors (ids resolved, no cycles).
    /// - Complexity: O((tasks + links) · log horizon) for CPM; leveling adds the days each
    ///   task's search scans.
    public func schedule(_ plan: Plan) -> Schedule {
        let run = SchedulingRun(plan: plan, options: options)
        run.forwardPass()
        if !run.failed { run.backwardPass() }
        if !run.failed && options.level {
            run.level()
            if !run.failed {
                resetLateDates(run)
                run.backwardPass()
            }
        }
        if !run.failed {
            run.checkDeadlines()
            if !options.level { run.reportOverallocation() }
        }
        return run.result()
    }

    private func resetLateDates(_ run: SchedulingRun) {
        for node in 0..<run.network.nodeCount {
            run.lateStart[node] = .max
            run.lateEnd[node] = .max
            run.freeStart[node] = .max
            run.freeEnd[node] = .max
        }
    }
}
