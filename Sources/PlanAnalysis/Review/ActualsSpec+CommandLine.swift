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
            guard ids.contains(metric) else { throw .unknownMetric(pair: pair, metric: metric, hint: Suggestion.didYouMean(metric, in: ids)) }
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
