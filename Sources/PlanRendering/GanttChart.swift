import PlanModel
import PlanScheduling

/// A schedule prepared for drawing: the rows to show (filtered by the options), the links
/// between shown rows, the calendar and the legend. Every exporter draws from this value.
public struct GanttChart: Sendable {
    public enum Kind: Sendable, Equatable { case phase, task, milestone }

    public struct Row: Sendable {
        public var kind: Kind
        public var id: String
        public var name: String
        /// Outline depth: 0 for top-level phases and tasks.
        public var depth: Int
        /// The id of the enclosing phase.
        public var parent: String?
        public var start: CivilDate
        /// Inclusive.
        public var finish: CivilDate
        public var workingDays: Int
        public var totalFloat: Int
        public var freeFloat: Int
        public var critical: Bool
        public var roles: [String]
        /// Units per role, in `roles` order.
        public var units: [Double]
        public var leveledDelay: Int
        public var delayedBy: String?
        public var notes: String?
        /// Targets, already formatted: `成交额 ¥1,200,000`.
        public var targets: [String]
        public var stage: Stage?
        /// Working days each role held the task back while leveling (the schedule's own).
        public var delayedByRoles: [RoleDelay] = []
        /// Baseline, progress and slip, when the chart shows the plan as it stands on a
        /// status date (`GanttChart+Tracking.swift`).
        public var progress: RowProgress? = nil
        /// The task's or phase's deadline, and how many working days its finish lies past it
        /// (0 when on time), counted as the scheduler's missed-deadline warning counts them.
        public var deadline: CivilDate? = nil
        public var lateDays: Int = 0
        /// A fixed start date (`start:` in the plan): drawn as a pin.
        public var pin: CivilDate? = nil
        /// The named people assigned to a task (`role: design/wang`), by name: the HTML
        /// page's search finds a task by them.
        public var people: [String] = []
        /// For plans with different calendars charted together: the member plan's calendar
        /// the row works on, an index into `memberCalendars` (nil on one calendar).
        public var memberCalendar: Int? = nil
    }

    public struct Link: Sendable, Equatable {
        public var from: String
        public var to: String
        public var kind: Dependency.Kind
        public var lagDays: Int
        /// The lag counts calendar days (`2cd`), not working days.
        public var lagInCalendarDays: Bool = false
        /// The successor is as early as this link allows: the link drives it
        /// (`GanttChart+Driving.swift`).
        public var driving: Bool = false
    }

    public var planID: String
    public var title: String
    public var start: CivilDate
    public var finish: CivilDate
    public var rows: [Row]
    public var links: [Link]
    /// The days shaded and marked: the plan's calendar (for plans on different calendars
    /// charted together, the days none of them works: `shadedCalendar(of:)`).
    public var calendar: CalendarSpec
    /// Plans with different calendars charted together: each member plan's own calendar (the
    /// first plan's first), shaded behind that plan's rows; empty on one calendar.
    public var memberCalendars: [CalendarSpec] = []
    /// Roles that appear in the chart, in plan order, with display names.
    public var roles: [(id: String, name: String)]
    /// Each role's color, fixed by its position in the plan (not among the shown roles), so
    /// a filtered chart keeps the colors of the full one.
    public var roleColors: [String: String]
    /// The role a bar is colored by when a task has several: `--role`'s, else the first.
    public var focusRole: String?
    public var criticalPath: [String]
    /// The schedule's critical chains, cut to the shown rows.
    public var criticalPaths: [[String]] = []
    public var busiestRoleDays: [RoleDay]
    public var leveled: Bool
    public var today: CivilDate?
    public var scale: GanttOptions.Scale
    public var paper: GanttOptions.Paper?
    /// The language of the chart's words (`GanttOptions.language`).
    public var language: Language = .zh
    /// The status date and the baseline's name, when tracking is in force.
    public var tracking: (asOf: CivilDate, baseline: String)? = nil
    /// Booked vs available person-days per role, for the heat map the HTML page shows under
    /// the chart (`gantt -o x.html`); `nil` leaves it out.
    public var workload: Workload? = nil

    public func row(_ id: String) -> Row? { rows.first { $0.id == id } }

    /// The role whose color a row's bar takes.
    public func colorRole(of row: Row) -> String? {
        if let focusRole, row.roles.contains(focusRole) { return focusRole }
        return row.roles.first
    }

    public func color(of row: Row) -> String {
        colorRole(of: row).flatMap { roleColors[$0] } ?? GanttPalette.unassigned
    }

    /// The roles that color at least one shown bar, in plan order: the legend's entries.
    public var legendRoles: [(id: String, name: String)] {
        var used = Set<String>()
        for row in rows where row.kind == .task { if let role = colorRole(of: row) { used.insert(role) } }
        return roles.filter { used.contains($0.id) }
    }
}
