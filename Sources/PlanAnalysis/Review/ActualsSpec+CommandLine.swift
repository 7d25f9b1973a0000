import PlanModel

extension ActualsSpec {
    /// A column mapping given on the command line (`--column 成交额(元)=gmv`, `--dimension
    /// 渠道=channel`, `--date-column …`), checked against the plan's metrics; `nil` when none
    /// of it is given.
    public static func commandLine(dateColumn: String?, metricColumn: String?, valueColumn: String?, columns: [String],
                                   dimensions: [String], ignore: [String] = [], groups: String? = nil, metrics: [Metric]) throws(ActualsMappingError) -> ActualsSpec? {
        guard dateColumn != nil || metricColumn != nil || valueColumn != nil || !columns.isEmpty || !dimensions.isEmpty || !ignore.isEmpty
                || groups != nil else {
            return nil
        }
        guard (metricColumn == nil) == (valueColumn == nil) else { throw .halfALongLayout }
        let ids = metrics.map(\.id)
        var spec = ActualsSpec(dateColumn: dateColumn, metricColumn: metricColumn, valueColumn: valueColumn, ignore: ignore, groups: groups)
        for pair in columns {
            let (header, metric) = try split(pair, option: "--column")
            guard ids.contains(metric) else { throw .unknownMetric(pair: pair, metric: metric, hint: Suggestion.hint(for: metric, in: ids)) }
            spec.columns[header] = metric
        }
        for pair in dimensions {
            let (header, name) = try split(pair, option: "--dimension")
            spec.dimensions[header] = name
        }
        return spec
    }

    private static func split(_ pair: String, option: String) throws(ActualsMappingError) -> (String, String) {
        guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex, pair.index(after: equals) != pair.endIndex else {
            throw .notAPair(option: option, pair: pair)
        }
        return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
    }
}

public enum ActualsMappingError: Error, Equatable, CustomStringConvertible {
    case halfALongLayout
    case notAPair(option: String, pair: String)
    case unknownMetric(pair: String, metric: String, hint: String?)

    public var description: String {
        switch self {
        case .halfALongLayout: return "a long export needs both --metric-column and --value-column"
        case let .notAPair(option, pair): return "\(option) takes HEADER=VALUE, found '\(pair)'"
        case let .unknownMetric(pair, metric, hint):
            return "--column \(pair): '\(metric)' is not a metric of the plan" + (hint.map { " (\($0))" } ?? "")
        }
    }
}
