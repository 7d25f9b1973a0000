import PlanModel

/// One phase of a `Schedule`, spanning its tasks (a phase without tasks: its point).
public struct ScheduledPhase: Sendable, Equatable {
    public let id: String
    public let name: String
    public let parent: String?
    public let start: CivilDate
    public let finish: CivilDate
    public let workingDays: Int
    public let critical: Bool
}
