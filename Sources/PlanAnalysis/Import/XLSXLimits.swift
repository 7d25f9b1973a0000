/// The bounds a workbook is read within. Each is a refusal with a message when exceeded,
/// never a truncation; docs/reliability.md lists them with their diagnostics.
///
/// The inflated budget is what stops zip bombs: a real export's XML is 5–15× its compressed
/// size (a 100,000-row sheet is ~15 MB of XML in a ~2 MB file), so 64× the file leaves
/// room for very repetitive sheets, the 16 MiB floor for small files, and the 1 GiB ceiling
/// bounds the worst case whatever the file's size.
public struct XLSXLimits: Sendable, Equatable {
    /// Largest workbook file read at all (it is held in memory).
    public var maxFileBytes: Int
    /// Inflated bytes of all the entries read, per file byte…
    public var inflatedPerFileByte: Int
    /// …but never below this…
    public var minInflatedBytes: Int
    /// …nor above this.
    public var maxInflatedBytes: Int
    /// Cells of the table handed to the import (rows × the columns each reaches, up to the
    /// header's width), absolute…
    public var maxTableCells: Int
    /// …and per cell the sheet stores (plus `minTableCells`): a few stored cells far apart
    /// must not make a vast table.
    public var tableCellsPerStoredCell: Int
    public var minTableCells: Int

    /// Excel's own sheet size: rows 1…1,048,576, columns A…XFD.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    public static let standard = XLSXLimits(
        maxFileBytes: 1 << 30, inflatedPerFileByte: 64, minInflatedBytes: 16 << 20, maxInflatedBytes: 1 << 30,
        maxTableCells: 1 << 25, tableCellsPerStoredCell: 8, minTableCells: 1 << 20)

    public init(maxFileBytes: Int, inflatedPerFileByte: Int, minInflatedBytes: Int, maxInflatedBytes: Int,
                maxTableCells: Int, tableCellsPerStoredCell: Int, minTableCells: Int) {
        self.maxFileBytes = maxFileBytes
        self.inflatedPerFileByte = inflatedPerFileByte
        self.minInflatedBytes = minInflatedBytes
        self.maxInflatedBytes = maxInflatedBytes
        self.maxTableCells = maxTableCells
        self.tableCellsPerStoredCell = tableCellsPerStoredCell
        self.minTableCells = minTableCells
    }

    /// The inflated budget of a file of `fileBytes`.
    func inflatedBudget(fileBytes: Int) -> Int {
        let (scaled, overflow) = fileBytes.multipliedReportingOverflow(by: inflatedPerFileByte)
        return min(max(overflow ? .max : scaled, minInflatedBytes), maxInflatedBytes)
    }

    /// The largest table a sheet of `storedCells` cells may become.
    func tableBudget(storedCells: Int) -> Int {
        let (scaled, overflow) = storedCells.multipliedReportingOverflow(by: tableCellsPerStoredCell)
        let relative = overflow ? Int.max : scaled.addingReportingOverflow(minTableCells).partialValue
        return min(relative < 0 ? .max : relative, maxTableCells)
    }
}
