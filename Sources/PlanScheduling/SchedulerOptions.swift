/// How to schedule.
public struct SchedulerOptions: Sendable {
    /// Delay tasks so no role works beyond its headcount (resource leveling). Off shows the
    /// unconstrained CPM schedule and reports the over-allocation instead.
    public var level: Bool
    /// How many of the busiest role-days to report.
    public var busiestCount: Int

    public init(level: Bool = true, busiestCount: Int = 5) {
        self.level = level
        self.busiestCount = busiestCount
    }
}
