/// Why an actuals file could not be used at all.
public enum ActualsLoadError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notATable(path: String, reason: String)
    case noDateColumn(path: String, header: [String])
    // import accounting (#10)
    /// Not a table at a known place: an unclosed quote, where it opened (record, cell).
    case malformed(path: String, row: Int, column: Int, reason: String)
    /// UTF-8 up to a byte offset, another encoding after it.
    case mixedEncoding(path: String, offset: Int, likely: String, reason: String)

    public var path: String {
        switch self {
        case .unreadable(let path, _), .notATable(let path, _), .noDateColumn(let path, _), .malformed(let path, _, _, _),
             .mixedEncoding(let path, _, _, _):
            return path
        }
    }

    /// `file:row:column` when the failure has a place.
    public var place: String {
        switch self {
        case let .malformed(path, row, column, _): return "\(path):\(row):\(column)"
        default: return path
        }
    }

    /// A stable id, as diagnostics have.
    public var id: String {
        switch self {
        case .unreadable: return "actuals_unreadable"
        case .notATable, .malformed: return "actuals_not_a_table"
        case .noDateColumn: return "actuals_no_date_column"
        case .mixedEncoding: return "actuals_mixed_encoding"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read '\(path)': \(reason)"
        case .notATable(_, let reason), .malformed(_, _, _, let reason), .mixedEncoding(_, _, _, let reason): return reason
        case .noDateColumn(_, let header):
            let shown = header.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            return "no date column among the headers (\(shown)\(header.count > 8 ? ", …" : "")) in the first \(HeaderDetector.searchedRows) rows"
        }
    }

    public var hint: String {
        switch self {
        case .unreadable: return "check the path; exports are .csv or .xlsx files"
        case .notATable: return "export the report as CSV (UTF-8 or GB18030) or as an Excel workbook (.xlsx)"
        case .malformed: return "close the quote (a quote inside a quoted cell is written twice: \"\"), or export the report again"
        case .mixedEncoding(_, _, let likely, _):
            return "save the whole file in one encoding (UTF-8, or \(likely) throughout), e.g. by exporting it again or converting the pasted rows"
        case .noDateColumn:
            return "name it 日期 or date, or declare it: 'actuals: {date: 统计时间}' in the plan, or --date-column 统计时间"
        }
    }
}
