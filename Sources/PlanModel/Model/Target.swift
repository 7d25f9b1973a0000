/// A KPI target on a plan, phase or task, measured over that node's scheduled window unless
/// it names its own.
public struct Target: Sendable {
    public var metric: String
    public var value: Double
    public var window: DateRange?
    public var location: SourceLocation

    public init(metric: String, value: Double, window: DateRange? = nil, location: SourceLocation) {
        self.metric = metric
        self.value = value
        self.window = window
        self.location = location
    }
}
