import ArgumentParser
import Foundation
import PlanModel

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, shared by every command that writes words for people.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of tables, messages, charts and reports: zh or en (default: the plan's lang:, else the locale; 中文 unless it names English).")
    var lang: Language?

    /// The language for a run on `plan` (nil before a plan is read, or for commands without one).
    func resolved(plan: Plan? = nil) -> Language {
        Language.resolve(flag: lang, plan: plan?.language, environment: ProcessInfo.processInfo.environment)
    }
}
