import MetricsStore

/// The importer's columns handed to a store as they are (`MetricsDatabase.record(_:batch:)`):
/// metric after metric, each in input order.
extension ObservationColumns: ObservationBatch {
    public var metricIDs: [String] { metricNames }

    public var dimensionCombinations: [[String: String]] { numbering.combinations }

    public func forEachObservation(_ body: (Int, Int, Double, Int) throws -> Void) rethrows {
        for (metric, column) in columns.enumerated() {
            for position in column.days.indices {
                try body(metric, column.days[position], column.values[position], Int(column.combinations[position]))
            }
        }
    }
}
