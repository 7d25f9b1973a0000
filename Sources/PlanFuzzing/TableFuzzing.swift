import PlanAnalysis
import PlanModel

/// An actuals export read as `review --actuals` reads it: the table, the column mapping
/// inferred from the plan's metrics, and the import of every cell.
enum TableFuzzing {
    static func csv(_ bytes: [UInt8], metrics: [Metric]) -> FuzzOutcome {
        do {
            return imported(try CSVTable.read(bytes), file: "fuzz.csv", metrics: metrics)
        } catch {
            return refused("\(error)", id: "actuals_not_a_table")
        }
    }

    static func xlsx(_ bytes: [UInt8], metrics: [Metric]) -> FuzzOutcome {
        do {
            return imported(try XLSXReader.read(bytes), file: "fuzz.xlsx", metrics: metrics)
        } catch {
            return refused("\(error)", id: "actuals_not_a_table")
        }
    }

    /// Imports a table with the mapping the review would infer. Observations and the import
    /// report come back for the review target to carry on with.
    static func imported(_ table: any ActualsTable, file: String, metrics: [Metric], window: DateRange? = nil)
        -> FuzzOutcome
    {
        imports(table, file: file, metrics: metrics, window: window).outcome
    }

    static func imports(_ table: any ActualsTable, file: String, metrics: [Metric], window: DateRange?)
        -> (observations: [Observation], report: ImportReport, outcome: FuzzOutcome)
    {
        let named = metrics.map { ($0.id, $0.name) }
        guard let mapping = ActualsMapping.resolve(header: table.header, metrics: named, declared: nil) else {
            return ([], ImportReport(), FuzzOutcome(accepted: false, findings: ["actuals_no_date_column"]))
        }
        let (observations, report) = ActualsImporter(window: window).read(table, file: file, mapping: mapping)
        return (observations, report, FuzzOutcome(accepted: true, findings: report.issues.map(\.kind.rawValue),
                                                  violations: violations(observations, report, file: file)))
    }

    /// Every row is used, rejected with a reason, or (blank) skipped — never more rows
    /// accounted for than read; every issue names the file and a row; no number that is not
    /// finite is taken as a value (issue #9 case 5: it is `unparseable_number`).
    static func violations(_ observations: [Observation], _ report: ImportReport, file: String) -> [String] {
        var found: [String] = []
        if report.rowsUsed + report.rowsRejected > report.rowsRead {
            found.append("\(report.rowsUsed) used + \(report.rowsRejected) rejected > \(report.rowsRead) read")
        }
        if report.rowsRejected > 0 && report.issues.isEmpty { found.append("\(report.rowsRejected) rows rejected without an issue") }
        if report.issues.contains(where: { $0.file != file || $0.row < 1 || ($0.column ?? 1) < 1 }) {
            found.append("an import issue without a place in the file")
        }
        if let bad = observations.first(where: { !$0.value.isFinite }) {
            found.append("a non-finite value (\(bad.value)) imported for \(bad.metric) on \(bad.date)")
        }
        return found
    }

    static func refused(_ message: String, id: String) -> FuzzOutcome {
        FuzzOutcome(accepted: false, findings: [id], violations: message.isEmpty ? ["a file was refused without a message"] : [])
    }
}
