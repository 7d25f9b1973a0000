/// A KPI target on a plan, phase or task, measured over that node's scheduled window unless
/// it names its own.
public struct Target: Sendable {
    public var metric: String
    public var value: Double
    public var window: DateRange?
    /// The target split by a dimension's values (`by: {渠道: {门店: 12万, 社群: 9万}}`): the
    /// review then measures each value against its own part.
    public var splits: [TargetSplit] = []
    public var location: SourceLocation

    public init(metric: String, value: Double, window: DateRange? = nil, splits: [TargetSplit] = [], location: SourceLocation) {
        self.metric = metric
        self.value = value
        self.window = window
        self.splits = splits
        self.location = location
    }

    /// The split by `dimension`, if the target has one.
    public func split(by dimension: String) -> TargetSplit? {
        splits.first { $0.dimension == dimension }
    }
}
