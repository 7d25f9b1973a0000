import PlanModel

/// What a Gantt chart shows: options shared by every export format.
public struct GanttOptions: Sendable {
    public enum Scale: String, Sendable, CaseIterable {
        case day, week, month, auto
    }

    /// Draw a "today" line and shade the past.
    public var today: CivilDate?
    public var scale: Scale
    /// Only critical tasks (and the phases holding them).
    public var criticalOnly: Bool
    /// Only tasks of this role.
    public var role: String?
    /// Only this phase (with its sub-phases).
    public var phase: String?
    /// Replaces the plan's title.
    public var title: String?

    public init(today: CivilDate? = nil, scale: Scale = .auto, criticalOnly: Bool = false, role: String? = nil,
                phase: String? = nil, title: String? = nil) {
        self.today = today
        self.scale = scale
        self.criticalOnly = criticalOnly
        self.role = role
        self.phase = phase
        self.title = title
    }
}
