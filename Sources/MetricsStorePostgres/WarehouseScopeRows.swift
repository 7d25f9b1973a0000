import MetricsStore
import NIOCore

/// The warehouse table's rows inside the plan's window, read once (`PostgresWarehouse.scopeRows`)
/// and put into the order the warehouse sums them — by date, then the dimension columns' values
/// in byte order (`NULL` last), then, for rows with the same date and values, each metric's
/// value ascending — as an `ObservationBatch`: what the file review reads from an export of the
/// same rows in that order, so a review over it answers what the aggregate queries answer.
///
/// Held as columns: a day and a number per dimension value for each row, a value per metric,
/// and each distinct text once.
public struct WarehouseScopeRows: ObservationBatch {
    public let metricIDs: [String]
    /// The dimension names, in the plan's order (the order rows are sorted by).
    let dimensionNames: [String]
    private(set) var days: [Int32] = []
    /// Per dimension, each row's value number (`-1` for `NULL`).
    private(set) var valueNumbers: [[Int32]]
    /// Per dimension, the texts by value number, as read.
    private(set) var texts: [[String]]
    /// Each row's value of each metric, row after row (`row * metricIDs.count + metric`);
    /// `present` says which are not `NULL`.
    private(set) var values: [Double] = []
    private(set) var present: [Bool] = []
    /// Per dimension, value bytes → number, while reading.
    private var numbers: [[ByteBuffer: Int32]]
    /// Per dimension, each number's bytes, and the number the last row had (`-1` for none):
    /// a table stored day by day repeats its stores in one order, so the next row's value is
    /// usually the one numbered after the last row's, checked by its bytes before anything is
    /// hashed (hashing 1,550,000 store names was a tenth of the warehouse review).
    private var keys: [[ByteBuffer]]
    private var lastNumber: [Int32]
    /// After `finish()`: the rows in summing order, their combination numbers, and the combinations.
    private var order: [Int32] = []
    private var combinationOfRow: [Int32] = []
    public private(set) var dimensionCombinations: [[String: String]] = []
    public private(set) var count = 0

    /// Whether `finish()` may number combinations by packed integers (tests compare both ways).
    let packsCombinations: Bool

    init(metrics: [String], dimensions: [String], packsCombinations: Bool = true) {
        self.packsCombinations = packsCombinations
        metricIDs = metrics
        dimensionNames = dimensions
        valueNumbers = Array(repeating: [], count: dimensions.count)
        texts = Array(repeating: [], count: dimensions.count)
        numbers = Array(repeating: [:], count: dimensions.count)
        keys = Array(repeating: [], count: dimensions.count)
        lastNumber = Array(repeating: -1, count: dimensions.count)
    }

    /// One row as the server sends it (binary format): the day as days since 1970-01-01, then
    /// each dimension's text and each metric's double, `nil` for `NULL` (`cells`, in that
    /// order after the day).
    ///
    /// - Complexity: O(1) expected; a dimension value's text is decoded the first time only
    ///   (its bytes are hashed to find its number).
    mutating func append(day: Int32, cells: ArraySlice<ByteBuffer?>) {
        days.append(day)
        var cell = cells.startIndex
        for dimension in numbers.indices {
            defer { cell += 1 }
            guard let bytes = cells[cell] else {
                valueNumbers[dimension].append(-1)
                continue
            }
            let guess = Int(lastNumber[dimension]) + 1 < keys[dimension].count ? Int(lastNumber[dimension]) + 1 : 0
            if guess < keys[dimension].count, keys[dimension][guess] == bytes {
                valueNumbers[dimension].append(Int32(guess))
                lastNumber[dimension] = Int32(guess)
                continue
            }
            if let known = numbers[dimension][bytes] {
                valueNumbers[dimension].append(known)
                lastNumber[dimension] = known
                continue
            }
            // A key of its own: the cell's bytes are a view into the server's whole message.
            let key = ByteBuffer(bytes: bytes.readableBytesView)
            let number = Int32(texts[dimension].count)
            numbers[dimension][key] = number
            keys[dimension].append(key)
            texts[dimension].append(String(decoding: key.readableBytesView, as: UTF8.self))
            valueNumbers[dimension].append(number)
            lastNumber[dimension] = number
        }
        for _ in metricIDs.indices {
            defer { cell += 1 }
            if let buffer = cells[cell], buffer.readableBytes == 8, let bits = buffer.getInteger(at: buffer.readerIndex, as: UInt64.self) {
                values.append(Double(bitPattern: bits))
                present.append(true)
                count += 1
            } else {
                values.append(0)
                present.append(false)
            }
        }
    }

    /// Sorts the rows into the summing order and numbers their dimension combinations in order
    /// of first appearance in it, as an import numbers an export's.
    ///
    /// - Complexity: O(n log n) for n rows, and O(v log v) to rank each dimension's v values.
    mutating func finish() {
        (numbers, keys) = ([], [])
        // Each value's rank in byte order (`COLLATE "C"`); NULL after every value.
        let ranks: [[Int32]] = texts.map { values in
            let bytes = values.map { Array($0.utf8) }
            let sorted = bytes.indices.sorted { bytes[$0].lexicographicallyPrecedes(bytes[$1]) }
            var rank = [Int32](repeating: 0, count: values.count)
            for (position, number) in sorted.enumerated() { rank[number] = Int32(position) }
            return rank
        }
        let keys: [[Int32]] = valueNumbers.enumerated().map { dimension, column in
            column.map { $0 < 0 ? Int32(ranks[dimension].count) : ranks[dimension][Int($0)] }
        }
        order = Self.sortedRows(days: days, keys: keys, widths: ranks.map { $0.count + 1 })
        // A row's combination as one integer when every dimension's numbers (and NULL) fit in
        // 64 bits together — two dimensions always do — else as an array.
        let valueBits = texts.map { Int.bitWidth - $0.count.leadingZeroBitCount }
        let packs = packsCombinations && valueBits.reduce(0, +) <= 64
        var packedNumbers: [UInt64: Int32] = [:], combinationNumbers: [[Int32]: Int32] = [:]
        combinationOfRow = [Int32](repeating: 0, count: days.count)
        for row in order.map(Int.init) {
            var packed: UInt64 = 0
            if packs {
                for (dimension, bits) in valueBits.enumerated() {
                    // NULL (-1) is written as the number after the last value's.
                    let value = valueNumbers[dimension][row]
                    packed = packed << bits | UInt64(value < 0 ? texts[dimension].count : Int(value))
                }
                if let known = packedNumbers[packed] {
                    combinationOfRow[row] = known
                    continue
                }
            }
            let combination = valueNumbers.map { $0[row] }
            if !packs, let known = combinationNumbers[combination] {
                combinationOfRow[row] = known
                continue
            }
            let number = Int32(dimensionCombinations.count)
            if packs { packedNumbers[packed] = number } else { combinationNumbers[combination] = number }
            var named: [String: String] = [:]
            for (dimension, value) in combination.enumerated() where value >= 0 {
                named[dimensionNames[dimension]] = texts[dimension][Int(value)]
            }
            dimensionCombinations.append(named)
            combinationOfRow[row] = number
        }
    }

    /// The rows by day, then each key ascending (a key below its `widths`), ties in row order.
    ///
    /// - Complexity: O(n log n); one sort of integers when the day, the keys and the row number
    ///   fit in 64 bits together (the usual case: a month of 50,000 stores in two groups takes 43).
    static func sortedRows(days: [Int32], keys: [[Int32]], widths: [Int]) -> [Int32] {
        guard let low = days.min(), let high = days.max() else { return [] }
        func bits(_ n: Int) -> Int { n <= 0 ? 0 : Int.bitWidth - n.leadingZeroBitCount }
        let dayBits = bits(Int(high) - Int(low)), rowBits = bits(days.count - 1), keyBits = widths.map { bits($0 - 1) }
        guard dayBits + rowBits + keyBits.reduce(0, +) <= 64 else {
            return (0..<Int32(days.count)).sorted { a, b in
                let x = Int(a), y = Int(b)
                if days[x] != days[y] { return days[x] < days[y] }
                for key in keys where key[x] != key[y] { return key[x] < key[y] }
                return a < b
            }
        }
        var packed = [UInt64](repeating: 0, count: days.count)
        for row in days.indices {
            var word = UInt64(Int(days[row]) - Int(low))
            for (key, width) in zip(keys, keyBits) { word = word << width | UInt64(key[row]) }
            packed[row] = word << rowBits | UInt64(row)
        }
        packed.sort()
        let mask = rowBits == 64 ? UInt64.max : (UInt64(1) << rowBits) - 1
        return packed.map { Int32(truncatingIfNeeded: $0 & mask) }
    }

    /// Every observation in the summing order (`finish()` first): row after row, each row's
    /// metrics in turn; rows with the same day and values are one run, whose values of each
    /// metric are visited ascending (`NaN` last), as `ORDER BY …, v` adds them.
    public func forEachObservation(_ body: (Int, Int, Double, Int) throws -> Void) rethrows {
        var start = 0
        while start < order.count {
            let first = Int(order[start])
            var end = start + 1
            while end < order.count, days[Int(order[end])] == days[first],
                  combinationOfRow[Int(order[end])] == combinationOfRow[first] { end += 1 }
            let day = Int(days[first]), combination = Int(combinationOfRow[first])
            let width = metricIDs.count
            if end == start + 1 {
                for metric in 0..<width where present[first * width + metric] {
                    try body(metric, day, values[first * width + metric], combination)
                }
            } else {
                for metric in 0..<width {
                    let run = order[start..<end].map { Int($0) * width + metric }.filter { present[$0] }.map { values[$0] }
                    for value in run.sorted(by: { ($0.isNaN ? 1 : 0, $0) < ($1.isNaN ? 1 : 0, $1) }) {
                        try body(metric, day, value, combination)
                    }
                }
            }
            start = end
        }
    }
}
