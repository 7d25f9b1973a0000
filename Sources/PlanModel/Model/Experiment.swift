/// An A/B test run during the plan: a dimension of the actuals holds the variant.
public struct Experiment: Sendable {
    public var id: String
    public var name: String
    /// The metric compared: a rate (a formula `a / b`: successes over trials) or a flow.
    public var metric: String
    /// The dimension that holds the variant (e.g. 分组).
    public var dimension: String
    /// The control variant's value; the others are compared with it.
    public var control: String
    /// For a mean metric (average order value per customer): the metrics holding each row's
    /// standard deviation and sample size next to `metric`, its mean. Given, the test is
    /// Welch's t on the pooled samples; absent, `metric` must be a rate.
    public var standardDeviation: String?
    public var size: String?
    public var location: SourceLocation

    public init(id: String, name: String, metric: String, dimension: String, control: String,
                standardDeviation: String? = nil, size: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.metric = metric
        self.dimension = dimension
        self.control = control
        self.standardDeviation = standardDeviation
        self.size = size
        self.location = location
    }
}
