import GRDB
import GRDBSQLite

/// Inserts observations many rows per statement. SQLite keeps a statement's cursors on the
/// table and its indexes from one row to the next, and a row whose key follows the last one
/// on the last page is appended without a search from the root; a statement per row closes
/// the cursors, so every row searched each b-tree again (with the unique index kept during a
/// bulk load, that cost more than the sort it saved: benchmarks.md §5j). Rows are bound
/// through SQLite's C API: ten million rows through `StatementArguments` (an array of boxed
/// values each) spent more in Swift than SQLite spent inserting.
struct ObservationInserter {
    typealias Row = (metric: Int64, day: Int64, importID: Int64, seq: Int64, combination: Int64, value: Double)

    private let db: Database
    private let rowsPerStatement: Int
    private let full: Statement
    private var pending: [Row] = []

    /// - Parameter rowsPerStatement: 1 where each row must be in the table before the next
    ///   is looked at (an import that supersedes row by row).
    init(_ db: Database, rowsPerStatement: Int) throws {
        self.db = db
        self.rowsPerStatement = rowsPerStatement
        full = try Self.statement(db, rows: rowsPerStatement)
        pending.reserveCapacity(rowsPerStatement)
    }

    mutating func insert(_ row: Row) throws {
        pending.append(row)
        if pending.count == rowsPerStatement { try flush(full) }
    }

    /// Inserts the rows still held.
    mutating func finish() throws {
        guard !pending.isEmpty else { return }
        try flush(Self.statement(db, rows: pending.count))
    }

    private mutating func flush(_ statement: Statement) throws {
        let raw = statement.sqliteStatement
        for (index, row) in pending.enumerated() {
            let first = Int32(index * 6)
            sqlite3_bind_int64(raw, first + 1, row.metric)
            sqlite3_bind_int64(raw, first + 2, row.day)
            sqlite3_bind_int64(raw, first + 3, row.importID)
            sqlite3_bind_int64(raw, first + 4, row.seq)
            sqlite3_bind_int64(raw, first + 5, row.combination)
            sqlite3_bind_double(raw, first + 6, row.value)
        }
        let code = sqlite3_step(raw)
        sqlite3_reset(raw)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(raw))))
        }
        pending.removeAll(keepingCapacity: true)
    }

    private static func statement(_ db: Database, rows: Int) throws -> Statement {
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        return try db.makeStatement(sql: "INSERT INTO observations (metric_id, day, import_id, seq, combination_id, value) VALUES \(values)")
    }
}
