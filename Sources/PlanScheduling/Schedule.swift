import PlanModel

/// A computed schedule: an immutable value derived from a plan, never stored in it.
public struct Schedule: Sendable {
    public var planID: String
    public var start: CivilDate
    /// The last working day any task occupies (for a plan of milestones only, their date).
    public var finish: CivilDate
    /// One entry per task, in plan order.
    public var tasks: [ScheduledTask]
    /// One summary per phase, in plan order, spanning its tasks.
    public var phases: [ScheduledPhase]
    /// Critical tasks, ordered by start, then plan order.
    public var criticalPath: [String]
    /// Roles by day: the busiest role-days (load over capacity), most loaded first.
    public var busiestRoleDays: [RoleDay]
    /// Whether role leveling was applied.
    public var leveled: Bool
    public var diagnostics: [Diagnostic]

    public init(planID: String, start: CivilDate, finish: CivilDate, tasks: [ScheduledTask], phases: [ScheduledPhase],
                criticalPath: [String], busiestRoleDays: [RoleDay], leveled: Bool, diagnostics: [Diagnostic]) {
        self.planID = planID
        self.start = start
        self.finish = finish
        self.tasks = tasks
        self.phases = phases
        self.criticalPath = criticalPath
        self.busiestRoleDays = busiestRoleDays
        self.leveled = leveled
        self.diagnostics = diagnostics
    }
}

public struct ScheduledTask: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The id of the enclosing phase.
    public var phase: String?
    public var milestone: Bool
    /// First working day (for a milestone, its date).
    public var start: CivilDate
    /// Last working day, inclusive (for a milestone, its date).
    public var finish: CivilDate
    /// Working days the task occupies (0 for a milestone).
    public var workingDays: Int
    /// Working days the task can slip without delaying the plan's finish.
    public var totalFloat: Int
    /// Working days the task can slip without delaying any successor.
    public var freeFloat: Int
    public var critical: Bool
    public var roles: [String]
    /// Working days leveling moved the task's start, and the role that caused it.
    public var leveledDelay: Int
    public var delayedBy: String?
    /// Boundaries in days from the plan start: the task works days `startPoint..<endPoint`.
    public var startPoint: Int
    public var endPoint: Int
    public var deadline: CivilDate?
}

public struct ScheduledPhase: Sendable, Equatable {
    public var id: String
    public var name: String
    public var parent: String?
    public var start: CivilDate
    public var finish: CivilDate
    public var workingDays: Int
    public var critical: Bool
}

/// The load of one role on one day, against its capacity.
public struct RoleDay: Sendable, Equatable {
    public var role: String
    public var date: CivilDate
    public var load: Double
    public var capacity: Double
}
