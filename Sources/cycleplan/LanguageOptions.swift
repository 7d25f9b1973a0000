import ArgumentParser
import Foundation
import PlanModel

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, shared by every command that writes words for people.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of tables, messages, charts and reports: zh or en (default: the plan's lang:, else the locale; 中文 unless it names English).")
    var lang: Language?

    /// Parsing done: the flag becomes the run's, so every diagnostic the command prints later
    /// (scheduling, status files, refusals) follows it, not only the tables.
    mutating func validate() throws {
        RunLanguage.flag = lang
    }

    /// The language for a run on `plan`: the run's one rule (`runLanguage`), with this plan's
    /// `lang:` before the first plan's.
    func resolved(plan: Plan? = nil) -> Language {
        runLanguage(flag: lang, plan: plan?.language)
    }

    /// The same for a command that only names a plan (`actuals list --plan`, to find the store
    /// beside it): the plan's `lang:` as far as the loader reads it, and it is the run's.
    func resolved(planPath: String?) -> Language {
        let declared = planPath.flatMap { PlanLoader().load(file: $0).language }
        if RunLanguage.plan == nil { RunLanguage.plan = declared }
        return runLanguage(flag: lang, plan: declared)
    }
}

/// The language of everything a run prints — tables, reports, charts, diagnostics, usage
/// errors — by the one rule (`Language.resolve`): the `--lang` flag, then the plan's `lang:`,
/// then the locale, then 中文. `flag` and `plan` are the caller's when it knows them (a
/// command's own flag, the plan it reports on); else what the run has recorded.
func runLanguage(flag: Language? = nil, plan: Language? = nil) -> Language {
    Language.resolve(flag: flag ?? RunLanguage.flag, plan: plan ?? RunLanguage.plan, environment: ProcessInfo.processInfo.environment)
}

/// What the run knows of its language once the arguments are parsed and the plan read: the
/// `--lang` flag and the first plan's `lang:`. Set at most once each on the main thread before
/// any output (a CLI run is one command), read only through `runLanguage`. It is a record,
/// not a value passed down, because the one place that prints a command's thrown failures
/// (`Cycleplan.exitCode(for:)`) runs after the command, outside it (docs/design.md).
enum RunLanguage {
    nonisolated(unsafe) static var flag: Language?
    nonisolated(unsafe) static var plan: Language?
}
