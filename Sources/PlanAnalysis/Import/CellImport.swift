import PlanModel

/// One import of a table's cells, read as bytes, in two passes over the rows: the first
/// reads each row's date and dimension combination (rejecting rows without a usable date),
/// the second its values. Between them the dates spanned and the combinations are known,
/// so duplicate keys are checked in a bitmap (`SeenKeys`). Issues are reported in row
/// order, exactly as a single pass would: a row rejected by the first pass has no other.
///
/// Dimension values are interned by their bytes (`ByteInterner`), and become Strings once
/// each: trimmed as `ActualsValue.trimmed` does, and compared as Strings (canonically), so
/// that rows group into combinations exactly as comparing their trimmed texts would.
struct CellImport {
    let cells: TableCells
    /// The record of `cells` that is the first row (after the header).
    let firstRow: Int
    let headerRecord: Int
    let header: [String]
    let file: String
    let mapping: ActualsMapping
    let window: DateRange?
    /// The source's numbers use a decimal comma (`71,5`).
    var decimalComma = false
    /// Whether to give each observation's record (only an overlap check between files needs them).
    var recordRows = true
    /// The file's record number of each row, when rows are not numbered on from the header
    /// (a sheet's blank rows are left out).
    var rowNumbers: [Int]? = nil

    /// What the first pass found in a row.
    struct Row {
        var day: Int
        var date: CivilDate
        /// Node of the row's combination in the trie of dimension values.
        var combination: Int32
    }

    /// - Complexity: O(size of the table), expected.
    func run() -> (observations: [Observation], report: ImportReport) {
        let result = runWithRows()
        return (result.observations, result.report)
    }

    /// The observations with the record each came from (for overlaps between files).
    func runWithRows() -> (observations: [Observation], rows: [Int32], report: ImportReport) {
        var observations: [Observation] = [], records: [Int32] = []
        let report = run(into: &observations, records: &records)
        return (observations, records, report)
    }

    /// Adds the observations to `sink`, and (when `recordRows`) the record each came from to `records`.
    func run<Sink: ObservationSink>(into sink: inout Sink, records: inout [Int32]) -> ImportReport {
        guard var stream = Stream(self) else { return ImportReport() }
        stream.feed(self, into: &sink, records: &records)
        return stream.report
    }

    func record(_ offset: Int) -> Int { rowNumbers?[offset] ?? offset + headerRecord + 1 }

    func issue(_ kind: ImportIssue.Kind, _ offset: Int, _ column: Int?, _ detail: ImportIssue.Detail) -> ImportIssue {
        ImportIssue(kind: kind, file: file, row: record(offset), column: column.map { $0 + 1 }, detail: detail)
    }

    func cell(_ offset: Int, _ column: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let range = cells.range(firstRow + offset, column)
        return UnsafeBufferPointer(rebasing: bytes[range])
    }

    func text(_ offset: Int, _ column: Int) -> String { cells.string(firstRow + offset, column) }

    func cellCount(_ offset: Int) -> Int { cells.cellCount(firstRow + offset) }
}
