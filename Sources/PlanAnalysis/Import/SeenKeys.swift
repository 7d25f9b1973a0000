/// The (day, metric, combination) keys an import has taken, to keep the first of duplicates.
///
/// A hash set of a million keys misses the cache on nearly every insert (a quarter of the
/// import's time, measured); a bitmap per day over combinations and metrics fits in the
/// cache when the data is dense, as daily exports are. The bitmap grows with the days and
/// combinations met, so rows can be fed chunk after chunk without knowing the whole file
/// (a streamed import). Sparse data (dates years apart, combinations that appear once) makes
/// the bitmap bigger than the keys: then the set takes over.
struct SeenKeys {
    private struct Key: Hashable {
        var day: Int
        var metric: Int
        var combination: Int
    }

    private let metrics: Int
    private var firstDay = 0
    /// Per day from `firstDay`: bit `combination × metrics + metric`.
    private var days: [[UInt64]] = []
    private var words = 0, inserted = 0
    private var set: Set<Key> = []
    private var dense = true

    init(metrics: Int) {
        self.metrics = max(1, metrics)
    }

    /// Sized as a whole import would (kept for callers that know the span).
    init(days: ClosedRange<Int>, metrics: Int, combinations: Int, expected: Int) {
        self.init(metrics: metrics)
    }

    /// Inserts a key; `false` when it was there already.
    ///
    /// - Complexity: O(1) amortized (expected, for the set).
    mutating func insert(day: Int, metric: Int, combination: Int) -> Bool {
        guard dense else { return set.insert(Key(day: day, metric: metric, combination: combination)).inserted }
        if days.isEmpty { firstDay = day }
        if day < firstDay {
            guard spanFits(days.count + firstDay - day) else { return toSet(day, metric, combination) }
            days.insert(contentsOf: repeatElement([], count: firstDay - day), at: 0)
            firstDay = day
        } else if day - firstDay >= days.count {
            guard spanFits(day - firstDay + 1) else { return toSet(day, metric, combination) }
            days += repeatElement([], count: day - firstDay + 1 - days.count)
        }
        let slot = day - firstDay
        let bit = combination * metrics + metric
        let word = bit >> 6, mask = UInt64(1) << UInt64(bit & 63)
        if word >= days[slot].count {
            let grown = max(word + 1, 2 * days[slot].count)
            words += grown - days[slot].count
            // No bigger than 64 bits per key (a hash set takes more), beyond a first few MB.
            guard words <= max(1 << 18, inserted) else { return toSet(day, metric, combination) }
            days[slot] += repeatElement(0, count: grown - days[slot].count)
        }
        if days[slot][word] & mask != 0 { return false }
        days[slot][word] |= mask
        inserted += 1
        return true
    }

    private func spanFits(_ span: Int) -> Bool { span <= max(1 << 16, 4 * inserted) }

    /// Moves every key into the set, then inserts this one.
    private mutating func toSet(_ day: Int, _ metric: Int, _ combination: Int) -> Bool {
        dense = false
        set.reserveCapacity(inserted * 2)
        for (slot, bits) in days.enumerated() {
            for (word, value) in bits.enumerated() where value != 0 {
                for bit in 0..<64 where value & (UInt64(1) << UInt64(bit)) != 0 {
                    let number = word * 64 + bit
                    set.insert(Key(day: firstDay + slot, metric: number % metrics, combination: number / metrics))
                }
            }
        }
        days = []
        return set.insert(Key(day: day, metric: metric, combination: combination)).inserted
    }
}
