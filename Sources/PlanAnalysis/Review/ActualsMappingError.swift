import PlanModel

/// A column mapping on the command line (`--column`, `--dimension`, `--metric-column`) that
/// cannot be used.
public enum ActualsMappingError: Error, Equatable, CustomStringConvertible {
    case halfALongLayout
    case notAPair(option: String, pair: String)
    /// `hint` is a suggestion in both languages (`Suggestion.didYouMean`), or none.
    case unknownMetric(pair: String, metric: String, hint: Bilingual?)

    /// The one table of this error's texts.
    public var text: Bilingual {
        switch self {
        case .halfALongLayout:
            return Bilingual(zh: "长表导出需要同时给出 --metric-column 和 --value-column", en: "a long export needs both --metric-column and --value-column")
        case let .notAPair(option, pair):
            return Bilingual(zh: "\(option) 的写法是 表头=值，这里是 '\(pair)'", en: "\(option) takes HEADER=VALUE, found '\(pair)'")
        case let .unknownMetric(pair, metric, hint):
            return Bilingual(zh: "--column \(pair)：'\(metric)' 不是计划里的指标" + (hint.map { "（\($0.zh)）" } ?? ""),
                             en: "--column \(pair): '\(metric)' is not a metric of the plan" + (hint.map { " (\($0.en))" } ?? ""))
        }
    }

    public var description: String { text.en }
}
