import PlanModel

/// Several plans scheduled together because they share a team: one combined plan, in which
/// each member plan is a top-level phase (named by its title) holding its own phases and
/// tasks, and the roles of every plan are one pool matched by id. The existing scheduler
/// levels the combined plan as it levels any plan, so the shared roles are leveled jointly,
/// while each task keeps its own priority, fixed dates, deadlines and links, and each plan
/// its start (the phase's `notBefore`).
///
/// ```swift
/// let (portfolio, diagnostics) = Portfolio.compose([cny, feb])
/// if let portfolio { let schedule = Scheduler().schedule(portfolio.plan) }
/// ```
public struct Portfolio: Sendable {
    /// One plan of the portfolio, as it sits in the combined plan.
    public struct Member: Sendable {
        public var id: String
        public var title: String
        /// Its top-level phase in the combined plan.
        public var phase: Int
        /// Its tasks in the combined plan.
        public var tasks: Range<Int>
    }

    /// The combined plan: task and phase ids are `plan-id/id` so that two plans may both have a
    /// task `kickoff`; names are the plans' own.
    public let plan: Plan
    public let members: [Member]

    /// The member plan of a combined task index.
    public func member(ofTask task: Int) -> Member? {
        members.first { $0.tasks.contains(task) }
    }

    /// The member plan (its title) of each task id of the combined plan.
    public func planTitles() -> [String: String] {
        var out: [String: String] = [:]
        for member in members {
            out[member.id] = member.title
            for task in member.tasks { out[plan.tasks[task].id] = member.title }
        }
        for phase in plan.phases.indices {
            var top = phase
            while let parent = plan.phases[top].parent { top = parent }
            out[plan.phases[phase].id] = plan.phases[top].name
        }
        return out
    }
}
