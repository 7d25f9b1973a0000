import PlanModel
import PlanScheduling

/// Reschedules the remaining work from the status date by handing the scheduler a derived
/// plan — the same CPM and leveling, no second scheduler (rules in docs/tracking.md):
/// - a **done** task is pinned to its actual start for the working days it took, with no
///   links into it and no roles: done work no longer uses capacity;
/// - a task **in progress** is pinned to the first working day after the status date for its
///   remaining days, with its roles (so it holds them before anything not yet started), and
///   no links into it: it has started, whatever its predecessors say;
/// - **not started** work keeps its links and gets `notBefore` the day after the status
///   date; a fixed date that it can no longer keep becomes a `notBefore` too, so a late
///   chain shows how late the fixed task will be instead of refusing the forecast;
/// - a phase's own `after` and `notBefore` are handed down to its tasks first (the network
///   does the same), so a started task can drop them alone.
public struct Rescheduler: Sendable {
    public var options: SchedulerOptions

    public init(options: SchedulerOptions = SchedulerOptions()) {
        self.options = options
    }

    /// - Parameter progress: one per task, in plan order.
    /// - Complexity: that of `Scheduler.schedule` on a plan of the same size.
    public func reschedule(_ plan: Plan, progress: [TaskProgress], asOf: CivilDate, calendar: WorkingCalendar) -> Schedule {
        Scheduler(options: options).schedule(derivedPlan(plan, progress: progress, asOf: asOf, calendar: calendar))
    }

    /// The plan the scheduler sees: see the type's documentation.
    public func derivedPlan(_ plan: Plan, progress: [TaskProgress], asOf: CivilDate, calendar: WorkingCalendar) -> Plan {
        var derived = plan
        let earliestActual = progress.compactMap(\.actualStart).min()
        derived.start = min(plan.start, earliestActual ?? plan.start)
        handDownPhaseConstraints(&derived)
        let next = asOf.advanced(by: 1)
        for index in derived.tasks.indices where index < progress.count {
            let state = progress[index]
            switch state.state {
            case .done:
                let start = derived.tasks[index].isMilestone ? (state.actualStart ?? next)
                    : (calendar.firstWorkingDay(atOrAfter: state.actualStart ?? next) ?? next)
                derived.tasks[index].start = start
                derived.tasks[index].notBefore = nil
                derived.tasks[index].dependencies = []
                if !derived.tasks[index].isMilestone {
                    let finish = max(state.actualFinish ?? start, start)
                    derived.tasks[index].length = .duration(WorkDuration(days: Double(max(calendar.workingDays(from: start, through: finish), 1))))
                    derived.tasks[index].assignments = []
                }
            case .inProgress:
                derived.tasks[index].start = calendar.firstWorkingDay(atOrAfter: next, task: index) ?? next
                derived.tasks[index].notBefore = nil
                derived.tasks[index].dependencies = []
                derived.tasks[index].length = .duration(WorkDuration(days: Double(max(state.remainingDays, 1))))
            case .notStarted:
                var earliest = max(next, plan.start)
                if let own = derived.tasks[index].notBefore { earliest = max(earliest, own) }
                if let fixed = derived.tasks[index].start {
                    earliest = max(earliest, fixed)
                    derived.tasks[index].start = nil
                }
                derived.tasks[index].notBefore = earliest
            }
        }
        return derived
    }

    /// Copies each phase's `after` onto its tasks (a phase without tasks keeps its own and
    /// takes its ancestors', as the network would walk them) and its `notBefore` likewise.
    private func handDownPhaseConstraints(_ plan: inout Plan) {
        let original = plan.phases
        for (index, phase) in original.enumerated() {
            if phase.taskRange.isEmpty {
                var holder = phase.parent
                while let current = holder, current < original.count {
                    if !original[current].taskRange.isEmpty {
                        plan.phases[index].dependencies += original[current].dependencies
                        if let date = original[current].notBefore {
                            plan.phases[index].notBefore = max(plan.phases[index].notBefore ?? date, date)
                        }
                    }
                    holder = original[current].parent
                }
                continue
            }
            // Most phases have neither: their tasks are not touched (each write reaches into
            // the plan's array of 100,000 tasks).
            guard !phase.dependencies.isEmpty || phase.notBefore != nil else { continue }
            for task in phase.taskRange where task < plan.tasks.count {
                plan.tasks[task].dependencies += phase.dependencies
                if let date = phase.notBefore { plan.tasks[task].notBefore = max(plan.tasks[task].notBefore ?? date, date) }
            }
        }
        for index in plan.phases.indices where !original[index].taskRange.isEmpty {
            plan.phases[index].dependencies = []
            plan.phases[index].notBefore = nil
        }
    }
}
