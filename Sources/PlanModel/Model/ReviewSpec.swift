/// What the plan says about its review (复盘): how attainment maps to a status, how targets
/// are paced through their window, how actuals exports are read, and the A/B experiments run.
public struct ReviewSpec: Sendable {
    /// Attainment at or above `atRisk` is on track; below it at risk; below `offTrack`, off track.
    public var atRisk: Double
    public var offTrack: Double
    /// Relative weights of the working days of a target's window, for the expected-to-date
    /// curve (a heavy launch day, say); empty means linear over working days.
    public var pacingWeights: [Double]
    public var actuals: ActualsSpec?
    public var experiments: [Experiment]
    public var location: SourceLocation?

    public init(atRisk: Double = 0.95, offTrack: Double = 0.85, pacingWeights: [Double] = [], actuals: ActualsSpec? = nil,
                experiments: [Experiment] = [], location: SourceLocation? = nil) {
        self.atRisk = atRisk
        self.offTrack = offTrack
        self.pacingWeights = pacingWeights
        self.actuals = actuals
        self.experiments = experiments
        self.location = location
    }
}

/// How to read the columns of actuals exports when their headers are not the metrics' names.
public struct ActualsSpec: Sendable {
    public var dateColumn: String?
    /// For long exports: the column naming the metric and the column holding the value.
    public var metricColumn: String?
    public var valueColumn: String?
    /// Header (or metric label in a long export) → metric id.
    public var columns: [String: String]
    /// Header → dimension name.
    public var dimensions: [String: String]
    public var location: SourceLocation?

    public init(dateColumn: String? = nil, metricColumn: String? = nil, valueColumn: String? = nil,
                columns: [String: String] = [:], dimensions: [String: String] = [:], location: SourceLocation? = nil) {
        self.dateColumn = dateColumn
        self.metricColumn = metricColumn
        self.valueColumn = valueColumn
        self.columns = columns
        self.dimensions = dimensions
        self.location = location
    }
}

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
