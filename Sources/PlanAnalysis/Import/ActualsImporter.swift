import PlanModel

/// One measured value: a metric on a day, for a combination of dimension values.
public struct Observation: Sendable, Equatable {
    public var date: CivilDate
    public var metric: String
    public var value: Double
    /// Dimension name → value, e.g. ["渠道": "门店"].
    public var dimensions: [String: String]
}

/// A row the import did not use, or used with a doubt, and why: nothing is dropped silently.
public struct ImportIssue: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case unparseableNumber = "unparseable_number"
        case unparseableDate = "unparseable_date"
        case dateOutsidePlan = "date_outside_plan"
        case unknownMetric = "unknown_metric"
        case duplicateKey = "duplicate_key"
        case shortRow = "short_row"
    }

    public var kind: Kind
    public var file: String
    /// Record number in the file, 1 being the header.
    public var row: Int
    /// 1-based column, when one cell is at fault.
    public var column: Int?
    public var message: String
}

/// What an import read, used and rejected.
public struct ImportReport: Sendable, Equatable {
    public var rowsRead = 0
    public var rowsUsed = 0
    public var rowsRejected = 0
    public var issues: [ImportIssue] = []

    public init() {}
}

/// What was seen, as numbers: day, metric and dimension combination interned.
private struct SeenKey: Hashable {
    var day: Int
    var metric: Int
    var combination: Int
}

/// Turns a table into observations, checking every cell against the plan: metrics it knows,
/// dates inside its window, numbers it can read, no key twice.
public struct ActualsImporter: Sendable {
    public var window: DateRange?

    public init(window: DateRange? = nil) {
        self.window = window
    }

    /// - Complexity: O(rows × columns).
    public func read(_ table: any ActualsTable, file: String, mapping: ActualsMapping) -> (observations: [Observation], report: ImportReport) {
        var report = ImportReport()
        var observations: [Observation] = []
        var seen: Set<SeenKey> = []
        seen.reserveCapacity(table.rows.count * max(1, mapping.metrics.count))
        observations.reserveCapacity(table.rows.count * max(1, mapping.metrics.count))
        var combinations: [[String]: Int] = [:]
        var sharedDimensions: [[String: String]] = []
        var metricNumbers: [String: Int] = [:]
        let position = Dictionary(table.header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        guard let dateIndex = position[mapping.dateColumn] else { return ([], report) }
        let dimensionColumns = mapping.dimensions.keys.sorted().compactMap { header in position[header].map { (header, $0) } }
        let wideCells: [(metric: String, column: Int)] = mapping.metrics.keys.sorted().compactMap { header in
            guard let index = position[header], let metric = mapping.metrics[header] else { return nil }
            return (metric, index)
        }
        for (offset, row) in table.rows.enumerated() {
            let record = offset + table.headerRecord + 1
            report.rowsRead += 1
            func issue(_ kind: ImportIssue.Kind, _ column: Int?, _ message: String) {
                report.issues.append(ImportIssue(kind: kind, file: file, row: record, column: column.map { $0 + 1 }, message: message))
            }
            guard dateIndex < row.count else {
                issue(.shortRow, nil, "the row has \(row.count) cells, fewer than the header")
                report.rowsRejected += 1
                continue
            }
            guard let date = ActualsValue.date(row[dateIndex]) else {
                issue(.unparseableDate, dateIndex, "'\(row[dateIndex])' is not a date")
                report.rowsRejected += 1
                continue
            }
            if let window, !window.contains(date) {
                issue(.dateOutsidePlan, dateIndex, "\(date) is outside the plan (\(window.first)..\(window.last))")
                report.rowsRejected += 1
                continue
            }
            var dimensions: [String: String] = [:]
            var combination: [String] = []
            for (header, index) in dimensionColumns where index < row.count {
                let value = ActualsValue.trimmed(row[index])
                dimensions[mapping.dimensions[header] ?? header] = value
                combination.append(value)
            }
            let combinationNumber: Int
            if let known = combinations[combination] {
                combinationNumber = known
                // The same dictionary for every row of a combination: shared storage, not a copy each.
                dimensions = sharedDimensions[known]
            } else {
                combinationNumber = combinations.count
                combinations[combination] = combinationNumber
                sharedDimensions.append(dimensions)
            }
            var cells: [(metric: String, column: Int)] = []
            switch mapping.layout {
            case .wide:
                cells = wideCells
            case let .long(metricColumn, valueColumn):
                guard let metricIndex = position[metricColumn], let valueIndex = position[valueColumn],
                      metricIndex < row.count, valueIndex < row.count else {
                    issue(.shortRow, nil, "the row has \(row.count) cells, fewer than the header")
                    report.rowsRejected += 1
                    continue
                }
                let label = String(Substring(row[metricIndex]).trimmingCharacters())
                guard let metric = mapping.metrics[label] else {
                    issue(.unknownMetric, metricIndex, "'\(label)' is not a metric of the plan")
                    report.rowsRejected += 1
                    continue
                }
                cells = [(metric, valueIndex)]
            }
            var used = false
            for (metric, index) in cells {
                guard index < row.count else { continue }
                let text = row[index]
                if text.isEmpty || ActualsValue.trimmed(text).isEmpty { continue }
                guard let value = ActualsValue.number(text) else {
                    issue(.unparseableNumber, index, "'\(text)' is not a number (\(metric))")
                    continue
                }
                let metricNumber = metricNumbers[metric] ?? {
                    metricNumbers[metric] = metricNumbers.count
                    return metricNumbers.count - 1
                }()
                guard seen.insert(SeenKey(day: date.daysSinceEpoch, metric: metricNumber, combination: combinationNumber)).inserted else {
                    issue(.duplicateKey, index, "\(metric) on \(date) is given twice for the same \(dimensions.isEmpty ? "plan" : "dimensions"); the first is kept")
                    continue
                }
                observations.append(Observation(date: date, metric: metric, value: value, dimensions: dimensions))
                used = true
            }
            if used { report.rowsUsed += 1 } else { report.rowsRejected += 1 }
        }
        return (observations, report)
    }
}
