import PlanModel
import PlanScheduling
import Testing

/// Loads a plan from YAML text (which must be valid) and schedules it.
func schedule(_ yaml: String, level: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (Plan, Schedule) {
    try schedule(yaml, options: SchedulerOptions(level: level), sourceLocation: sourceLocation)
}

/// The same with every option given.
func schedule(_ yaml: String, options: SchedulerOptions, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (Plan, Schedule) {
    let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "test.yaml")
    #expect(!result.hasErrors, "\(result.diagnostics)", sourceLocation: sourceLocation)
    let plan = try #require(result.plan, sourceLocation: sourceLocation)
    return (plan, Scheduler(options: options).schedule(plan))
}

/// A plan header starting Monday 2026-09-07, weekends off, with two roles.
func plan(_ body: String, calendar: String = "", roles: String = "design: {name: 设计, headcount: 1}\n  content: {name: 内容, headcount: 2}") -> String {
    """
    cycleplan: 1
    id: t
    title: 测试
    start: 2026-09-07
    \(calendar)
    roles:
      \(roles)
    \(body)
    """
}

extension Schedule {
    func task(_ id: String) -> ScheduledTask? { tasks.first { $0.id == id } }
}

func dates(_ task: ScheduledTask?) -> String {
    guard let task else { return "missing" }
    return "\(task.start)..\(task.finish)"
}

extension RandomPlan.Options {
    /// Fixed dates, sparse calendars and team features switched on by turns, as seeds go.
    static func varied(seed: Int) -> Self {
        Self(fixedDates: seed % 3 == 0, sparse: seed % 5 == 1, team: seed % 2 == 0)
    }
}

/// Two ways to schedule that must agree (an optimisation against the plain computation): the
/// leveling rule kept, the diagnostics and every byte of the JSON contract.
func expectSameSchedule(_ plan: Plan, _ first: SchedulerOptions, _ second: SchedulerOptions, _ context: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let (a, b) = (Scheduler(options: first).schedule(plan), Scheduler(options: second).schedule(plan))
    #expect(a.levelingRule == b.levelingRule, "\(context)", sourceLocation: sourceLocation)
    #expect(a.diagnostics.map(\.id) == b.diagnostics.map(\.id), "\(context)", sourceLocation: sourceLocation)
    #expect(a.jsonBytes(plan: plan) == b.jsonBytes(plan: plan), "\(context)", sourceLocation: sourceLocation)
}
