/// One KPI's pacing to date for the weekly report, already in words: computed by the review
/// engine (PlanAnalysis) and handed in by the caller, since tracking sits beside analysis,
/// not above it.
public struct KPIPacing: Sendable, Equatable {
    public var node: String
    public var metric: String
    public var target: String
    public var actual: String
    public var expectedToDate: String
    public var forecast: String
    public var status: String

    public init(node: String, metric: String, target: String, actual: String, expectedToDate: String, forecast: String, status: String) {
        self.node = node
        self.metric = metric
        self.target = target
        self.actual = actual
        self.expectedToDate = expectedToDate
        self.forecast = forecast
        self.status = status
    }

    var cells: [String] { [node, metric, target, actual, expectedToDate, forecast, status] }
}
