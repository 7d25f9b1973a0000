/// Why a `--shift` value is not one (`review_bad_shift`).
public enum PeriodShiftError: Error, Sendable, Equatable, CustomStringConvertible {
    case noCount(String)
    case badCount(String)
    case badUnit(String, suggestion: String?)

    public var id: String { "review_bad_shift" }

    public var description: String {
        switch self {
        case .noCount(let text): return "--shift '\(text)' does not start with a count (1cycle, 1y …)"
        case .badCount(let text): return "--shift '\(text)': the count must be 1 to 999"
        case let .badUnit(text, suggestion):
            return "--shift '\(text)' names no unit" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
    }

    /// The same in Chinese, for the bilingual diagnostic.
    public var chinese: String {
        switch self {
        case .noCount(let text): return "--shift「\(text)」没有以数量开头（如 1cycle、1y）"
        case .badCount(let text): return "--shift「\(text)」：数量须在 1 到 999 之间"
        case let .badUnit(text, suggestion):
            return "--shift「\(text)」的单位无法识别" + (suggestion.map { "，是否想写「\($0)」？" } ?? "")
        }
    }

    public var hint: String {
        "write N followed by cycle (环比, the previous cycle), y (同比, last year), d, w or m — e.g. --shift 1cycle --shift 1y"
    }

    /// The hint in Chinese.
    public var chineseHint: String {
        "写数量加单位：cycle（环比，上一周期）、y（同比，去年）、d、w 或 m，例如 --shift 1cycle --shift 1y"
    }
}
