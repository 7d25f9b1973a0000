import PlanModel

/// What a status file says about one task or milestone, as written (checked, not yet
/// resolved against the schedule: see `TaskProgress`).
public struct TaskStatus: Sendable, Equatable {
    public var id: String
    public var started: CivilDate?
    public var done: CivilDate?
    /// 0…1.
    public var progress: Double?
    /// Working days still needed after the status date.
    public var remaining: WorkDuration?
    public var note: String?
    /// A milestone's date.
    public var reached: CivilDate?
    /// The entry's key in the status file.
    public var location: SourceLocation

    public init(id: String, started: CivilDate? = nil, done: CivilDate? = nil, progress: Double? = nil, remaining: WorkDuration? = nil,
                note: String? = nil, reached: CivilDate? = nil, location: SourceLocation) {
        self.id = id
        self.started = started
        self.done = done
        self.progress = progress
        self.remaining = remaining
        self.note = note
        self.reached = reached
        self.location = location
    }
}
