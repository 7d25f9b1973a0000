import Foundation
import PlanModel

/// Reads actuals exports (CSV or XLSX) for a plan: opens each file, maps its columns with the
/// plan's `actuals:` section overlaid by what the command line declares, and imports the rows.
/// What one file cannot give (it is missing, not a table, has no date column) stops the
/// review with an `ActualsLoadError`; row-level problems are counted in the `ImportReport`.
public struct ActualsLoader: Sendable {
    public var plan: Plan
    /// Column mapping given on the command line; wins over the plan's declarations.
    public var override: ActualsSpec?
    /// The sheet to read in workbooks; the first when `nil`.
    public var sheet: String?

    public init(plan: Plan, override: ActualsSpec? = nil, sheet: String? = nil) {
        self.plan = plan
        self.override = override
        self.sheet = sheet
    }

    /// The mapping in force: the plan's `actuals:` section, with the override's entries on top.
    public var declared: ActualsSpec? {
        guard let override else { return plan.review.actuals }
        var merged = plan.review.actuals ?? ActualsSpec()
        if let date = override.dateColumn { merged.dateColumn = date }
        if let metric = override.metricColumn { merged.metricColumn = metric }
        if let value = override.valueColumn { merged.valueColumn = value }
        merged.columns.merge(override.columns) { _, new in new }
        merged.dimensions.merge(override.dimensions) { _, new in new }
        return merged
    }

    /// Imports every file; rows dated outside `window` are reported and left out (`nil`: any date).
    public func load(_ paths: [String], window: DateRange?) throws(ActualsLoadError) -> (observations: [Observation], report: ImportReport) {
        var observations: [Observation] = []
        var total = ImportReport()
        let metrics = plan.metrics.map { ($0.id, $0.name) }
        for path in paths {
            let table = try read(path)
            guard let mapping = ActualsMapping.resolve(header: table.header, metrics: metrics, declared: declared) else {
                throw .noDateColumn(path: path, header: table.header)
            }
            let (found, report) = ActualsImporter(window: window).read(table, file: path, mapping: mapping)
            observations += found
            total.rowsRead += report.rowsRead
            total.rowsUsed += report.rowsUsed
            total.rowsRejected += report.rowsRejected
            total.issues += report.issues
        }
        return (observations, total)
    }

    private func read(_ path: String) throws(ActualsLoadError) -> any ActualsTable {
        // Regular files only: a FIFO is "not a regular file", not "permission denied".
        let bytes: [UInt8]
        switch InputFile.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): throw .unreadable(path: path, reason: failure.reason)
        }
        do {
            if path.lowercased().hasSuffix(".xlsx") { return try XLSXReader.read(bytes, sheet: sheet) }
            return try CSVTable.read(bytes)
        } catch {
            throw .notATable(path: path, reason: "\(error)")
        }
    }
}

/// Why an actuals file could not be used at all.
public enum ActualsLoadError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notATable(path: String, reason: String)
    case noDateColumn(path: String, header: [String])

    public var path: String {
        switch self {
        case .unreadable(let path, _), .notATable(let path, _), .noDateColumn(let path, _): return path
        }
    }

    /// A stable id, as diagnostics have.
    public var id: String {
        switch self {
        case .unreadable: return "actuals_unreadable"
        case .notATable: return "actuals_not_a_table"
        case .noDateColumn: return "actuals_no_date_column"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read '\(path)': \(reason)"
        case .notATable(_, let reason): return reason
        case .noDateColumn(_, let header):
            let shown = header.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            return "no date column among the headers (\(shown)\(header.count > 8 ? ", …" : ""))"
        }
    }

    public var hint: String {
        switch self {
        case .unreadable: return "check the path; exports are .csv or .xlsx files"
        case .notATable: return "export the report as CSV (UTF-8 or GB18030) or as an Excel workbook (.xlsx)"
        case .noDateColumn:
            return "name it 日期 or date, or declare it: 'actuals: {date: 统计时间}' in the plan, or --date-column 统计时间"
        }
    }
}
