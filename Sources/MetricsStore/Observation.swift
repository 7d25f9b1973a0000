import PlanModel

/// One measured value: a metric on a day, for a combination of dimension values.
public struct Observation: Sendable, Equatable {
    public var date: CivilDate
    public var metric: String
    public var value: Double
    /// Dimension name → value, e.g. ["渠道": "门店"].
    public var dimensions: [String: String]

    public init(date: CivilDate, metric: String, value: Double, dimensions: [String: String]) {
        self.date = date
        self.metric = metric
        self.value = value
        self.dimensions = dimensions
    }
}
