import PlanModel

/// One task of a `Schedule`: its dates, floats and what leveling did to it.
public struct ScheduledTask: Sendable, Equatable {
    public let id: String
    public let name: String
    /// The id of the enclosing phase.
    public let phase: String?
    public let milestone: Bool
    /// First working day (for a milestone, its date).
    public let start: CivilDate
    /// Last working day, inclusive (for a milestone, its date).
    public let finish: CivilDate
    /// Working days the task occupies (0 for a milestone).
    public let workingDays: Int
    /// Working days the task can slip without delaying the plan's finish (after leveling,
    /// roles included; for a fixed task, as if it could move).
    public let totalFloat: Int
    /// Working days the task can slip without delaying any successor.
    public let freeFloat: Int
    public let critical: Bool
    public let roles: [String]
    /// Ids of the people who do it, for roles that list people: the named ones, and after
    /// leveling those the leveler gave it (assignment order).
    public var people: [String] = []
    /// Working days leveling moved the task's start, its own waits and its predecessors' together.
    public let leveledDelay: Int
    /// The role that held the task back longest itself (`nil` when only its predecessors
    /// were delayed); `delayedByRoles` has every role's share.
    public let delayedBy: String?
    /// Working days each role held the task back itself, in the order leveling met them.
    public let delayedByRoles: [RoleDelay]
    /// Boundaries in days from the plan start: the task works days `startPoint..<endPoint`.
    public let startPoint: Int
    public let endPoint: Int
    /// The latest start and end (as points) that keep the plan's finish; `lateStartPoint`
    /// minus `startPoint`, in the task's working days, is its total float.
    public let lateStartPoint: Int
    public let lateEndPoint: Int
    public let deadline: CivilDate?
}
