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
        var report = ImportReport()
        var records: [Int32] = []
        let position = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        guard let dateIndex = position[mapping.dateColumn] else { return ([], [], report) }
        let rowCount = cells.recordCount - firstRow
        var first = FirstPass(import: self, dateIndex: dateIndex, position: position)
        let rows = cells.bytes.withUnsafeBufferPointer { bytes in (0..<rowCount).map { first.read($0, bytes) } }
        var second = SecondPass(import: self, position: position, first: first, rows: rows)
        var observations: [Observation] = []
        observations.reserveCapacity(rowCount * max(1, mapping.metrics.count))
        if recordRows { records.reserveCapacity(observations.capacity) }
        var pending = first.rejections.makeIterator()
        var nextRejection = pending.next()
        cells.bytes.withUnsafeBufferPointer { bytes in
            for offset in 0..<rowCount {
                if let rejection = nextRejection, rejection.offset == offset {
                    report.rowsRead += 1
                    report.issues.append(rejection.issue)
                    report.rowsRejected += 1
                    nextRejection = pending.next()
                    continue
                }
                // Blank and 合计 rows, counted by the first pass, are not data rows.
                guard let row = rows[offset] else { continue }
                report.rowsRead += 1
                let before = observations.count
                if second.read(offset, row, bytes, into: &observations, issues: &report.issues) {
                    report.rowsUsed += 1
                } else {
                    report.rowsRejected += 1
                }
                if recordRows {
                    let record = Int32(truncatingIfNeeded: self.record(offset))
                    for _ in before..<observations.count { records.append(record) }
                }
            }
        }
        report.blankRows = first.blankRows
        report.totalRows = first.totalRows
        return (observations, records, report)
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
