/// What a period comparison is called: 环比 against the period before, 同比 against the same
/// period a year (or years) before.
public enum ComparisonKind: String, Sendable, Hashable {
    case periodOnPeriod = "period_on_period"
    case yearOnYear = "year_on_year"
}
