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
