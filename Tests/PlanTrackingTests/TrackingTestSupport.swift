import PlanModel
import PlanScheduling
import PlanTracking
import Testing

/// Loads a plan from YAML text, which must be valid.
func loadPlan(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Plan {
    let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "plan.yaml")
    #expect(!result.hasErrors, "\(result.diagnostics)", sourceLocation: sourceLocation)
    return try #require(result.plan, sourceLocation: sourceLocation)
}

/// Reads a status file's text against a plan; it must load without errors.
func loadStatus(_ yaml: String, plan: Plan, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> StatusFile {
    let result = StatusLoader().load(bytes: Array(yaml.utf8), path: "plan.status.yaml", plan: plan)
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)", sourceLocation: sourceLocation)
    return try #require(result.status, sourceLocation: sourceLocation)
}

/// The baseline of a plan as scheduled now.
func baseline(of plan: Plan, name: String = "初版") -> Baseline {
    Baseline.capture(name: name, plan: plan, schedule: Scheduler().schedule(plan), savedAt: "2027-01-01T00:00:00Z", revision: "r1")
}

func track(_ plan: Plan, baseline: Baseline?, status: StatusFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TrackedSchedule {
    let outcome = Tracker().track(plan: plan, baseline: baseline, status: status)
    #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)", sourceLocation: sourceLocation)
    return try #require(outcome.tracked, sourceLocation: sourceLocation)
}

extension TrackedSchedule {
    func task(_ id: String) -> TrackedTask? { tasks.first { $0.id == id } }
    func phase(_ id: String) -> TrackedPhase? { phases.first { $0.id == id } }
}

func span(_ task: TrackedTask?) -> String {
    guard let task else { return "missing" }
    return "\(task.start)..\(task.finish)"
}

func date(_ text: String) -> CivilDate { CivilDate(text) ?? CivilDate(daysSinceEpoch: 0) }

/// A campaign starting Monday 2027-01-04, weekends off. Baseline (leveled, no conflicts):
/// x 01-04..05 (content), a 01-04..07 (design), b 01-08..12 (content, after a),
/// c 01-08..11 (design, after a), m 01-12 (after b, c), e 01-13..14 (content, after m).
let campaign = """
    cycleplan: 1
    id: spring
    title: 春节活动
    start: 2027-01-04
    roles:
      design: {name: 设计, headcount: 1}
      content: {name: 内容运营, headcount: 1}
    phases:
      - id: prep
        name: 筹备
        tasks:
          - {id: x, name: 素材整理, role: content, duration: 2d}
          - {id: a, name: 海报设计, role: design, duration: 4d}
          - {id: b, name: 推文文案, role: content, duration: 3d, after: a}
          - {id: c, name: 落地页, role: design, duration: 2d, after: a}
      - id: go
        name: 上线
        tasks:
          - {id: m, name: 活动上线, milestone: true, after: [b, c]}
          - {id: e, name: 复盘, role: content, duration: 2d, after: m, deadline: 2027-01-14}
    """
