import PlanModel
@testable import PlanAnalysis

/// The CSV scanner and the importer as they were before cells were read as bytes (a String
/// per cell, one pass, a hash set of keys), kept to check that the new ones agree with them
/// on every input.
enum ReferenceImport {
    /// The old `CSVScanner.records`; `nil` for an unclosed quote, with its record.
    static func records(_ text: String, delimiter: UInt8) -> (records: [[String]], unclosed: Int?) {
        let bytes = Array(text.utf8)
        var records: [[String]] = [], record: [String] = [], field: [UInt8] = []
        var index = 0, quoted = false, fieldStart = true
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStart = true
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == 0x22 {
                    if index + 1 < bytes.count && bytes[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case 0x22 where fieldStart:
                quoted = true
                fieldStart = false
            case delimiter:
                endField()
            case 0x0A, 0x0D:
                endField()
                records.append(record)
                record = []
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            default:
                field.append(byte)
                fieldStart = false
            }
            index += 1
        }
        if quoted { return ([], records.count + 1) }
        if !field.isEmpty || !record.isEmpty || !fieldStart {
            endField()
            records.append(record)
        }
        return (records, nil)
    }

    private struct SeenKey: Hashable {
        var day: Int, metric: Int, combination: Int
    }

    /// The old `ActualsImporter.read`, over rows of Strings.
    static func read(header: [String], rows: [[String]], headerRecord: Int, file: String, mapping: ActualsMapping,
                     window: DateRange?) -> (observations: [Observation], report: ImportReport) {
        var report = ImportReport()
        var observations: [Observation] = []
        var seen: Set<SeenKey> = []
        var combinations: [[String]: Int] = [:]
        var sharedDimensions: [[String: String]] = []
        var metricNumbers: [String: Int] = [:]
        let position = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        guard let dateIndex = position[mapping.dateColumn] else { return ([], report) }
        let dimensionColumns = mapping.dimensions.keys.sorted().compactMap { header in position[header].map { (header, $0) } }
        let wideCells: [(metric: String, column: Int)] = mapping.metrics.keys.sorted().compactMap { header in
            guard let index = position[header], let metric = mapping.metrics[header] else { return nil }
            return (metric, index)
        }
        // Since #10: a row must have every column the import reads (short rows are rejected).
        var used = [dateIndex] + dimensionColumns.map(\.1)
        switch mapping.layout {
        case .wide: used += wideCells.map(\.column)
        case let .long(metric, value): used += [position[metric], position[value]].compactMap { $0 }
        }
        let requiredCount = (used.max() ?? 0) + 1
        rowLoop: for (offset, row) in rows.enumerated() {
            let record = offset + headerRecord + 1
            func issue(_ kind: ImportIssue.Kind, _ column: Int?, _ detail: ImportIssue.Detail) {
                report.issues.append(ImportIssue(kind: kind, file: file, row: record, column: column.map { $0 + 1 }, detail: detail))
            }
            let dateCell = dateIndex < row.count ? row[dateIndex] : nil
            guard let dateCell, let date = ActualsValue.date(dateCell) else {
                // Since #10: blank rows and 合计 rows are counted apart, not read.
                if row.allSatisfy({ ActualsValue.trimmed($0).isEmpty }) {
                    report.blankRows += 1
                    continue
                }
                if let dateCell, HeaderDetector.isTotal(dateCell) {
                    report.totalRows += 1
                    continue
                }
                report.rowsRead += 1
                report.rowsRejected += 1
                if let dateCell { issue(.unparseableDate, dateIndex, .unparseableDate(text: dateCell)) } else {
                    issue(.shortRow, nil, .shortRow(cells: row.count))
                }
                continue
            }
            report.rowsRead += 1
            guard row.count >= requiredCount else {
                issue(.shortRow, nil, .shortRow(cells: row.count))
                report.rowsRejected += 1
                continue
            }
            if let window, !window.contains(date) {
                issue(.dateOutsidePlan, dateIndex, .dateOutsidePlan(date: date, window: window))
                report.rowsRejected += 1
                continue
            }
            var dimensions: [String: String] = [:]
            var combination: [String] = []
            for (header, index) in dimensionColumns where index < row.count {
                let value = ActualsValue.trimmed(row[index])
                if HeaderDetector.isTotal(value) {
                    report.rowsRead -= 1
                    report.totalRows += 1
                    continue rowLoop
                }
                dimensions[mapping.dimensions[header] ?? header] = value
                combination.append(value)
            }
            let combinationNumber: Int
            if let known = combinations[combination] {
                combinationNumber = known
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
                    issue(.shortRow, nil, .shortRow(cells: row.count))
                    report.rowsRejected += 1
                    continue
                }
                let label = String(Substring(row[metricIndex]).trimmingCharacters())
                guard let metric = MetricMatcher(metrics: [], declared: mapping.metrics).metric(for: label) else {
                    issue(.unknownMetric, metricIndex, .unknownMetric(label: label, suggestion: nil))
                    report.rowsRejected += 1
                    continue
                }
                cells = [(metric, valueIndex)]
            }
            var used = false
            let issuesBefore = report.issues.count
            var repeated: [(metric: String, column: Int)] = []
            for (metric, index) in cells {
                guard index < row.count else { continue }
                let text = row[index]
                if text.isEmpty || ActualsValue.trimmed(text).isEmpty { continue }
                guard let value = ActualsValue.number(text) else {
                    issue(.unparseableNumber, index, .unparseableNumber(text: text, metric: metric))
                    continue
                }
                let metricNumber = metricNumbers[metric] ?? {
                    metricNumbers[metric] = metricNumbers.count
                    return metricNumbers.count - 1
                }()
                guard seen.insert(SeenKey(day: date.daysSinceEpoch, metric: metricNumber, combination: combinationNumber)).inserted else {
                    repeated.append((metric, index))
                    continue
                }
                observations.append(Observation(date: date, metric: metric, value: value, dimensions: dimensions))
                used = true
            }
            // One issue per repeated row, as the importer gives it.
            if let first = repeated.min(by: { $0.column < $1.column }) {
                issue(.duplicateKey, first.column, .duplicateKey(metrics: repeated.map(\.metric), date: date, dimensions: dimensions,
                                                                 wholeRow: !used && repeated.count > 1))
            }
            if !used && report.issues.count == issuesBefore {
                switch mapping.layout {
                case .wide:
                    issue(.noValues, nil, wideCells.isEmpty ? .noMetricColumn
                          : .noValueInColumns(wideCells.map(\.column).sorted().map { header[$0] }))
                case .long: issue(.noValues, cells.first?.column, .noValueFor(metric: cells.first?.metric ?? ""))
                }
            }
            if used { report.rowsUsed += 1 } else { report.rowsRejected += 1 }
        }
        return (observations, report)
    }
}
