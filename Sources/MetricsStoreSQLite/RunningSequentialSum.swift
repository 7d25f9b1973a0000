import GRDB

/// `cp_running(day, x)`: the running sum of x over rows that come in the store's order, noted
/// after each day — so the sum over first…d for every d, each one the bits `cp_sum` over that
/// window gives (the same additions in the same order, stopped earlier).
///
/// The result is one text of 32 hex digits per day that has rows: the day (as the 64-bit two's
/// complement of its number) and the running sum's bit pattern. `NULL` when there is no row.
struct RunningSequentialSum: DatabaseAggregate {
    private var sum = 0.0
    private var day: Int64?
    private var text = ""

    mutating func step(_ values: [DatabaseValue]) throws {
        guard values.count == 2, let rowDay = Int64.fromDatabaseValue(values[0]), let value = Double.fromDatabaseValue(values[1]) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "cp_running of a day or value that is not a number")
        }
        if let day, day != rowDay { note(day) }
        day = rowDay
        sum += value
    }

    func finalize() throws -> (any DatabaseValueConvertible)? {
        guard let day else { return nil }
        var copy = self
        copy.note(day)
        return copy.text
    }

    private mutating func note(_ day: Int64) {
        text += Self.hex(UInt64(bitPattern: day)) + Self.hex(sum.bitPattern)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The (day, running sum) pairs of `finalize`'s text, in order; `nil` when it is malformed.
    static func decode(_ text: String) -> [(day: Int, sum: Double)]? {
        let bytes = Array(text.utf8)
        guard bytes.count % 32 == 0 else { return nil }
        var result: [(day: Int, sum: Double)] = []
        var position = 0
        while position < bytes.count {
            guard let day = UInt64(String(decoding: bytes[position..<position + 16], as: UTF8.self), radix: 16),
                  let bits = UInt64(String(decoding: bytes[position + 16..<position + 32], as: UTF8.self), radix: 16) else { return nil }
            result.append((Int(Int64(bitPattern: day)), Double(bitPattern: bits)))
            position += 32
        }
        return result
    }

    static let function = DatabaseFunction("cp_running", argumentCount: 2, pure: true, aggregate: RunningSequentialSum.self)
}
