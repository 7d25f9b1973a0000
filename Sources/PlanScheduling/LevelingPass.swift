/// The outcome of one serial leveling pass, kept so that the leveler can run several (each
/// priority rule, each round of justification) and adopt the one that finishes first.
struct LevelingPass {
    var rule: LevelingRule
    /// Node values (tasks, then phase summaries), as points.
    var starts: [Int]
    var ends: [Int]
    var endOfDay: [Bool]
    var driving: [Int?]
    var linkedStart: [Int]
    var roleDelays: [[(role: Int, days: Int)]]
    var lastBlock: [(role: Int, day: Int)?]
    var people: [[(row: Int, units: Double)]]

    /// The plan's end point under this pass: the latest end of any task.
    let finish: Int

    init(rule: LevelingRule, run: SchedulingRun) {
        self.rule = rule
        starts = run.earlyStart
        ends = run.earlyEnd
        endOfDay = run.endOfDayMilestone
        driving = run.drivingLink
        linkedStart = run.linkedStart
        roleDelays = run.roleDelays
        lastBlock = run.lastBlock
        people = run.assignedPeople
        finish = run.projectEnd
    }

    /// Puts this pass's dates and explanations back into the run.
    func apply(to run: SchedulingRun) {
        run.earlyStart = starts
        run.earlyEnd = ends
        run.endOfDayMilestone = endOfDay
        run.drivingLink = driving
        run.linkedStart = linkedStart
        run.roleDelays = roleDelays
        run.lastBlock = lastBlock
        run.assignedPeople = people
    }
}
