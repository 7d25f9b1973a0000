/// A copy of a scheduling run handed to another thread for one leveling pass
/// (`SchedulingRun.level()`). Unchecked: the copy (`SchedulingRun(copying:)`) shares no
/// mutable state with the run it came from — its arrays are values, its plan, network and
/// calendars are read only — and only the thread it is handed to touches it.
struct DetachedRun: @unchecked Sendable {
    let run: SchedulingRun

    /// The pass's outcome, or `nil` when a task found no room (the first pass, on the
    /// caller's thread, is the one that reports such failures).
    func pass(_ rule: LevelingRule, keys: [Int], impossible: Set<Int>) -> LevelingPass? {
        run.serialPass(keys: keys, impossible: impossible) ? LevelingPass(rule: rule, run: run) : nil
    }
}
