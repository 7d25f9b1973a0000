import PlanModel

/// A computed schedule: an immutable value derived from a plan, never stored in it. Every
/// field is a constant, so a schedule handed to a renderer or the review is the one computed.
public struct Schedule: Sendable {
    public let planID: String
    public let start: CivilDate
    /// The last working day any task occupies (for a plan of milestones only, their date).
    public let finish: CivilDate
    /// One entry per task, in plan order.
    public let tasks: [ScheduledTask]
    /// One summary per phase, in plan order, spanning its tasks.
    public let phases: [ScheduledPhase]
    /// Critical tasks (total float 0), in plan order.
    public let criticalPath: [String]
    /// The critical tasks as chains joined by links without slack, each in time order; a
    /// chain that forks from or joins another starts or ends with the task they share.
    public let criticalPaths: [[String]]
    /// Roles by day: the busiest role-days (load over capacity), most loaded first.
    public let busiestRoleDays: [RoleDay]
    /// Whether role leveling was applied.
    public let leveled: Bool
    /// With leveling, the rule of the pass whose dates these are (the one that finished
    /// first); `nil` without leveling or when leveling failed.
    public let levelingRule: LevelingRule?
    public let diagnostics: [Diagnostic]

    public init(planID: String, start: CivilDate, finish: CivilDate, tasks: [ScheduledTask], phases: [ScheduledPhase],
                criticalPath: [String], criticalPaths: [[String]] = [], busiestRoleDays: [RoleDay], leveled: Bool,
                diagnostics: [Diagnostic], levelingRule: LevelingRule? = nil) {
        self.planID = planID
        self.start = start
        self.finish = finish
        self.tasks = tasks
        self.phases = phases
        self.criticalPath = criticalPath
        self.criticalPaths = criticalPaths
        self.busiestRoleDays = busiestRoleDays
        self.leveled = leveled
        self.levelingRule = levelingRule
        self.diagnostics = diagnostics
    }
}
