import PlanAnalysis
import PlanModel
import PlanScheduling

/// Runs one fuzzed input through one entry point, as the command line would, and checks the
/// promises that hold for every input (see `FuzzOutcome.violations`).
///
/// The harness is built once per process: it loads and schedules the plan the review target
/// uses, so that each fuzzed input pays only for the part under test.
public struct FuzzHarness: Sendable {
    /// The repository root: plan inputs are named as if they sat in `plans/`, so that their
    /// `include:`s of `shared/…` resolve as the shipped plans' do.
    public let root: String
    let review: ReviewSetup?

    /// `review` stays `nil` (and the review target reports a violation) if the shipped
    /// campaign plan does not load or schedule.
    public init(root: String) {
        self.root = root
        review = ReviewSetup(planPath: root + "/plans/campaign.yaml")
    }

    public func run(_ target: FuzzTarget, _ bytes: [UInt8]) -> FuzzOutcome {
        switch target {
        case .plan: return plan(bytes)
        case .formula: return FormulaFuzzing.run(bytes)
        case .csv: return TableFuzzing.csv(bytes, metrics: review?.plan.metrics ?? [])
        case .xlsx: return TableFuzzing.xlsx(bytes, metrics: review?.plan.metrics ?? [])
        case .review:
            guard let review else { return FuzzOutcome(accepted: false, findings: [], violations: ["the campaign plan did not load"]) }
            return review.run(bytes)
        }
    }

    private func plan(_ bytes: [UInt8]) -> FuzzOutcome {
        let result = PlanLoader().load(bytes: bytes, path: root + "/plans/fuzz-input.yaml")
        let diagnostics = result.diagnostics.sortedByLocation()
        var violations: [String] = []
        if result.plan == nil && !diagnostics.hasErrors { violations.append("the plan was refused without an error") }
        // `validate` prints these; rendering is part of what a hostile file can make slow.
        let rendered = DiagnosticRenderer(sources: result.sources, language: .zh).render(diagnostics)
        if !diagnostics.isEmpty && rendered.isEmpty { violations.append("diagnostics rendered as nothing") }
        var findings = diagnostics.map(\.id.rawValue)
        if let plan = result.plan, !result.hasErrors {
            let schedule = Scheduler().schedule(plan)
            findings += schedule.diagnostics.map(\.id.rawValue)
            if !schedule.diagnostics.hasErrors && schedule.finish < schedule.start {
                violations.append("the schedule finishes before it starts")
            }
        }
        return FuzzOutcome(accepted: !result.hasErrors, findings: findings, violations: violations)
    }
}
