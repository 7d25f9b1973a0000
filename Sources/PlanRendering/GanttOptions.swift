import PlanModel

/// What a Gantt chart shows: options shared by every export format.
public struct GanttOptions: Sendable {
    public enum Scale: String, Sendable, CaseIterable {
        case day, week, month, quarter, auto
    }

    /// Paper a chart is printed on (landscape), with 10 mm margins. A chart that would print
    /// with its smallest text under `minimumFontPoints` is split into pages
    /// (`GanttPagination`) rather than shrunk.
    public enum Paper: String, Sendable, CaseIterable {
        case a4, a3, a2, a1, letter

        /// The sheet in millimetres, landscape.
        public var sheet: (width: Double, height: Double) {
            switch self {
            case .a4: return (297, 210)
            case .a3: return (420, 297)
            case .a2: return (594, 420)
            case .a1: return (841, 594)
            case .letter: return (279.4, 215.9)
            }
        }

        public static let margin = 10.0

        /// The printable area in millimetres, landscape: the sheet less its margins.
        public var printable: (width: Double, height: Double) {
            (sheet.width - 2 * Self.margin, sheet.height - 2 * Self.margin)
        }
    }

    /// The smallest text a printed chart may have, in points (1/72 inch): the chart's
    /// smallest text (dates, notes: 10 px) is never printed smaller than this.
    public static let minimumFontPoints = 6.0

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
    /// The language of the chart's own words (headers, legend, tooltips, sheet headers); names
    /// stay as the plan writes them.
    public var language: Language = .zh

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
