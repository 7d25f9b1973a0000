import PlanModel
/// The cells a worksheet holds, and only those: rows in ascending order, each with its
/// cells in ascending column order, every text a range of one buffer. A cell far out
/// (`ZZZ2`, `B300000`) costs one entry, not the rectangle up to it; merged ranges are kept
/// as rectangles and applied only where a table needs them.
struct SparseSheet {
    /// A cell whose value cannot be read (a shared string that does not exist): the import
    /// reports it with its place.
    struct Unreadable: Equatable {
        var row: Int
        var column: Int
        var cell: UnreadableCell.Fault
        var message: String { cell.text.en }
    }

    var text = SheetText()
    /// Sheet row (zero-based) of each stored row, ascending.
    private(set) var rowNumbers: [Int] = []
    /// Stored row `r` has cells `rowStarts[r]..<rowStarts[r + 1]`.
    private(set) var rowStarts: [Int] = [0]
    private(set) var columns: [UInt16] = []
    /// Cell `c`'s text is `text.bytes[bounds[2c]..<bounds[2c + 1]]`.
    private(set) var bounds: [Int] = []
    var merges: [CellRange] = []
    private(set) var unreadable: [Unreadable] = []
    /// The largest column holding a cell, -1 for none.
    private(set) var lastColumn = -1

    var cellCount: Int { columns.count }
    var rowCount: Int { rowNumbers.count }

    /// Adds a cell with text; rows and columns come in ascending order (the parser checks).
    mutating func add(row: Int, column: Int, text range: Range<Int>) {
        if rowNumbers.last != row {
            rowNumbers.append(row)
            rowStarts.append(columns.count)
        }
        columns.append(UInt16(truncatingIfNeeded: column))
        bounds.append(range.lowerBound)
        bounds.append(range.upperBound)
        rowStarts[rowStarts.count - 1] = columns.count
        lastColumn = max(lastColumn, column)
    }

    mutating func addUnreadable(row: Int, column: Int, fault: UnreadableCell.Fault) {
        unreadable.append(Unreadable(row: row, column: column, cell: fault))
    }

    func cells(ofRow index: Int) -> Range<Int> { rowStarts[index]..<rowStarts[index + 1] }

    func column(_ cell: Int) -> Int { Int(columns[cell]) }

    func range(_ cell: Int) -> Range<Int> { bounds[2 * cell]..<bounds[2 * cell + 1] }

    /// The stored row of a sheet row, by binary search.
    func rowIndex(_ row: Int) -> Int? {
        let index = lowerBound(row)
        return index < rowNumbers.count && rowNumbers[index] == row ? index : nil
    }

    /// The first stored row at or after sheet row `row`.
    func lowerBound(_ row: Int) -> Int {
        var low = 0, high = rowNumbers.count
        while low < high {
            let middle = (low + high) / 2
            if rowNumbers[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The text range of the cell at a place, `nil` when the sheet holds none there.
    func text(at place: CellReference) -> Range<Int>? {
        guard let index = rowIndex(place.row) else { return nil }
        let cells = cells(ofRow: index)
        var low = cells.lowerBound, high = cells.upperBound
        while low < high {
            let middle = (low + high) / 2
            if column(middle) < place.column { low = middle + 1 } else { high = middle }
        }
        return low < cells.upperBound && column(low) == place.column ? range(low) : nil
    }
}
