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

    /// Plans with at least this many tasks run the late-start leveling pass on another thread,
    /// beside the first; the schedule is the same either way (a test holds them equal). Below
    /// it a thread costs more than the pass.
    public var parallelLevelingFrom: Int

    /// The window searches step over starts they have seen without room (`NoRoomStarts`); the
    /// schedule is the same either way (a test holds them equal). Off reads every window, for
    /// that test.
    var remembersNoRoom = true

    public init(level: Bool = true, busiestCount: Int = 5, improveLeveling: Bool = true, parallelLevelingFrom: Int = 5_000) {
        self.parallelLevelingFrom = parallelLevelingFrom
        self.level = level
        self.busiestCount = busiestCount
        self.improveLeveling = improveLeveling
    }
}
