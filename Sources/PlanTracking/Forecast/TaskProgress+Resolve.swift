import PlanModel
import PlanScheduling

extension TaskProgress {
    /// Resolves a status entry (or none) for task `index`.
    ///
    /// - `done` (a milestone `reached`): 100 %, nothing remains. Without `started`, it started
    ///   on its planned start, or on the done date when that is earlier.
    /// - `progress: p` (0 < p < 100 %): of the task's *work*. A duration task keeps
    ///   ⌈L·(1−p)⌉ of its L working days; an effort task keeps ⌈E·(1−p) ÷ units⌉ working days
    ///   of its effort E; at least one day either way, since it is not done.
    /// - `progress: 100%` without `done`: done on the status date (with a warning).
    /// - `remaining: r`: ⌈r⌉ working days after the status date, for either kind; complete is
    ///   then the part of the time spent, elapsed ÷ (elapsed + remaining), as MS Project counts
    ///   duration complete. `remaining: 0d` is done on the status date.
    /// - `started` alone: assumed on plan: L − elapsed working days remain (at least one).
    /// - `progress` or `remaining` without `started`: it started on its planned start, or on
    ///   the status date when that is later.
    ///
    /// Elapsed days are the task's working days from its start through the status date; an
    /// actual start on a day off counts from the first working day after it.
    ///
    /// - Parameters:
    ///   - plannedLength: the task's working days as the plan schedules it now.
    ///   - plannedStart: its start as the plan schedules it now.
    public static func resolve(_ status: TaskStatus?, task: PlanTask, index: Int, plannedLength: Int, plannedStart: CivilDate,
                               asOf: CivilDate, calendar: WorkingCalendar) -> TaskProgress {
        let note = status?.note
        guard let status else {
            return TaskProgress(state: .notStarted, actualStart: nil, actualFinish: nil, percentComplete: 0,
                                remainingDays: plannedLength, note: nil)
        }
        if task.isMilestone {
            guard let reached = status.reached else {
                return TaskProgress(state: .notStarted, actualStart: nil, actualFinish: nil, percentComplete: 0, remainingDays: 0, note: note)
            }
            return TaskProgress(state: .done, actualStart: reached, actualFinish: reached, percentComplete: 1, remainingDays: 0, note: note)
        }
        let reportedDone = status.done ?? ((status.progress == 1 || status.remaining?.days == 0) ? asOf : nil)
        if let done = reportedDone {
            let start = status.started ?? min(plannedStart, done)
            return TaskProgress(state: .done, actualStart: start, actualFinish: done, percentComplete: 1, remainingDays: 0, note: note)
        }
        guard status.started != nil || status.progress != nil || status.remaining != nil else {
            return TaskProgress(state: .notStarted, actualStart: nil, actualFinish: nil, percentComplete: 0,
                                remainingDays: plannedLength, note: note)
        }
        let start = status.started ?? min(plannedStart, asOf)
        let elapsed = calendar.workingDays(from: start, through: asOf, task: index)
        let length = max(plannedLength, 1)
        let remaining: Int
        let complete: Double
        if let progress = status.progress {
            switch task.length {
            case .effort(let effort):
                let units = task.assignments.reduce(0.0) { $0 + $1.units }
                remaining = wholeDays(effort.days * (1 - progress) / (units > 0 ? units : 1))
            default:
                remaining = wholeDays(Double(length) * (1 - progress))
            }
            complete = progress
        } else if let left = status.remaining {
            remaining = wholeDays(left.days)
            complete = Double(elapsed) / Double(elapsed + remaining)
        } else {
            remaining = max(length - elapsed, 1)
            complete = Double(elapsed) / Double(elapsed + remaining)
        }
        return TaskProgress(state: .inProgress, actualStart: start, actualFinish: nil, percentComplete: min(max(complete, 0), 1),
                            remainingDays: remaining, note: note)
    }

    /// Whether `resolve` reads the task's planned start for this entry: work reported done or
    /// under way without its own `started`.
    public static func needsPlannedStart(_ status: TaskStatus?, task: PlanTask) -> Bool {
        guard let status, !task.isMilestone, status.started == nil else { return false }
        return status.done != nil || status.progress != nil || status.remaining != nil
    }

    /// Whole working days, at least one; the tiny epsilon keeps 2.0000000001 (from 60 % of
    /// 5 days) from becoming 3.
    static func wholeDays(_ days: Double) -> Int {
        guard days.isFinite, days > 0 else { return 1 }
        return max(1, Int(min(days - 1e-9, WorkDuration.maximumDays).rounded(.up)))
    }
}
