import PlanModel

/// What a baseline keeps of one task, phase or milestone.
public struct BaselineEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case task, phase, milestone
    }

    public let id: String
    public let kind: Kind
    public let start: CivilDate
    /// Inclusive, like the schedule's.
    public let finish: CivilDate
    /// Planned person-days (see `PlannedWork`); a phase sums its tasks, a milestone has none.
    public let work: Double
    /// Working days.
    public let duration: Int

    public init(id: String, kind: Kind, start: CivilDate, finish: CivilDate, work: Double, duration: Int) {
        self.id = id
        self.kind = kind
        self.start = start
        self.finish = finish
        self.work = work
        self.duration = duration
    }
}
