import Foundation
import PlanModel

/// Reads actuals exports (CSV or XLSX) for a plan: opens each file, picks the plan's source
/// for it (the `actuals:` list's first `match`, or the single mapping, or none: inference),
/// overlays what the command line declares, finds the header, decides what every column
/// becomes (`ColumnPlanner`), imports the rows, and checks values given by two files.
/// What one file cannot give (it is missing, not a table, has no date column) stops the
/// review with an `ActualsLoadError`; everything else is accounted for in the `ImportReport`.
public struct ActualsLoader: Sendable {
    public var plan: Plan
    /// Column mapping given on the command line; wins over the plan's declarations.
    public var override: ActualsSpec?
    /// The sheet to read in workbooks (`--sheet`), over the source's; the first when neither names one.
    public var sheet: String?
    /// What to do with a value two files both give.
    public var onOverlap: OverlapPolicy
    /// A CSV larger than this is read in chunks of this size (tests stream small files).
    var chunkBytes = CSVChunks.defaultChunkBytes

    public init(plan: Plan, override: ActualsSpec? = nil, sheet: String? = nil, onOverlap: OverlapPolicy = .error) {
        self.plan = plan
        self.override = override
        self.sheet = sheet
        self.onOverlap = onOverlap
    }

    /// The mapping in force for every file: the plan's single `actuals:` mapping, with the
    /// override's entries on top.
    public var declared: ActualsSpec? { merged(plan.review.actuals) }

    /// The source for one file and how to name it in the report.
    public func source(for path: String) -> (spec: ActualsSpec?, label: String, chinese: String) {
        let name = (path as NSString).lastPathComponent
        for (index, source) in plan.review.actualsSources.enumerated() {
            guard let pattern = source.match, Self.matches(pattern, path: path, name: name) else { continue }
            return (merged(source), "actuals[\(index + 1)] (match \(pattern))", "actuals 第 \(index + 1) 项（match \(pattern)）")
        }
        if let single = plan.review.actuals { return (merged(single), "actuals", "actuals") }
        return override == nil ? (merged(nil), "inferred", "自动识别") : (merged(nil), "command line", "命令行")
    }

    /// A glob (`*`, `?`, `[…]`) or a plain name, against the file's name or its path as given.
    static func matches(_ pattern: String, path: String, name: String) -> Bool {
        fnmatch(pattern, name, 0) == 0 || fnmatch(pattern, path, 0) == 0
    }

    private func merged(_ base: ActualsSpec?) -> ActualsSpec? {
        guard let override else { return base }
        var merged = base ?? ActualsSpec()
        if let date = override.dateColumn { merged.dateColumn = date }
        if let metric = override.metricColumn { merged.metricColumn = metric }
        if let value = override.valueColumn { merged.valueColumn = value }
        merged.columns.merge(override.columns) { _, new in new }
        merged.dimensions.merge(override.dimensions) { _, new in new }
        merged.ignore += override.ignore
        if let groups = override.groups { merged.groups = groups }
        return merged
    }

    /// Imports every file; rows dated outside `window` are reported and left out (`nil`: any date).
    public func load(_ paths: [String], window: DateRange?) throws(ActualsLoadError) -> (observations: [Observation], report: ImportReport) {
        var observations: [Observation] = []
        let report = try load(paths, window: window, into: &observations)
        return (observations, report)
    }

    /// The same, as columns (`ObservationColumns`), which a review's store takes over: one
    /// file is read straight into them; several go through the overlap check first.
    public func loadColumns(_ paths: [String], window: DateRange?) throws(ActualsLoadError) -> (columns: ObservationColumns, report: ImportReport) {
        var columns = ObservationColumns()
        let report = try load(paths, window: window, into: &columns)
        return (columns, report)
    }

    private func load<Sink: ObservationSink>(_ paths: [String], window: DateRange?, into sink: inout Sink) throws(ActualsLoadError) -> ImportReport {
        var observations: [Observation] = []
        var total = ImportReport()
        var overlaps = OverlapCheck(policy: onOverlap)
        overlaps.names = Dictionary(plan.metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for (fileNumber, path) in paths.enumerated() {
            let (spec, label, chinese) = source(for: path)
            // One CSV file is read chunk after chunk when large (`StreamedCSV`); several are
            // read whole, for the overlap check between them.
            let options = HeaderDetector.Options(dateColumn: spec?.dateColumn, headerRows: spec?.headerRows)
            var streamed = paths.count == 1 ? try StreamedCSV.open(path, header: options, chunkBytes: chunkBytes) : nil
            let table: any ActualsTable, sheetName: String?
            if let streamed {
                (table, sheetName) = (streamed.table, nil)
            } else {
                (table, sheetName) = try read(path, spec: spec)
            }
            let planner = ColumnPlanner(metrics: plan.metrics, spec: spec)
            let sample = table.sample(ColumnPlanner.sampledRows)
            guard let columns = planner.plan(header: table.header, sample: sample, file: path, headerRecord: table.headerRecord) else {
                throw .noDateColumn(path: path, header: table.header)
            }
            // Several files: each file's observations with their rows, for the overlap check.
            var found: [Observation] = [], rows: [Int32] = []
            sink.beginImport()
            let decimalComma = spec?.decimalComma ?? false
            var report: ImportReport
            if streamed != nil {
                report = try streamed!.read(file: path, mapping: columns.mapping, window: window, decimalComma: decimalComma, into: &sink)
            } else if paths.count > 1 {
                report = ActualsImporter(window: window).read(table, file: path, mapping: columns.mapping, decimalComma: decimalComma,
                                                              recordRows: true, into: &found, records: &rows)
            } else {
                report = ActualsImporter(window: window).read(table, file: path, mapping: columns.mapping, decimalComma: decimalComma,
                                                              recordRows: false, into: &sink, records: &rows)
            }
            report.issues = columns.issues + report.issues
            if report.rowsRead == 0 {
                report.issues.append(ImportIssue(kind: .noRows, file: path, row: table.headerRecord, column: nil, detail: .noRows))
            }
            let layout: String
            if case .long = columns.mapping.layout { layout = "long" } else { layout = "wide" }
            let firstHeaderRecord = max(1, table.headerRecord - table.headerRows + 1)
            var file = FileImport(file: path, sheet: sheetName, source: label, layout: layout,
                                  headerRows: firstHeaderRecord...max(firstHeaderRecord, table.headerRecord))
            file.titleRows = firstHeaderRecord - 1
            file.sourceChinese = chinese
            file.columns = columns.columns
            if paths.count > 1 {
                overlaps.add(&found, rows: rows, file: fileNumber, path: path, into: &observations, report: &report)
            }
            file.rowsRead = report.rowsRead
            file.rowsUsed = report.rowsUsed
            file.rowsRejected = report.rowsRejected
            file.blankRows = report.blankRows
            file.totalRows = report.totalRows
            total.rowsRead += report.rowsRead
            total.rowsUsed += report.rowsUsed
            total.rowsRejected += report.rowsRejected
            total.blankRows += report.blankRows
            total.totalRows += report.totalRows
            total.issues += report.issues
            total.files.append(file)
        }
        overlaps.finish(&observations)
        sink.beginImport()
        for observation in observations { sink.append(observation) }
        return total
    }

    private func read(_ path: String, spec: ActualsSpec?) throws(ActualsLoadError) -> (table: any ActualsTable, sheet: String?) {
        // Regular files only: a FIFO is "not a regular file", not "permission denied".
        let data: [UInt8]
        switch InputFile.read(path) {
        case .success(let read): data = read
        case .failure(let failure): throw .unreadable(path: path, reason: failure.text)
        }
        let options = HeaderDetector.Options(dateColumn: spec?.dateColumn, headerRows: spec?.headerRows)
        if path.lowercased().hasSuffix(".xlsx") {
            do {
                let table = try XLSXReader.read(data, sheet: sheet ?? spec?.sheet, header: options)
                return (table, table.sheet)
            } catch {
                throw .notATable(path: path, reason: error.text)
            }
        }
        let table: CSVTable
        do {
            table = try CSVTable.read(data)
        } catch {
            switch error {
            case let .unclosedQuote(record, column, _):
                throw .malformed(path: path, row: record, column: column, reason: error.text)
            case let .mixedEncoding(offset, _, _, likely):
                throw .mixedEncoding(path: path, offset: offset, likely: likely, reason: error.text)
            default:
                throw .notATable(path: path, reason: error.text)
            }
        }
        guard let found = table.withHeader(options) else {
            throw .noDateColumn(path: path, header: HeaderDetector.firstNonBlank(table.topRecords()))
        }
        return (found, nil)
    }
}

