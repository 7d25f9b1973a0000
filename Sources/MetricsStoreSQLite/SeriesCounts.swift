/// An import's rows per (metric, combination), both by the batch's numbers, for the store's
/// `series` table. A flat table of counts when metrics × combinations is small (an export's
/// few metrics over its stores: one addition per row), a dictionary of the pairs seen when it
/// is not (hundreds of metrics over tens of thousands of combinations, most pairs absent).
struct SeriesCounts {
    private let combinations: Int
    private var flat: [Int32]
    private var sparse: [Int: Int] = [:]
    private let isFlat: Bool

    init(metrics: Int, combinations: Int) {
        self.combinations = combinations
        isFlat = metrics * combinations <= 1 << 22
        flat = isFlat ? Array(repeating: 0, count: metrics * combinations) : []
    }

    /// - Complexity: O(1) (expected, for the dictionary).
    mutating func add(metric: Int, combination: Int) {
        let slot = metric * combinations + combination
        if isFlat && flat[slot] < Int32.max {
            flat[slot] += 1
        } else {
            sparse[slot, default: 0] += 1
        }
    }

    /// Every pair with rows, and how many; in (metric, combination) order.
    func forEach(_ body: (_ metric: Int, _ combination: Int, _ rows: Int) throws -> Void) rethrows {
        var slots = Set(sparse.keys)
        for (slot, count) in flat.enumerated() where count > 0 { slots.insert(slot) }
        for slot in slots.sorted() {
            let rows = (isFlat ? Int(flat[slot]) : 0) + sparse[slot, default: 0]
            try body(slot / combinations, slot % combinations, rows)
        }
    }
}
