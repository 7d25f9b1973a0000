/// The language of every human-facing text cycleplan writes: tables, summaries, diagnostics'
/// messages and hints, chart words, reports, sheet headers. Ids (diagnostic ids, JSON keys,
/// task ids) never change with it.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh, en

    /// The language a run uses: the command line's `--lang` first, then the plan's `lang:`,
    /// then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order). A locale that names
    /// neither language — `C`, `POSIX`, unset, or another language — gives 中文, because the
    /// people who write these plans plan in Chinese; an English-speaking user sets `en_*` or
    /// passes `--lang en`.
    public static func resolve(flag: Language?, plan: Language?, environment: [String: String]) -> Language {
        flag ?? plan ?? locale(environment) ?? .zh
    }

    /// The language a POSIX locale names, if it is one of ours (`zh_CN.UTF-8` → zh,
    /// `en_US` → en). The first variable set to a non-empty value decides, as in setlocale(3).
    public static func locale(_ environment: [String: String]) -> Language? {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let code = value.prefix { $0.isLetter }.lowercased()
            return Language(rawValue: code)
        }
        return nil
    }

    /// Picks the text for this language; both are written at the call site so neither can be
    /// forgotten.
    public func pick(zh: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        self == .zh ? zh() : en()
    }
}
