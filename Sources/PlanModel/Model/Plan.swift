/// A loaded plan: the model every later layer (scheduling, rendering, review) reads.
///
/// Phases and tasks are kept flat, in document order. Because phases are visited depth
/// first, the tasks of a phase and all its sub-phases form one contiguous range of `tasks`
/// (`Phase.taskRange`), which keeps "a dependency on a phase means all of its tasks" cheap.
public struct Plan: Sendable {
    public var formatVersion: Int
    public var id: String
    public var title: String
    public var start: CivilDate
    public var description: String?
    public var calendar: CalendarSpec
    public var roles: [Role]
    public var metrics: [Metric]
    public var targets: [Target]
    public var phases: [Phase]
    public var tasks: [PlanTask]
    /// Settings for the review (复盘): status thresholds, pacing, actuals columns, experiments.
    public var review: ReviewSpec
    /// The plan file itself.
    public var location: SourceLocation
    /// Every file read for this plan: the plan, then included files in the order read.
    public var files: [String]
    /// Sibling plans that share the team (`portfolio: [feb-cycle.yaml]`): scheduling this plan
    /// alone also schedules them and warns where together they over-book a shared role.
    public var portfolio: [PortfolioEntry] = []
    /// The language the plan asks its outputs to be written in (`lang: en`); `--lang` wins
    /// over it and the locale stands in when neither is given (`Language.resolve`).
    public var language: Language?

    public init(
        formatVersion: Int = 1, id: String, title: String, start: CivilDate, description: String? = nil,
        calendar: CalendarSpec = CalendarSpec(), roles: [Role] = [], metrics: [Metric] = [],
        targets: [Target] = [], phases: [Phase] = [], tasks: [PlanTask] = [], review: ReviewSpec = ReviewSpec(),
        location: SourceLocation, files: [String] = []
    ) {
        self.formatVersion = formatVersion
        self.id = id
        self.title = title
        self.start = start
        self.description = description
        self.calendar = calendar
        self.roles = roles
        self.metrics = metrics
        self.targets = targets
        self.phases = phases
        self.tasks = tasks
        self.review = review
        self.location = location
        self.files = files
    }

    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }
    public func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }
}

/// A reference to a phase or task by its index in `Plan.phases` or `Plan.tasks`.
public enum NodeRef: Hashable, Sendable {
    case phase(Int)
    case task(Int)

    /// "phase" or "task", for messages.
    public var kind: String {
        switch self {
        case .phase: return "phase"
        case .task: return "task"
        }
    }
}
