import ArgumentParser
import Foundation
import PlanModel
import PlanScheduling
import PlanTracking

extension TrackingOptions {
    /// `status a.yaml b.yaml`: each plan's own status file (`PLAN.status.yaml`) and baseline,
    /// the remaining work of all of them rescheduled together on the combined plan. Problems go
    /// to standard error; errors end the command (exit 1).
    func portfolioOutcome(planPaths: [String], level: Bool, color: Bool?) throws -> (plan: Plan, outcome: Tracker.Outcome, sources: [String: SourceFile]) {
        guard statusFiles.isEmpty || statusFiles.count == planPaths.count else {
            throw UsageFailure(zh: "\(planPaths.count) 个计划给了 \(statusFiles.count) 个状态文件：--status 要么每个计划一个（按计划的顺序），要么不给（读各自的 PLAN.status.yaml）",
                               en: "\(statusFiles.count) status files for \(planPaths.count) plans; give one --status per plan in their order, or none to read each PLAN.status.yaml")
        }
        let (portfolio, plans, sources) = try PortfolioRun.composeKeepingPlans(planPaths, color: color)
        let asOf = try statusDate()
        var members: [PortfolioTracking.MemberInput] = []
        for (index, (path, plan)) in zip(planPaths, plans).enumerated() {
            let file = statusFiles.isEmpty ? nil : statusFiles[index]
            members.append(PortfolioTracking.MemberInput(
                plan: plan, status: try readStatus(planPath: path, plan: plan, asOf: asOf, color: color, file: file),
                baseline: try chosenBaseline(planPath: path, color: color)))
        }
        let options = SchedulerOptions(level: level)
        let combined = PortfolioTracking.combine(portfolio, members: members, options: options)
        var outcome = Tracker.Outcome(tracked: nil, diagnostics: combined.diagnostics)
        if !combined.diagnostics.hasErrors {
            let tracked = Tracker(options: options).track(plan: portfolio.plan, baseline: combined.baseline,
                                                          status: combined.status, revision: combined.revision)
            outcome = Tracker.Outcome(tracked: tracked.tracked, diagnostics: combined.diagnostics + tracked.diagnostics)
        }
        return (portfolio.plan, outcome, sources)
    }
}
