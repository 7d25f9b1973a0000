import PlanModel
import PlanScheduling

/// Explains why a task is late by walking back from it: while the task has not started, the
/// late predecessor with the latest finish is what holds it (through phases, to the phase's
/// last-finishing task); the walk stops at a task late on its own account — started late,
/// slower than planned, not started on time, held by busy roles (the forecast's leveling
/// delays) — or after `maximumChain` steps.
struct SlipExplainer: Sendable {
    let plan: Plan
    let progress: [TaskProgress]
    let forecast: Schedule
    let entries: [BaselineEntry?]
    let slips: [Int?]
    let startSlips: [Int?]
    let finishes: [CivilDate]
    let asOf: CivilDate
    /// Each phase's last-finishing task, found once: a dependency on a big phase is asked
    /// about by every task after it.
    let lastOfPhase: [Int?]

    init(plan: Plan, progress: [TaskProgress], forecast: Schedule, entries: [BaselineEntry?], slips: [Int?], startSlips: [Int?],
         finishes: [CivilDate], asOf: CivilDate) {
        self.plan = plan
        self.progress = progress
        self.forecast = forecast
        self.entries = entries
        self.slips = slips
        self.startSlips = startSlips
        self.finishes = finishes
        self.asOf = asOf
        lastOfPhase = plan.phases.map { phase in
            phase.taskRange.clamped(to: 0..<finishes.count).max { finishes[$0] < finishes[$1] }
        }
    }

    /// Chains longer than this are cut at the nearest links: a report line, not a trace.
    static let maximumChain = 12

    func cause(of task: Int) -> SlipCause {
        var chain: [String] = []
        var current = task
        // At most `maximumChain` + 1 tasks: a list to search, not a set to hash into.
        var seen: [Int] = [task]
        while progress[current].state == .notStarted, chain.count < Self.maximumChain,
              let predecessor = latePredecessor(of: current), !seen.contains(predecessor) {
            seen.append(predecessor)
            chain.append(plan.tasks[predecessor].id)
            current = predecessor
        }
        return SlipCause(chain: chain.reversed(), reason: reason(current))
    }

    private func reason(_ task: Int) -> SlipCause.Reason {
        let state = progress[task]
        switch state.state {
        case .done, .inProgress:
            let startSlip = startSlips[task] ?? 0
            return startSlip > 0 ? .startedLate(days: startSlip) : .slowerThanPlanned
        case .notStarted:
            let shares = forecast.tasks[task].delayedByRoles
            if !shares.isEmpty {
                return .rolesBusy(shares.map { share in (share.role, share.days) })
            }
            if let entry = entries[task], entry.start <= asOf { return .notStartedOnTime }
            return .planChanged
        }
    }

    /// The predecessor (a task, or a phase's last-finishing task) that is late and finishes
    /// last, among the links into the task and into its phases.
    private func latePredecessor(of task: Int) -> Int? {
        var best: Int?
        plan.forEachDependencyList(of: task) { consider($0, of: task, best: &best) }
        return best
    }

    /// Keeps in `best` the late predecessor among `dependencies` that finishes last (the
    /// first such when several finish on one day).
    private func consider(_ dependencies: [Dependency], of task: Int, best: inout Int?) {
        for dependency in dependencies {
            guard let reference = dependency.predecessor else { continue }
            let candidate: Int?
            switch reference {
            case .task(let index): candidate = index
            case .phase(let index):
                candidate = index < lastOfPhase.count ? lastOfPhase[index] : nil
            }
            guard let candidate, candidate < plan.tasks.count, candidate != task, (slips[candidate] ?? 0) > 0 else { continue }
            if best.map({ finishes[candidate] > finishes[$0] }) ?? true { best = candidate }
        }
    }
}
