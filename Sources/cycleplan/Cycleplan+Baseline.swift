import ArgumentParser
import Foundation
import PlanModel
import PlanScheduling
import PlanTracking

extension Cycleplan {
    struct Baseline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save the plan's schedule as a named baseline, or list the saved ones.",
            discussion: "Baselines are kept in PLAN.baselines.json beside the plan; commit it with the plan.",
            subcommands: [Save.self, List.self]
        )
    }
}

extension Cycleplan.Baseline {
    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store the current schedule as a named baseline.")

        @Argument(help: "The plan file.")
        var plan: String

        @Option(name: .long, help: "The baseline's name (default: 初版 for the first, else the date).")
        var name: String?

        @Flag(name: .long, help: "Replace a baseline of the same name.")
        var replace = false

        @Flag(name: .long, inversion: .prefixedNo, help: "Level roles to their headcount (default on).")
        var level = true

        @Flag(name: .long, inversion: .prefixedNo, help: "Color the diagnostics (default: when stderr is a terminal).")
        var color: Bool?

        @OptionGroup var language: LanguageOptions

        func run() throws {
            let (loaded, sources) = try loadPlan(plan, color: color)
            let schedule = Scheduler(options: SchedulerOptions(level: level)).schedule(loaded)
            Console.err(DiagnosticRenderer(sources: sources, language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO)).render(schedule.diagnostics.sortedByLocation()))
            if schedule.diagnostics.hasErrors { throw InputErrors() }
            let path = BaselineStore.path(forPlan: plan)
            var store = try loadBaselines(path, color: color)
            let now = savingTime()
            let chosen = name ?? store.defaultName(savedAt: now)
            guard !chosen.trimmingCharacters(in: .whitespaces).isEmpty, !chosen.contains(where: \.isNewline) else {
                throw UsageFailure(zh: "基线名称须是一行文字", en: "a baseline name is one line of text")
            }
            let baseline = PlanTracking.Baseline.capture(name: chosen, plan: loaded, schedule: schedule, savedAt: now,
                                                         revision: PlanContentHash.of(loaded) ?? "")
            do {
                try store.add(baseline, replace: replace)
            } catch {
                throw UsageFailure(zh: "\(path) 里已有名为 '\(chosen)' 的基线（用 --replace 覆盖它，或用 --name 另起名字以保留两者）",
                                   en: "a baseline named '\(chosen)' already exists in \(path) (use --replace to overwrite it, or --name to keep both)")
            }
            // A file that cannot be written is refused as every output is (exit 1, in both languages).
            try store.save(path: path)
            Console.out(baseline.savedLine(to: path, language: language.resolved(plan: loaded)))
        }

        /// Now in UTC, or `SOURCE_DATE_EPOCH` when set, so scripted runs give the same file.
        private func savingTime() -> String {
            let environment = ProcessInfo.processInfo.environment
            let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? Int(Date().timeIntervalSince1970)
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
            return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the baselines saved for a plan.")

        @Argument(help: "The plan file.")
        var plan: String

        @Flag(name: .long, inversion: .prefixedNo, help: "Color the diagnostics (default: when stderr is a terminal).")
        var color: Bool?

        @OptionGroup var language: LanguageOptions

        func run() throws {
            let path = BaselineStore.path(forPlan: plan)
            let store = try loadBaselines(path, color: color)
            let loaded = FileManager.default.fileExists(atPath: plan) ? PlanLoader().load(file: plan).plan : nil
            let language = self.language.resolved(plan: loaded)
            guard !store.baselines.isEmpty else {
                Console.out(BaselineStore.noneSaved(plan: plan, language: language))
                return
            }
            Console.out(store.table(currentRevision: loaded.flatMap(PlanContentHash.of), language: language))
        }
    }
}

/// Reads a plan's baselines; a damaged file is an input error (exit 1) with its place.
func loadBaselines(_ path: String, color: Bool?, read: Result<BaselineStore, BaselineStore.LoadFailure>? = nil) throws -> BaselineStore {
    switch read ?? readBaselines(path) {
    case .success(let store): return store
    case .failure(let error):
        Console.err(DiagnosticRenderer(sources: [:], language: runLanguage(), color: wantsColor(color, stream: STDERR_FILENO)).render([error.diagnostic]))
        throw InputErrors()
    }
}

/// The plan's baselines file read on another thread from now on (`Prefetched`), for
/// `loadBaselines(_:color:read:)` to report in its turn.
func prefetchBaselines(planPath: String) -> Prefetched<Result<BaselineStore, BaselineStore.LoadFailure>> {
    let path = BaselineStore.path(forPlan: planPath)
    return Prefetched { readBaselines(path) }
}

/// The baselines file read, or why it cannot be, to report in the command's turn.
private func readBaselines(_ path: String) -> Result<BaselineStore, BaselineStore.LoadFailure> {
    Result(catching: { () throws(BaselineStore.LoadFailure) in try BaselineStore.load(path: path) })
}
