import PlanModel

/// What the weekly status report (周报) tells, picked from a tracked schedule: the week is the
/// seven days ending on the status date.
public struct WeeklyStatus: Sendable {
    public let tracked: TrackedSchedule
    public let weekStart: CivilDate
    /// Tasks and milestones finished (reached) this week, in plan order.
    public let finished: [TrackedTask]
    /// Tasks started this week, in plan order.
    public let started: [TrackedTask]
    /// Unfinished tasks and milestones forecast to finish later than their baseline, and
    /// those finished late this week: most late first, then plan order.
    public let slipped: [TrackedTask]
    /// The next milestone not yet reached, by forecast date.
    public let nextMilestone: TrackedTask?
    /// Unfinished tasks due by the next milestone (baseline or forecast) that are late,
    /// critical, or will miss their deadline.
    public let atRisk: [TrackedTask]
    /// KPI pacing to date from the actuals (`status --actuals`), computed by the review.
    public var pacing: [KPIPacing] = []

    public init(_ tracked: TrackedSchedule) {
        self.tracked = tracked
        let asOf = tracked.asOf
        let weekStart = asOf.advanced(by: -6)
        self.weekStart = weekStart
        let thisWeek = weekStart...asOf
        finished = tracked.tasks.filter { $0.progress.actualFinish.map(thisWeek.contains) ?? false }
        started = tracked.tasks.filter { !$0.milestone && ($0.progress.actualStart.map(thisWeek.contains) ?? false) }
        let late = tracked.tasks.enumerated().filter { _, task in
            (task.slip ?? 0) > 0 && (task.progress.state != .done || (task.progress.actualFinish.map(thisWeek.contains) ?? false))
        }
        slipped = late.sorted { ($0.element.slip ?? 0, -$0.offset) > ($1.element.slip ?? 0, -$1.offset) }.map(\.element)
        let next = tracked.milestones.filter { $0.progress.state != .done }.min { ($0.finish, $0.id) < ($1.finish, $1.id) }
        nextMilestone = next
        if let next {
            let due = max(next.finish, next.baselineFinish ?? next.finish)
            atRisk = tracked.tasks.filter { task in
                !task.milestone && task.progress.state != .done && min(task.baselineFinish ?? task.finish, task.finish) <= due
                    && !task.flags.intersection([.lateFinish, .critical, .missesDeadline]).isEmpty
            }
        } else {
            atRisk = []
        }
    }
}
