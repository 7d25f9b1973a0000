import GRDB

/// `cp_sum(x)`: the sum of x over the rows in the order they come, one addition after the
/// other, as the in-memory store sums. SQLite's own SUM gives no order guarantee, and from
/// 3.43 uses compensated (Kahan–Babushka–Neumaier) summation; either can differ from a
/// sequential sum in the last bits, so the store feeds this one rows from an ordered subquery
/// (which SQLite does not flatten into an aggregate: its flattening rule 16).
///
/// `NULL` when there is no row, as SUM; a non-numeric argument is an error, never a 0.
struct SequentialSum: DatabaseAggregate {
    private var sum = 0.0
    private var count = 0

    mutating func step(_ values: [DatabaseValue]) throws {
        guard let first = values.first, let value = Double.fromDatabaseValue(first) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "cp_sum of a value that is not a number")
        }
        sum += value
        count += 1
    }

    func finalize() throws -> (any DatabaseValueConvertible)? {
        count == 0 ? nil : sum
    }

    static let function = DatabaseFunction("cp_sum", argumentCount: 1, pure: true, aggregate: SequentialSum.self)
}
