import MetricsStore
import PlanModel

/// Observations as the import hands them to the review's store: per metric, its days,
/// values and dimension combinations as columns, in input order, and each distinct
/// combination's dictionary once.
///
/// An `Observation` is a metric id, a date, a value and a dictionary (about 40 bytes, a
/// String and a dictionary to retain); a million-row export gives four million of them,
/// and the store used to copy them once more into its own order. Here one costs 20 bytes,
/// and the store (`ActualsIndex.build(_:stockMetrics:)`) takes the columns over as its
/// series without copying them when each metric's days already ascend, as exports list them.
/// The review's memory then grows with the (metric, day, dimension values) keys, not with
/// the size of the file read.
public struct ObservationColumns: Sendable {
    /// One metric's observations in input order.
    struct Column: Sendable {
        var days: [Int] = []
        var values: [Double] = []
        var combinations: [Int32] = []
    }

    /// Metric ids by number, numbered in order of first appearance.
    private(set) var metricNames: [String] = []
    private var metricNumbers: [String: Int] = [:]
    private(set) var columns: [Column] = []
    /// Combinations numbered in order of first appearance, as `ActualsIndex` numbers them.
    private(set) var numbering = CombinationNumbering()
    /// An import's own combination numbers (the nodes of its trie) → ours; -1 when not yet seen.
    private var local: [Int32] = []
    private var lastMetric = -1
    private var reserved = 0
    public private(set) var count = 0

    public init() {}

    /// - Complexity: O(n), expected.
    public init(_ observations: [Observation]) {
        for observation in observations { append(observation) }
    }

    /// A batch's observations in its order (a warehouse's rows, read once): combinations
    /// numbered in order of first appearance, as an import of the same rows numbers them.
    ///
    /// - Complexity: O(n), expected; one dictionary hash per distinct combination.
    public init(_ batch: some ObservationBatch) {
        var columns = ObservationColumns()
        let metrics = batch.metricIDs, combinations = batch.dimensionCombinations
        columns.reserve(batch.count / max(1, metrics.count))
        batch.forEachObservation { metric, day, value, combination in
            columns.add(date: CivilDate(daysSinceEpoch: day), metric: metrics[metric], value: value,
                        combination: Int32(combination), dimensions: combinations[combination])
        }
        self = columns
    }

    /// Room for about `perMetric` observations of each metric.
    mutating func reserve(_ perMetric: Int) {
        reserved = perMetric
        for index in columns.indices { reserve(&columns[index]) }
    }

    private func reserve(_ column: inout Column) {
        column.days.reserveCapacity(reserved)
        column.values.reserveCapacity(reserved)
        column.combinations.reserveCapacity(reserved)
    }

    mutating func append(_ observation: Observation) {
        append(metric: observation.metric, day: observation.date.daysSinceEpoch, value: observation.value,
               combination: numbering.number(of: observation.dimensions))
    }

    /// Forgets the previous import's combination numbers: the next file numbers its own.
    mutating func beginImport() {
        local.removeAll(keepingCapacity: true)
    }

    private mutating func append(metric: String, day: Int, value: Double, combination: Int32) {
        let number = self.number(of: metric)
        columns[number].days.append(day)
        columns[number].values.append(value)
        columns[number].combinations.append(combination)
        count += 1
    }

    /// The metric's number; tries the one after the previous first, as rows list their
    /// metrics in the same order.
    private mutating func number(of metric: String) -> Int {
        if !metricNames.isEmpty {
            let next = (lastMetric + 1) % metricNames.count
            if metricNames[next] == metric {
                lastMetric = next
                return next
            }
        }
        if let known = metricNumbers[metric] {
            lastMetric = known
            return known
        }
        metricNumbers[metric] = metricNames.count
        metricNames.append(metric)
        var column = Column()
        reserve(&column)
        columns.append(column)
        lastMetric = metricNames.count - 1
        return lastMetric
    }
}

/// Where an import puts the observations it reads: an array (`[Observation]`), or columns.
protocol ObservationSink {
    var count: Int { get }
    mutating func reserve(_ perMetric: Int, metrics: Int)
    /// Before each file: its combination numbers are its own.
    mutating func beginImport()
    mutating func append(_ observation: Observation)
    /// `combination` is the import's own number for `dimensions` (the same for equal ones).
    mutating func add(date: CivilDate, metric: String, value: Double, combination: Int32, dimensions: [String: String])
}

extension Array: ObservationSink where Element == Observation {
    mutating func beginImport() {}

    mutating func reserve(_ perMetric: Int, metrics: Int) { reserveCapacity(perMetric * metrics) }

    mutating func add(date: CivilDate, metric: String, value: Double, combination: Int32, dimensions: [String: String]) {
        append(Observation(date: date, metric: metric, value: value, dimensions: dimensions))
    }
}

extension ObservationColumns: ObservationSink {
    mutating func reserve(_ perMetric: Int, metrics: Int) { reserve(count / max(1, columns.count) + perMetric) }

    mutating func add(date: CivilDate, metric: String, value: Double, combination: Int32, dimensions: [String: String]) {
        let slot = Int(combination)
        if slot >= local.count { local += repeatElement(-1, count: slot - local.count + 1) }
        if local[slot] < 0 { local[slot] = numbering.number(of: dimensions) }
        append(metric: metric, day: date.daysSinceEpoch, value: value, combination: local[slot])
    }
}
