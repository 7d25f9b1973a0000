import PlanModel

/// Findings about a computed schedule: missed deadlines, with the chain that drives them,
/// and phases without tasks.
extension SchedulingRun {
    func checkDeadlines() {
        for (index, task) in plan.tasks.enumerated() {
            guard let deadline = task.deadline else { continue }
            let due = plan.start.distance(to: deadline) + 1  // the end of the deadline day
            let end = lengths[index] == 0 && !endOfDayMilestone[index] ? earlyEnd[index] + 1 : earlyEnd[index]
            guard end > due else { continue }
            let base = calendars.base(ofNode: index)
            let late = max(1, base.workingDays(before: end) - base.workingDays(before: due))
            let shown = lengths[index] == 0 ? (endOfDayMilestone[index] ? date(earlyEnd[index] - 1) : date(earlyEnd[index])) : date(earlyEnd[index] - 1)
            let chain = drivingChain(of: index)
            warning(.missedDeadline,
                    "task '\(task.id)' finishes on \(shown), \(Self.plural(late, "working day")) after its deadline \(deadline); driven by \(explain(chain))",
                    at: task.location, hint: "shorten or overlap the tasks in this chain, or move the deadline", notes: chain.notes)
        }
        checkPhaseDeadlines()
    }

    /// "a → b → c", then the roles that held the chain back and the date that starts it.
    private func explain(_ chain: DrivingChain) -> String {
        var text = describe(chain)
        if !chain.waits.isEmpty { text += "; leveling: " + chain.waits.joined(separator: "; ") }
        if let origin = chain.origin { text += "; \(origin)" }
        return text
    }

    private func checkPhaseDeadlines() {
        for (position, phase) in plan.phases.enumerated() {
            guard let deadline = phase.deadline, !phase.taskRange.isEmpty else { continue }
            let node = network.summaryNode(position)
            let due = plan.start.distance(to: deadline) + 1
            guard earlyEnd[node] > due else { continue }
            let base = calendars.base(ofNode: node)
            let late = max(1, base.workingDays(before: earlyEnd[node]) - base.workingDays(before: due))
            let chain = drivingChain(of: representative(of: node, startBased: false))
            let last = chain.tasks.last.map { plan.tasks[$0].id } ?? phase.id
            warning(.missedDeadline,
                    "phase '\(phase.id)' finishes on \(date(earlyEnd[node] - 1)), \(Self.plural(late, "working day")) after its deadline \(deadline); its last task is '\(last)', driven by \(explain(chain))",
                    at: phase.location, hint: "shorten or overlap the tasks in this chain, or move the deadline", notes: chain.notes)
        }
    }

    /// A phase without tasks takes no time: a dependency on it waits only for its own
    /// `after` and `notBefore`, which is rarely what was meant.
    func checkEmptyPhases() {
        guard !plan.tasks.isEmpty else { return }  // the loader already says the plan is empty
        for (position, phase) in plan.phases.enumerated() where phase.taskRange.isEmpty {
            let point = earlyStart[network.summaryNode(position)]
            warning(.emptyPhase,
                    "phase '\(phase.id)' has no tasks; it is a point on \(date(point)), and a dependency on it waits only for its own 'after' and 'notBefore'",
                    at: phase.location, hint: "add its tasks, or depend on the tasks it was meant to hold")
        }
    }
}
