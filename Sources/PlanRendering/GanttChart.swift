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
    }

    public struct Link: Sendable, Equatable {
        public var from: String
        public var to: String
        public var kind: Dependency.Kind
        public var lagDays: Int
    }

    public var planID: String
    public var title: String
    public var start: CivilDate
    public var finish: CivilDate
    public var rows: [Row]
    public var links: [Link]
    public var calendar: CalendarSpec
    /// Roles that appear in the chart, in plan order, with display names.
    public var roles: [(id: String, name: String)]
    public var today: CivilDate?
    public var scale: GanttOptions.Scale

    public func row(_ id: String) -> Row? { rows.first { $0.id == id } }
}
