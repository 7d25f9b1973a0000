import GRDB

/// `cp_sum_by(group, x)`: for each distinct `group`, the sum of its x in the order the rows
/// come (as `cp_sum`), all in one pass. It answers "every channel's visitors" with one query
/// where per-value queries would be one each, and unlike GROUP BY (whose sorter keeps no
/// order within a group) it keeps each group's rows in the store's order, so each sum is the
/// in-memory store's to the last bit.
///
/// The result is one text: per group, in order of first appearance, the group's length in
/// UTF-8 bytes, `:`, the group, and the sum's 64 bits as 16 hex digits (exact, no decimal
/// rounding). `NULL` when there is no row.
struct GroupedSequentialSum: DatabaseAggregate {
    private var sums: [String: Double] = [:]
    private var order: [String] = []

    mutating func step(_ values: [DatabaseValue]) throws {
        guard values.count == 2, let group = String.fromDatabaseValue(values[0]), let value = Double.fromDatabaseValue(values[1]) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "cp_sum_by of a group that is not text or a value that is not a number")
        }
        if let sum = sums[group] {
            sums[group] = sum + value
        } else {
            sums[group] = 0 + value
            order.append(group)
        }
    }

    func finalize() throws -> (any DatabaseValueConvertible)? {
        guard !order.isEmpty else { return nil }
        var text = ""
        for group in order {
            let bits = String(sums[group, default: 0].bitPattern, radix: 16)
            text += "\(group.utf8.count):\(group)" + String(repeating: "0", count: 16 - bits.count) + bits
        }
        return text
    }

    /// The groups and their sums, from `finalize`'s text; `nil` when it is malformed.
    static func decode(_ text: String) -> [String: Double]? {
        let bytes = Array(text.utf8)
        var result: [String: Double] = [:]
        var position = 0
        while position < bytes.count {
            guard let colon = bytes[position...].firstIndex(of: UInt8(ascii: ":")),
                  let length = Int(String(decoding: bytes[position..<colon], as: UTF8.self)),
                  length >= 0, colon + 1 + length + 16 <= bytes.count else { return nil }
            let groupEnd = colon + 1 + length
            guard let bits = UInt64(String(decoding: bytes[groupEnd..<groupEnd + 16], as: UTF8.self), radix: 16) else { return nil }
            result[String(decoding: bytes[(colon + 1)..<groupEnd], as: UTF8.self)] = Double(bitPattern: bits)
            position = groupEnd + 16
        }
        return result
    }

    static let function = DatabaseFunction("cp_sum_by", argumentCount: 2, pure: true, aggregate: GroupedSequentialSum.self)
}
