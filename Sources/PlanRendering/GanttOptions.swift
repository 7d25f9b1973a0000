import PlanModel

/// What a Gantt chart shows: options shared by every export format.
public struct GanttOptions: Sendable {
    public enum Scale: String, Sendable, CaseIterable {
        case day, week, month, quarter, auto
    }

    /// Paper an SVG chart is sized to (landscape), with 10 mm margins.
    public enum Paper: String, Sendable, CaseIterable {
        case a4, a3

        /// The printable area in millimetres, landscape.
        public var printable: (width: Double, height: Double) {
            switch self {
            case .a4: return (277, 190)
            case .a3: return (400, 277)
            }
        }
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
    /// Size the SVG to fit this paper instead of 1 px = 1/96 inch.
    public var paper: Paper?

    public init(today: CivilDate? = nil, scale: Scale = .auto, criticalOnly: Bool = false, role: String? = nil,
                phase: String? = nil, title: String? = nil, paper: Paper? = nil) {
        self.today = today
        self.scale = scale
        self.criticalOnly = criticalOnly
        self.role = role
        self.phase = phase
        self.title = title
        self.paper = paper
    }
}
