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

extension ObservationBatch {
    /// The observations as values, in `forEachObservation`'s order (what a store without a
    /// batch import of its own records, and what a review of columns reads as values).
    ///
    /// - Complexity: O(n) for n observations.
    public var observations: [Observation] {
        let metrics = metricIDs, combinations = dimensionCombinations
        var result: [Observation] = []
        result.reserveCapacity(count)
        forEachObservation { metric, day, value, combination in
            result.append(Observation(date: CivilDate(daysSinceEpoch: day), metric: metrics[metric], value: value,
                                      dimensions: combinations[combination]))
        }
        return result
    }
}

/// `[Observation]` as a batch: metrics and combinations numbered in order of first appearance.
public struct ObservationList: ObservationBatch {
    public private(set) var metricIDs: [String] = []
    public private(set) var dimensionCombinations: [[String: String]] = []
    private var rows: [(metric: Int, day: Int, value: Double, combination: Int)] = []

    /// - Complexity: O(n) expected: one hash of each observation's metric and dimensions.
    public init(_ observations: [Observation]) {
        var metrics: [String: Int] = [:], combinations: [[String: String]: Int] = [:]
        rows.reserveCapacity(observations.count)
        for observation in observations {
            let metric: Int, combination: Int
            if let known = metrics[observation.metric] {
                metric = known
            } else {
                metric = metricIDs.count
                metrics[observation.metric] = metric
                metricIDs.append(observation.metric)
            }
            if let known = combinations[observation.dimensions] {
                combination = known
            } else {
                combination = dimensionCombinations.count
                combinations[observation.dimensions] = combination
                dimensionCombinations.append(observation.dimensions)
            }
            rows.append((metric, observation.date.daysSinceEpoch, observation.value, combination))
        }
    }

    public var count: Int { rows.count }

    public func forEachObservation(_ body: (Int, Int, Double, Int) throws -> Void) rethrows {
        for row in rows { try body(row.metric, row.day, row.value, row.combination) }
    }
}
