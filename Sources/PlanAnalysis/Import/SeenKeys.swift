/// The (day, metric, combination) keys an import has taken, to keep the first of duplicates.
///
/// A hash set of a million keys misses the cache on nearly every insert (a quarter of the
/// import's time, measured); a bitmap over the days actually spanned, combinations and
/// metrics fits in the cache when the data is dense, as daily exports are. Sparse data
/// (dates years apart, combinations that appear once) falls back to the set.
struct SeenKeys {
    private struct Key: Hashable {
        var day: Int
        var metric: Int
        var combination: Int
    }

    private let firstDay: Int, metrics: Int, combinations: Int
    private var bits: [UInt64] = []
    private var set: Set<Key> = []
    private let dense: Bool

    /// Keys with days in `days`, metric numbers below `metrics`, combination numbers below
    /// `combinations`, of which about `expected` will be inserted.
    init(days: ClosedRange<Int>, metrics: Int, combinations: Int, expected: Int) {
        firstDay = days.lowerBound
        self.metrics = max(1, metrics)
        self.combinations = max(1, combinations)
        let (span, overflow) = (days.upperBound - days.lowerBound + 1).multipliedReportingOverflow(by: self.metrics * self.combinations)
        // Dense when the bitmap is no bigger than 64 bits per key (a hash set takes more).
        dense = !overflow && span <= max(1 << 23, 64 * expected)
        if dense {
            bits = [UInt64](repeating: 0, count: span / 64 + 1)
        } else {
            set.reserveCapacity(expected)
        }
    }

    /// Inserts a key; `false` when it was there already.
    ///
    /// - Complexity: O(1) (expected, for the set).
    mutating func insert(day: Int, metric: Int, combination: Int) -> Bool {
        guard dense else { return set.insert(Key(day: day, metric: metric, combination: combination)).inserted }
        // Day-major, as exports are ordered: consecutive rows set neighbouring bits.
        let bit = ((day - firstDay) * combinations + combination) * metrics + metric
        let word = bit >> 6, mask = UInt64(1) << UInt64(bit & 63)
        if bits[word] & mask != 0 { return false }
        bits[word] |= mask
        return true
    }
}
