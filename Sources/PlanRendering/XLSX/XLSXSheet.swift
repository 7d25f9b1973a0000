import PlanModel

/// One worksheet as cells are added row by row: typed values (shared text, numbers, dates
/// as serial numbers under a date format, booleans) with their styles, column widths,
/// frozen panes and an auto-filter. `XLSXWorkbook.add` writes it out.
struct XLSXSheet {
    enum Value {
        case text(String)
        case number(Double)
        case date(CivilDate)
        case bool(Bool)
        /// A styled cell with nothing in it (a coloured Gantt cell).
        case blank
    }

    struct Cell {
        /// 0-based.
        var column: Int
        var value: Value
        var style: XLSXStyle
    }

    var name: String
    /// Characters, per column from A; missing ones are Excel's default.
    var columnWidths: [Double] = []
    /// Rows and columns that stay put when scrolling (the header rows, the label columns).
    var frozenRows = 0
    var frozenColumns = 0
    /// The filter's header row (1-based) and the columns it spans; its last row is the
    /// sheet's last.
    var autoFilter: (headerRow: Int, columns: Int)?
    /// Print scaled to one page wide, as many pages down as it takes.
    var fitToWidth = false
    private(set) var rows: [(cells: [Cell], height: Double?)] = []

    init(name: String) {
        self.name = name
    }

    mutating func append(_ cells: [Cell], height: Double? = nil) {
        rows.append((cells, height))
    }

    /// Column letters: 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Excel's serial day: days since 1899-12-30 (which absorbs Excel's 1900 leap-year bug
    /// for every date after February 1900).
    static func serial(_ date: CivilDate) -> Int {
        date.daysSinceEpoch + 25_569
    }
}
