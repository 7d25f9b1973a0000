import PlanModel

/// An import's observations by number, as the importer holds them (columns, each distinct
/// metric id and dimension combination once): what a store records without an `Observation`
/// — a metric id and a dictionary, about 40 bytes to build and retain — per value. Ten
/// million observations were a gigabyte as `[Observation]`; as columns, a fifth of it.
public protocol ObservationBatch {
    /// The number of observations.
    var count: Int { get }
    /// The metric ids, by number.
    var metricIDs: [String] { get }
    /// The dimension combinations, by number.
    var dimensionCombinations: [[String: String]] { get }
    /// Every observation in the import's order (a store numbers them in it: its `seq`), with
    /// its metric's and its combination's numbers. Observations of one metric keep their
    /// input order; across metrics the order is free (the store orders by date, then metric).
    func forEachObservation(_ body: (_ metric: Int, _ day: Int, _ value: Double, _ combination: Int) throws -> Void) rethrows
}

/// `[Observation]` as a batch: metrics and combinations numbered in order of first appearance.
/// The array is kept as it is (no copy of its rows); each observation's numbers are looked up
/// again as it is visited.
public struct ObservationList: ObservationBatch {
    public private(set) var metricIDs: [String] = []
    public private(set) var dimensionCombinations: [[String: String]] = []
    private let observations: [Observation]
    private var metricNumbers: [String: Int] = [:]
    private var combinationNumbers: [[String: String]: Int] = [:]

    /// - Complexity: O(n) expected: one hash of each observation's metric and dimensions.
    public init(_ observations: [Observation]) {
        self.observations = observations
        for observation in observations {
            if metricNumbers[observation.metric] == nil {
                metricNumbers[observation.metric] = metricIDs.count
                metricIDs.append(observation.metric)
            }
            if combinationNumbers[observation.dimensions] == nil {
                combinationNumbers[observation.dimensions] = dimensionCombinations.count
                dimensionCombinations.append(observation.dimensions)
            }
        }
    }

    public var count: Int { observations.count }

    /// - Complexity: O(n) expected: one more hash of each observation's metric and dimensions.
    public func forEachObservation(_ body: (Int, Int, Double, Int) throws -> Void) rethrows {
        for observation in observations {
            // Every metric and combination was numbered by `init`.
            try body(metricNumbers[observation.metric]!, observation.date.daysSinceEpoch, observation.value,
                     combinationNumbers[observation.dimensions]!)
        }
    }
}
