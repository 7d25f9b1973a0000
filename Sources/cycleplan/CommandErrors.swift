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

    /// A library's error passed on as it describes itself (its text is the same in both
    /// languages; the libraries' own option errors are English).
    init(_ error: any Error) {
        message = Bilingual(verbatim: "\(error)")
    }

    /// `cycleplan: error: …` as the run's language writes it.
    func rendered(in language: Language) -> String {
        language.pick(zh: "cycleplan: 错误: ", en: "cycleplan: error: ") + message.text(in: language) + "\n"
    }
}
