/// A phase of the work breakdown: a named group of tasks and sub-phases.
public struct Phase: Sendable {
    public var id: String
    public var name: String
    public var stage: Stage?
    /// Index of the enclosing phase in `Plan.phases`, `nil` at the top level.
    public var parent: Int?
    /// 0 at the top level.
    public var depth: Int
    /// Dependencies that every task in the phase inherits.
    public var dependencies: [Dependency]
    public var notBefore: CivilDate?
    public var deadline: CivilDate?
    public var targets: [Target]
    public var notes: String?
    /// `calendar: continuous` or `working` for every task in it that does not say.
    public var calendar: CalendarMode?
    /// The working calendar of this phase and everything in it, when it is not the plan's:
    /// set only when plans with different calendars are scheduled together (a portfolio), on
    /// each member plan's top-level group. Not a plan key. See `Plan.calendarSpec(ofTask:)`.
    public var planCalendar: CalendarSpec?
    /// The tasks of this phase and of all its sub-phases, as indices into `Plan.tasks`.
    public var taskRange: Range<Int>
    public var location: SourceLocation

    public init(
        id: String, name: String, stage: Stage? = nil, parent: Int? = nil, depth: Int = 0,
        dependencies: [Dependency] = [], notBefore: CivilDate? = nil, deadline: CivilDate? = nil,
        targets: [Target] = [], notes: String? = nil, taskRange: Range<Int> = 0..<0, location: SourceLocation,
        calendar: CalendarMode? = nil
    ) {
        self.calendar = calendar
        self.id = id
        self.name = name
        self.stage = stage
        self.parent = parent
        self.depth = depth
        self.dependencies = dependencies
        self.notBefore = notBefore
        self.deadline = deadline
        self.targets = targets
        self.notes = notes
        self.taskRange = taskRange
        self.location = location
    }
}
