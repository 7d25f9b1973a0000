import Foundation
import PlanModel
import PlanScheduling

/// Loading several plans to schedule together, and the sibling check of a plan scheduled
/// alone (`portfolio:`). Printing only; the rules are in `Portfolio`.
enum PortfolioRun {
    /// Loads every plan (each with its own checks) and combines them; the diagnostics of a
    /// refusal are printed and end the command (exit 1).
    static func compose(_ paths: [String], color: Bool?) throws -> (portfolio: Portfolio, sources: [String: SourceFile]) {
        let (portfolio, _, sources) = try composeKeepingPlans(paths, color: color)
        return (portfolio, sources)
    }

    /// `compose`, also giving the member plans as loaded (tracking reads each one's status
    /// file and baselines against it).
    static func composeKeepingPlans(_ paths: [String], color: Bool?) throws -> (portfolio: Portfolio, plans: [Plan], sources: [String: SourceFile]) {
        var plans: [Plan] = []
        var sources: [String: SourceFile] = [:]
        for path in paths {
            let (plan, more) = try loadPlan(path, color: color)
            plans.append(plan)
            sources.merge(more) { first, _ in first }
        }
        let (portfolio, diagnostics) = Portfolio.compose(plans)
        Console.err(DiagnosticRenderer(sources: sources, language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO))
            .render(diagnostics.sortedByLocation()))
        guard let portfolio else { throw InputErrors() }
        return (portfolio, plans, sources)
    }

    /// For a plan scheduled alone with `portfolio:`: schedules each sibling alone and returns
    /// the warnings where they over-book a shared role together, with the siblings' sources
    /// (for the notes). A sibling that cannot be read is a warning too: this plan still schedules.
    static func siblingWarnings(plan: Plan, workload: Workload, level: Bool) -> (diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        for entry in plan.portfolio {
            let result = PlanLoader().load(file: entry.resolved)
            guard !result.hasErrors, let sibling = result.plan else {
                diagnostics.append(Diagnostic(
                    .warning, .portfolioSiblingUnreadable,
                    Bilingual(zh: "兄弟计划「\(entry.path)」无法读取或有错误，未比较负荷",
                              en: "sibling plan '\(entry.path)' cannot be read or has errors; its load is not compared"),
                    at: entry.location,
                    hint: Bilingual(zh: "先运行 'cycleplan validate \(entry.resolved)'", en: "run 'cycleplan validate \(entry.resolved)'")))
                continue
            }
            sources.merge(result.sources) { first, _ in first }
            let other = Scheduler(options: SchedulerOptions(level: level)).scheduleWithWorkload(sibling)
            diagnostics += Portfolio.siblingOverbooking(plan: plan, load: workload, entry: entry,
                                                        sibling: sibling, siblingLoad: other.workload)
        }
        return (diagnostics, sources)
    }
}
