/// What the plan says about its review (复盘): how attainment maps to a status, how targets
/// are paced through their window, how actuals exports are read, and the A/B experiments run.
public struct ReviewSpec: Sendable {
    /// Attainment at or above `atRisk` is on track; below it at risk; below `offTrack`, off track.
    public var atRisk: Double
    public var offTrack: Double
    /// Relative weights of the working days of a target's window, for the expected-to-date
    /// curve (a heavy launch day, say); empty means linear over working days.
    public var pacingWeights: [Double]
    /// The single form of `actuals:`: one mapping for every file.
    public var actuals: ActualsSpec?
    /// The list form: one source per kind of export, each with its `match`; a file matches
    /// the first source whose `match` fits it.
    public var actualsSources: [ActualsSpec] = []
    /// `actuals: {source: postgres://…, table: …}`: a warehouse table read in place.
    public var warehouse: WarehouseSpec?
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
