/// One task. (Named `PlanTask` so it never shadows Swift's concurrency `Task`.)
public struct PlanTask: Sendable {
    /// How long the task is.
    public enum Length: Hashable, Sendable {
        /// Lasts this many working days, whoever works on it.
        case duration(WorkDuration)
        /// Needs this many person-days; its length is effort ÷ assigned units.
        case effort(WorkDuration)
        /// A point in time.
        case milestone
    }

    public var id: String
    public var name: String
    /// Index of the enclosing phase in `Plan.phases`.
    public var phase: Int?
    public var assignments: [Assignment]
    public var length: Length
    /// Fixed start date (for a milestone, its date).
    public var start: CivilDate?
    public var notBefore: CivilDate?
    public var deadline: CivilDate?
    /// 1…1000, default 500; higher goes first when roles are leveled.
    public var priority: Int
    public var stage: Stage?
    public var dependencies: [Dependency]
    public var targets: [Target]
    public var notes: String?
    /// `calendar: continuous` or `working`; `nil` takes its phases' (then `working`).
    public var calendar: CalendarMode?
    public var location: SourceLocation

    public static let defaultPriority = 500

    public init(
        id: String, name: String, phase: Int? = nil, assignments: [Assignment] = [],
        length: Length, start: CivilDate? = nil, notBefore: CivilDate? = nil, deadline: CivilDate? = nil,
        priority: Int = PlanTask.defaultPriority, stage: Stage? = nil, dependencies: [Dependency] = [],
        targets: [Target] = [], notes: String? = nil, location: SourceLocation, calendar: CalendarMode? = nil
    ) {
        self.calendar = calendar
        self.id = id
        self.name = name
        self.phase = phase
        self.assignments = assignments
        self.length = length
        self.start = start
        self.notBefore = notBefore
        self.deadline = deadline
        self.priority = priority
        self.stage = stage
        self.dependencies = dependencies
        self.targets = targets
        self.notes = notes
        self.location = location
    }

    public var isMilestone: Bool { length == .milestone }

    /// A `duration` in calendar days (`7cd`): elapsed time, whatever the calendars say.
    public var isElapsed: Bool {
        if case .duration(let duration) = length { return duration.calendarDays }
        return false
    }
}

/// Units of a role working on a task: 1 is one person full time, 0.5 half of one.
public struct Assignment: Hashable, Sendable {
    public var role: String
    public var units: Double
    /// A named person of the role (`role: design/wang`), or `nil` for whoever is free.
    public var person: String?
    public var location: SourceLocation

    public init(role: String, units: Double = 1, location: SourceLocation, person: String? = nil) {
        self.role = role
        self.units = units
        self.person = person
        self.location = location
    }
}
