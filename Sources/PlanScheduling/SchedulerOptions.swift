/// How to schedule.
public struct SchedulerOptions: Sendable {
    /// Delay tasks so no role works beyond its headcount (resource leveling). Off shows the
    /// unconstrained CPM schedule and reports the over-allocation instead.
    public var level: Bool
    /// How many of the busiest role-days to report.
    public var busiestCount: Int
    /// After the first leveling pass, try the late-start rule and forward-backward
    /// improvement and keep whichever finishes first (docs/scheduling.md, "Leveling"). Off
    /// keeps the first pass: for measuring what the improvement gains.
    public var improveLeveling: Bool
    /// Plans with at least this many tasks run the first two leveling passes (least float,
    /// late start: both from the CPM dates, independent) at once on two threads; the result
    /// is the same as one after the other (docs/design.md, "Two cores"). `Int.max` keeps
    /// every pass on the caller's thread.
    public var parallelLevelingFrom: Int

    public init(level: Bool = true, busiestCount: Int = 5, improveLeveling: Bool = true, parallelLevelingFrom: Int = 2_000) {
        self.level = level
        self.busiestCount = busiestCount
        self.improveLeveling = improveLeveling
        self.parallelLevelingFrom = parallelLevelingFrom
    }
}
