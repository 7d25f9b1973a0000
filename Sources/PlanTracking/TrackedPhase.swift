import PlanModel

/// A phase as it stands: rolled up from its tasks (earliest start, latest finish, % complete
/// weighted by work), against its baseline.
public struct TrackedPhase: Sendable, Equatable {
    public let id: String
    public let name: String
    public let parent: String?
    public let depth: Int
    public let start: CivilDate
    public let finish: CivilDate
    public let baselineStart: CivilDate?
    public let baselineFinish: CivilDate?
    public let percentComplete: Double
    public let slip: Int?
    public let startSlip: Int?
    public let flags: TrackingFlags
    public let deadline: CivilDate?

    public init(id: String, name: String, parent: String?, depth: Int, start: CivilDate, finish: CivilDate, baselineStart: CivilDate?,
                baselineFinish: CivilDate?, percentComplete: Double, slip: Int?, startSlip: Int?, flags: TrackingFlags, deadline: CivilDate?) {
        self.id = id
        self.name = name
        self.parent = parent
        self.depth = depth
        self.start = start
        self.finish = finish
        self.baselineStart = baselineStart
        self.baselineFinish = baselineFinish
        self.percentComplete = percentComplete
        self.slip = slip
        self.startSlip = startSlip
        self.flags = flags
        self.deadline = deadline
    }
}
