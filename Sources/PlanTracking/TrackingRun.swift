import PlanModel
import PlanScheduling

/// The working state of one `Tracker.track` call: the inputs, indexed, and the passes that
/// turn them into tracked rows. Nothing of it outlives the call.
struct TrackingRun: Sendable {
    let plan: Plan
    let baseline: Baseline
    let progress: [TaskProgress]
    let forecast: Schedule
    let asOf: CivilDate
    let calendar: WorkingCalendar
    /// Each task's baseline entry, when the baseline has it.
    let entries: [BaselineEntry?]

    init(plan: Plan, baseline: Baseline, progress: [TaskProgress], forecast: Schedule, asOf: CivilDate, calendar: WorkingCalendar) {
        self.plan = plan
        self.baseline = baseline
        self.progress = progress
        self.forecast = forecast
        self.asOf = asOf
        self.calendar = calendar
        entries = plan.tasks.indices.map { index in
            baseline.entry(plan.tasks[index].id).flatMap { $0.kind == .phase ? nil : $0 }
        }
    }

    /// Working days from `baseline` to `actual` on the team calendar: positive when later.
    func slip(from baseline: CivilDate, to actual: CivilDate) -> Int {
        if actual > baseline { return calendar.workingDays(from: baseline.advanced(by: 1), through: actual) }
        if actual < baseline { return -calendar.workingDays(from: actual.advanced(by: 1), through: baseline) }
        return 0
    }

    /// Plans from this many tasks build their rows in two halves, one on each core.
    static let parallelRowsFrom = 20_000

    /// The tracked rows of the tasks, in plan order. On a large plan the second half is
    /// built on another core meanwhile (each row reads only the figures found before).
    ///
    /// - Complexity: O(tasks + links · chain length), the chain length capped (`SlipExplainer`).
    func trackTasks(parallelFrom: Int = parallelRowsFrom) -> [TrackedTask] {
        var starts: [CivilDate] = []
        var finishes: [CivilDate] = []
        var slips: [Int?] = []
        var startSlips: [Int?] = []
        starts.reserveCapacity(plan.tasks.count)
        for index in plan.tasks.indices {
            let state = progress[index]
            let start = state.actualStart ?? forecast.tasks[index].start
            let finish = state.actualFinish ?? forecast.tasks[index].finish
            starts.append(start)
            finishes.append(finish)
            slips.append(entries[index].map { slip(from: $0.finish, to: finish) })
            startSlips.append(entries[index].map { slip(from: $0.start, to: start) })
        }
        let explainer = SlipExplainer(plan: plan, progress: progress, forecast: forecast, entries: entries, slips: slips, startSlips: startSlips,
                                      finishes: finishes, asOf: asOf)
        let count = plan.tasks.count
        guard count >= parallelFrom else {
            return rows(0..<count, starts: starts, finishes: finishes, slips: slips, startSlips: startSlips, explainer: explainer)
        }
        let (first, second) = bothAtOnce({
            rows(0..<count / 2, starts: starts, finishes: finishes, slips: slips, startSlips: startSlips, explainer: explainer)
        }, { [self, starts, finishes, slips, startSlips] in
            rows(count / 2..<count, starts: starts, finishes: finishes, slips: slips, startSlips: startSlips, explainer: explainer)
        })
        return first + second
    }

    /// The rows of tasks `range`, from the dates and slips found for every task.
    private func rows(_ range: Range<Int>, starts: [CivilDate], finishes: [CivilDate], slips: [Int?], startSlips: [Int?],
                      explainer: SlipExplainer) -> [TrackedTask] {
        var rows: [TrackedTask] = []
        rows.reserveCapacity(range.count)
        for index in range {
            let task = plan.tasks[index]
            let scheduled = forecast.tasks[index]
            let state = progress[index]
            let entry = entries[index]
            let startSlip = startSlips[index]
            var flags: TrackingFlags = []
            if (startSlip ?? 0) > 0 { flags.insert(.lateStart) }
            if (slips[index] ?? 0) > 0 { flags.insert(.lateFinish) }
            if state.state != .done && scheduled.critical { flags.insert(.critical) }
            if let deadline = task.deadline, finishes[index] > deadline { flags.insert(.missesDeadline) }
            let phase = task.phase.flatMap { $0 < plan.phases.count ? plan.phases[$0].id : nil }
            rows.append(TrackedTask(
                id: task.id, name: task.name, phase: phase, milestone: task.isMilestone, roles: task.assignments.map(\.role),
                progress: state, start: starts[index], finish: finishes[index], baselineStart: entry?.start, baselineFinish: entry?.finish,
                work: entry?.work ?? PlannedWork.of(task, workingDays: scheduled.workingDays), slip: slips[index], startSlip: startSlip,
                flags: flags, totalFloat: state.state == .done ? nil : scheduled.totalFloat, deadline: task.deadline,
                cause: (slips[index] ?? 0) > 0 ? explainer.cause(of: index) : nil))
        }
        return rows
    }

    /// EV: the baseline's person-days of each task it has, times the task's % complete now.
    /// A task added since earns nothing (it has no planned value); one removed earns nothing.
    func earnedValue() -> Double {
        var total = 0.0
        for index in plan.tasks.indices {
            guard let entry = entries[index], entry.kind == .task else { continue }
            total += entry.work * progress[index].percentComplete
        }
        return total
    }
}
