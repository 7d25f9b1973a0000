import PlanModel
import PlanScheduling

extension TrackingRun {
    /// Phases rolled up from their tasks (sub-phases included): the earliest start, the latest
    /// finish, % complete weighted by work (by count of done tasks when the phase has no
    /// work), critical when any unfinished task is, late by the same rules as a task. A phase
    /// without tasks keeps its forecast point.
    ///
    /// - Complexity: O(Σ tasks per phase).
    func rollUpPhases(_ tasks: [TrackedTask]) -> [TrackedPhase] {
        var rows: [TrackedPhase] = []
        rows.reserveCapacity(plan.phases.count)
        for (index, phase) in plan.phases.enumerated() {
            let range = phase.taskRange.clamped(to: 0..<tasks.count)
            let members = tasks[range]
            let scheduled = index < forecast.phases.count ? forecast.phases[index] : nil
            let start = members.map(\.start).min() ?? scheduled?.start ?? asOf
            let finish = members.map(\.finish).max() ?? scheduled?.finish ?? asOf
            let work = members.reduce(0.0) { $0 + $1.work }
            let complete: Double
            if work > 0 {
                complete = members.reduce(0.0) { $0 + $1.work * $1.progress.percentComplete } / work
            } else {
                complete = members.isEmpty ? 0 : Double(members.count { $0.progress.state == .done }) / Double(members.count)
            }
            let entry = baseline.entry(phase.id).flatMap { $0.kind == .phase ? $0 : nil }
            let slip = entry.map { self.slip(from: $0.finish, to: finish) }
            let startSlip = entry.map { self.slip(from: $0.start, to: start) }
            var flags: TrackingFlags = []
            if (startSlip ?? 0) > 0 { flags.insert(.lateStart) }
            if (slip ?? 0) > 0 { flags.insert(.lateFinish) }
            if members.contains(where: { $0.flags.contains(.critical) }) { flags.insert(.critical) }
            if let deadline = phase.deadline, finish > deadline { flags.insert(.missesDeadline) }
            rows.append(TrackedPhase(
                id: phase.id, name: phase.name, parent: phase.parent.flatMap { $0 < plan.phases.count ? plan.phases[$0].id : nil },
                depth: phase.depth, start: start, finish: finish, baselineStart: entry?.start, baselineFinish: entry?.finish,
                percentComplete: complete, slip: slip, startSlip: startSlip, flags: flags, deadline: phase.deadline))
        }
        return rows
    }

    /// The S-curve by working day from the baseline's start: planned person-days (the
    /// baseline's curve, flat at its total after its finish) and earned person-days through
    /// the status date, each task's earned work spread over the working days from its actual
    /// start to its finish (or the status date), as PV spreads planned work.
    ///
    /// - Complexity: O(tasks + working days shown).
    func sCurve(planned: [Double]) -> [SCurvePoint] {
        let plannedDays = planned.count - 1
        let actualTime = calendar.workingDays(from: baseline.start, through: asOf)
        let days = max(plannedDays, min(actualTime, plannedDays * 4 + 20))
        guard days > 0 else { return [] }
        var increments = [Double](repeating: 0, count: days + 2)
        for index in plan.tasks.indices {
            guard let entry = entries[index], entry.kind == .task, entry.work > 0 else { continue }
            let state = progress[index]
            guard let started = state.actualStart, state.percentComplete > 0 else { continue }
            let last = min(state.actualFinish ?? asOf, asOf)
            let first = min(max(calendar.workingDays(from: baseline.start, through: started.advanced(by: -1)) + 1, 1), days)
            let span = max(min(calendar.workingDays(from: max(started, baseline.start), through: last), days - first + 1), 1)
            let perDay = entry.work * state.percentComplete / Double(span)
            increments[first] += perDay
            increments[min(first + span, days + 1)] -= perDay
        }
        var points: [SCurvePoint] = []
        points.reserveCapacity(days)
        var rate = 0.0, earned = 0.0
        for day in 1...days {
            rate += increments[day]
            earned += rate
            guard let date = calendar.workingDay(day, from: baseline.start) else { break }
            points.append(SCurvePoint(date: date, planned: planned[min(day, plannedDays)], earned: day <= actualTime ? earned : nil))
        }
        return points
    }
}
