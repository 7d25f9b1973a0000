import ArgumentParser
import Foundation
import PlanModel
import PlanScheduling
import PlanTracking

/// `--as-of`, `--status` and `--baseline`, shared by `status`, `schedule` and `gantt`: any of
/// them puts tracking in force, and the command shows the plan as it stands on the status
/// date (docs/tracking.md).
struct TrackingOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The status date (YYYY-MM-DD); overrides the status file's asOf.")
    var asOf: String?

    @Option(name: .customLong("status"), help: "The status file (default: PLAN.status.yaml beside the plan); with several plans, one --status per plan, in their order.")
    var statusFiles: [String] = []

    /// The one status file of a single plan.
    var status: String? {
        get { statusFiles.first }
        set { statusFiles = newValue.map { [$0] } ?? [] }
    }

    @Option(name: .long, help: "The baseline to compare with (default: the first saved).")
    var baseline: String?

    /// Whether the command shows the plan as it stands rather than as planned.
    var inForce: Bool { asOf != nil || status != nil || baseline != nil }

    func statusDate() throws -> CivilDate? {
        try asOf.map { text in
            guard case .success(let date) = CivilDate.parse(text) else { throw UsageFailure(zh: "--as-of '\(text)' 不是日期（YYYY-MM-DD）", en: "--as-of '\(text)' is not a date (YYYY-MM-DD)") }
            return date
        }
    }

    /// The plan tracked on the status date; problems go to standard error, and errors end
    /// the command with exit 1.
    func track(planPath: String, plan: Plan, sources: [String: SourceFile], level: Bool, color: Bool?) throws -> TrackedSchedule {
        let outcome = try outcome(planPath: planPath, plan: plan, level: level, color: color)
        do {
            Console.err(DiagnosticRenderer(sources: sources, language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO))
                .render(outcome.diagnostics.sortedByLocation()))
        }
        guard let tracked = outcome.tracked else { throw InputErrors() }
        return tracked
    }

    /// - Parameter baselines: the baselines file already being read (`prefetchBaselines`).
    func outcome(planPath: String, plan: Plan, level: Bool, color: Bool?,
                 baselines: Prefetched<Result<BaselineStore, BaselineStore.LoadFailure>>? = nil) throws -> Tracker.Outcome {
        guard statusFiles.count <= 1 else {
            throw UsageFailure(zh: "一个计划给了 \(statusFiles.count) 个状态文件：只能给一个 --status", en: "\(statusFiles.count) status files for one plan; give one --status")
        }
        let asOf = try statusDate()
        let tracker = Tracker(options: SchedulerOptions(level: level))
        // The plan as planned needs neither file: scheduled on the other core while they are read.
        let planned = tracker.schedulingAhead(plan)
        let statusFile = try readStatus(planPath: planPath, plan: plan, asOf: asOf, color: color)
        let compared = try chosenBaseline(planPath: planPath, color: color, read: baselines?.value)
        return tracker.track(plan: plan, baseline: compared, status: statusFile, revision: PlanContentHash.of(plan), planned: planned)
    }

    /// `--baseline NAME`, else the first saved, else none (the plan as scheduled now stands in).
    func chosenBaseline(planPath: String, color: Bool?, read: Result<BaselineStore, BaselineStore.LoadFailure>? = nil) throws -> Baseline? {
        let store = try loadBaselines(BaselineStore.path(forPlan: planPath), color: color, read: read)
        guard let baseline else { return store.baselines.first }
        guard let named = store.baseline(named: baseline) else {
            let names = store.baselines.map(\.name)
            let hint = Suggestion.closest(to: baseline, in: names).map { Bilingual(zh: "；是不是 '\($0)'？", en: "; did you mean '\($0)'?") }
                ?? (names.isEmpty ? Bilingual(zh: "；还没有保存过基线（cycleplan baseline save \(planPath)）", en: "; none is saved yet (cycleplan baseline save \(planPath))")
                                  : Bilingual(zh: "；已保存：" + names.joined(separator: "、"), en: "; saved: " + names.joined(separator: ", ")))
            throw UsageFailure(zh: "\(planPath) 没有名为 '\(baseline)' 的基线" + hint.zh, en: "no baseline '\(baseline)' for \(planPath)" + hint.en)
        }
        return named
    }

    /// The status file given, else the one beside the plan, else (with --as-of) nothing
    /// started yet. Its problems go to standard error; errors end the command (exit 1).
    func readStatus(planPath: String, plan: Plan, asOf statusDate: CivilDate?, color: Bool?, file given: String? = nil) throws -> StatusFile {
        let named = given ?? status
        let path = named ?? BaselineStore.sibling(of: planPath, suffix: ".status.yaml")
        if named == nil && !FileManager.default.fileExists(atPath: path) {
            guard let statusDate else {
                throw UsageFailure(zh: "没有状态文件 \(path)：请写一个（见 docs/tracking.md）、用 --status 指明，或给 --as-of 日期",
                                   en: "no status file \(path); write one (see docs/tracking.md), name it with --status, or give --as-of DATE")
            }
            return StatusFile(asOf: statusDate)
        }
        let result = StatusLoader().load(file: path, plan: plan, asOf: statusDate)
        Console.err(DiagnosticRenderer(sources: result.sources, language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO))
            .render(result.diagnostics.sortedByLocation()))
        guard !result.hasErrors, let statusFile = result.status else {
            let errors = result.diagnostics.errorCount
            Console.err(runLanguage().pick(zh: "cycleplan: \(path) 有 \(errors) 个错误\n", en: "cycleplan: \(path) has \(errors) error\(errors == 1 ? "" : "s")\n"))
            throw InputErrors()
        }
        return statusFile
    }
}
