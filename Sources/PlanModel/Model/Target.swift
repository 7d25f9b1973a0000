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

/// One dimension's split of a target: a part per value, in the plan's order. For a flow the
/// parts add up to the whole (`target_split_mismatch` otherwise); for a rate or a level each
/// part is that value's own target and they need not add up.
public struct TargetSplit: Sendable {
    public struct Part: Sendable {
        public var value: String
        public var target: Double
        public var location: SourceLocation

        public init(value: String, target: Double, location: SourceLocation) {
            self.value = value
            self.target = target
            self.location = location
        }
    }

    public var dimension: String
    public var parts: [Part]
    public var location: SourceLocation

    public init(dimension: String, parts: [Part], location: SourceLocation) {
        self.dimension = dimension
        self.parts = parts
        self.location = location
    }

    public var total: Double { parts.reduce(0) { $0 + $1.target } }

    public func target(of value: String) -> Double? {
        parts.first { $0.value == value }?.target
    }
}
