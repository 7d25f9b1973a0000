import PlanModel

/// The load of one role on one day, against its capacity.
public struct RoleDay: Sendable, Equatable {
    public let role: String
    public let date: CivilDate
    public let load: Double
    public let capacity: Double
}
