import PlanModel

/// A first word that is no command (`cycleplan shedule plan.yaml`), named as such with the
/// closest command, in the run's language: the argument parser calls it an "unexpected
/// argument" ("多余的参数" in a 中文 run), which sends the user looking at the wrong word.
enum UnknownCommand {
    /// The failure for `arguments` (the command line without the program), or `nil` when
    /// the first is an option, a command, or absent.
    static func failure(_ arguments: [String], commands: [String]) -> UsageFailure? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) else { return nil }
        let suggestion = Suggestion.didYouMean(first, in: commands)
        return UsageFailure(zh: "没有「\(first)」这个命令" + (suggestion.map { "；" + $0.zh } ?? "")
                                + "\n  命令有：" + commands.map { "'\($0)'" }.joined(separator: "、") + "（见 'cycleplan --help'）",
                            en: "'\(first)' is not a cycleplan command" + (suggestion.map { "; " + $0.en } ?? "")
                                + "\n  commands: " + commands.joined(separator: ", ") + " (see 'cycleplan --help')")
    }
}
