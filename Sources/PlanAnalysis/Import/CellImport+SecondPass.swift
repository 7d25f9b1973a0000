import PlanModel

extension CellImport {
    /// The values of the rows the first pass kept, each checked and then kept once per key.
    struct SecondPass {
        /// The chunk of rows being read (the whole table, unless streamed).
        var owner: CellImport
        /// The first pass's combinations, as of the chunk being read.
        var nodeDimensions: [[String: String]?]
        /// Wide layout: each metric column, with the number of its key (the metric, and the
        /// dimension values its grouped header gives, if any) and those values.
        let wideCells: [(metric: String, number: Int, column: Int, fixed: [String: String])]
        /// Long layout: the metric and value columns, when the header has both.
        let longColumns: (metric: Int, value: Int)?
        let isLong: Bool
        /// Long layout: metric numbers by id.
        let metricNumbers: [String: Int]
        var seen: SeenKeys
        /// Long layout: distinct raw metric cells → their label and metric.
        private var labels = ByteInterner()
        private var labelMetrics: [(label: String, metric: String?)] = []
        private let matcher: MetricMatcher

        init(import owner: CellImport, position: [String: Int], first: FirstPass) {
            self.owner = owner
            nodeDimensions = first.nodeDimensions
            let mapping = owner.mapping
            matcher = MetricMatcher(metrics: [], declared: mapping.metrics)
            var numbers: [String: Int] = [:]
            for metric in mapping.metrics.values.sorted() where numbers[metric] == nil { numbers[metric] = numbers.count }
            metricNumbers = numbers
            // A grouped column (新客数 for 渠道 门店) is a key of its own beside the metric's.
            var keyNumbers = numbers
            wideCells = mapping.metrics.keys.sorted().compactMap { header in
                guard let column = position[header], let metric = mapping.metrics[header] else { return nil }
                guard let fixed = mapping.columnDimensions[header], !fixed.isEmpty else { return (metric, numbers[metric] ?? 0, column, [:]) }
                let key = metric + "\u{0}" + fixed.keys.sorted().map { "\($0)\u{0}\(fixed[$0] ?? "")" }.joined(separator: "\u{0}")
                if keyNumbers[key] == nil { keyNumbers[key] = keyNumbers.count }
                return (metric, keyNumbers[key] ?? 0, column, fixed)
            }
            let keyCount = keyNumbers.count
            switch mapping.layout {
            case .wide:
                isLong = false
                longColumns = nil
            case let .long(metricColumn, valueColumn):
                isLong = true
                longColumns = position[metricColumn].flatMap { metric in position[valueColumn].map { (metric, $0) } }
            }
            seen = SeenKeys(metrics: keyCount)
        }

        /// Appends the row's observations and issues; `true` when it gave an observation.
        mutating func read<Sink: ObservationSink>(_ offset: Int, _ row: Row, _ bytes: UnsafeBufferPointer<UInt8>,
                                                  into observations: inout Sink, issues: inout [ImportIssue]) -> Bool {
            let count = owner.cellCount(offset)
            let dimensions = nodeDimensions[Int(row.combination)] ?? [:]
            let issuesBefore = issues.count
            var used = false
            // A row exported twice repeats every value: one issue for the row, naming what it
            // repeats, not one per cell.
            var repeated: [(metric: String, column: Int)] = []
            func take(_ metric: String, _ number: Int, _ column: Int, _ fixed: [String: String] = [:]) {
                guard column < count else { return }
                let cell = owner.cell(offset, column, bytes)
                if ActualsValue.isBlank(cell: cell) { return }
                guard let value = owner.decimalComma ? ActualsValue.number(decimalComma: cell) : ActualsValue.number(cell: cell) else {
                    let text = owner.text(offset, column)
                    if !owner.decimalComma && ActualsValue.isAmbiguousDecimal(text) {
                        issues.append(owner.issue(.ambiguousNumber, offset, column, .ambiguousNumber(text: text, metric: metric)))
                    } else {
                        issues.append(owner.issue(.unparseableNumber, offset, column, .unparseableNumber(text: text, metric: metric)))
                    }
                    return
                }
                guard seen.insert(day: row.day, metric: number, combination: Int(row.combination)) else {
                    repeated.append((metric, column))
                    return
                }
                if fixed.isEmpty {
                    observations.add(date: row.date, metric: metric, value: value, combination: row.combination, dimensions: dimensions)
                } else {
                    // The row's combination number stands for its own dimensions, not these.
                    observations.append(Observation(date: row.date, metric: metric, value: value,
                                                    dimensions: dimensions.merging(fixed) { _, group in group }))
                }
                used = true
            }
            func reportRepeats() {
                guard let first = repeated.min(by: { $0.column < $1.column }) else { return }
                issues.append(owner.issue(.duplicateKey, offset, first.column,
                                          .duplicateKey(metrics: repeated.map(\.metric), date: row.date, dimensions: dimensions,
                                                        wholeRow: !used && repeated.count > 1)))
            }
            if !isLong {
                for (metric, number, column, fixed) in wideCells { take(metric, number, column, fixed) }
                reportRepeats()
                if !used && issues.count == issuesBefore {
                    // Rejected for want of a value: listed, as every rejected row is.
                    issues.append(owner.issue(.noValues, offset, nil, wideCells.isEmpty
                        ? .noMetricColumn : .noValueInColumns(wideCells.map(\.column).sorted().map { owner.header[$0] })))
                }
                return used
            }
            guard let (metricColumn, valueColumn) = longColumns, metricColumn < count, valueColumn < count else {
                issues.append(owner.issue(.shortRow, offset, nil, .shortRow(cells: count)))
                return false
            }
            let (label, metric) = label(owner.cell(offset, metricColumn, bytes))
            guard let metric else {
                issues.append(owner.issue(.unknownMetric, offset, metricColumn, .unknownMetric(label: label, suggestion: matcher.suggested(for: label))))
                return false
            }
            take(metric, metricNumbers[metric] ?? 0, valueColumn)
            reportRepeats()
            if !used && issues.count == issuesBefore {
                issues.append(owner.issue(.noValues, offset, valueColumn, .noValueFor(metric: metric)))
            }
            return used
        }

        /// The metric a long-layout cell names, looked up once per distinct cell.
        private mutating func label(_ cell: UnsafeBufferPointer<UInt8>) -> (label: String, metric: String?) {
            let (entry, isNew) = labels.intern(cell)
            if isNew {
                let label = String(Substring(String(decoding: cell, as: UTF8.self)).trimmingCharacters())
                labelMetrics.append((label, matcher.metric(for: label)))
            }
            return labelMetrics[entry]
        }
    }
}
