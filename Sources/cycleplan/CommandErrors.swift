import ArgumentParser
import PlanModel

// The failures a command reports after parsing; `Cycleplan.exitCode(for:)` maps them, and
// `OutputFailure` (PlanModel: an output refused or not written) with them: exit 1.

/// The input (a plan) had errors, already printed: exit 1.
struct InputErrors: Error {}

/// A usage problem found after parsing (an existing file, a bad option value): exit 2.
/// Written in both languages where it is made; the run prints the one of its language.
struct UsageFailure: Error {
    var message: Bilingual

    init(zh: String, en: String) {
        message = Bilingual(zh: zh, en: en)
    }

    /// A library's error passed on in both languages (its `text`).
    init(_ text: Bilingual) {
        message = text
    }

    /// `cycleplan: error: …` as the run's language writes it.
    func rendered(in language: Language) -> String {
        language.pick(zh: "cycleplan: 错误: ", en: "cycleplan: error: ") + message.text(in: language) + "\n"
    }
}

extension UsageFailure {
    /// The failure a command's `validate()` raised, in both languages. The argument parser
    /// passes only a `ValidationError`'s text on, in English; the root command prints this
    /// one instead in a 中文 run (`Cycleplan.exit(withError:mapping:)`). Set once on the main
    /// thread, as `RunLanguage` is.
    nonisolated(unsafe) static var raisedInValidation: UsageFailure?

    /// For `validate()`: `throw UsageFailure(zh:en:).validation()` (exit 2 as the parser's own).
    func validation() -> ValidationError {
        Self.raisedInValidation = self
        return ValidationError(message.en)
    }
}
