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

    /// The language for a run on `plan` (nil before a plan is read, or for commands without one).
    func resolved(plan: Plan? = nil) -> Language {
        Language.resolve(flag: lang, plan: plan?.language, environment: ProcessInfo.processInfo.environment)
    }
}

/// What the run knows of its language once the arguments are parsed and the plan read: the
/// `--lang` flag and the plan's `lang:`. Set at most once each on the main thread before any
/// output (a CLI run is one command), read by `diagnosticsLanguage`.
enum RunLanguage {
    nonisolated(unsafe) static var flag: Language?
    nonisolated(unsafe) static var plan: Language?
}
