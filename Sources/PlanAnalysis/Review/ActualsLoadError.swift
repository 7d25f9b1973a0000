import PlanModel

/// Why an actuals file could not be used at all.
public enum ActualsLoadError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: Bilingual)
    case notATable(path: String, reason: Bilingual)
    case noDateColumn(path: String, header: [String])
    // import accounting (#10)
    /// Not a table at a known place: an unclosed quote, where it opened (record, cell).
    case malformed(path: String, row: Int, column: Int, reason: Bilingual)
    /// UTF-8 up to a byte offset, another encoding after it.
    case mixedEncoding(path: String, offset: Int, likely: String, reason: Bilingual)

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

    /// The English texts, for logs and tests; people read `message(in:)` and `hint(in:)`
    /// (ActualsLoadError+Text.swift) in the run's language.
    public var description: String { text.en }

    public var hint: String { hintText.en }
}
