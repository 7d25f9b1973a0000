/// Positions grouped by key, each group ascending, in two flat arrays (compressed sparse
/// rows): one allocation for all groups instead of one array per group, as a million
/// observations over a thousand stores would need.
struct PositionBuckets: Sendable {
    /// Group `k` is `positions[starts[k]..<starts[k + 1]]`.
    private var starts: [Int] = [0]
    private var positions: [Int32] = []

    init() {}

    /// Groups positions `0..<elements` under the keys `keys(position)` gives (a position
    /// may be in several groups, or none).
    ///
    /// - Complexity: O(count + elements × keys per element), two passes.
    init<Keys: Sequence<Int>>(count: Int, elements: Int, keys: (Int) -> Keys) {
        var starts = [Int](repeating: 0, count: count + 1)
        for position in 0..<elements {
            for key in keys(position) { starts[key + 1] += 1 }
        }
        for key in starts.indices.dropFirst() { starts[key] += starts[key - 1] }
        var next = starts
        var positions = [Int32](repeating: 0, count: starts[count])
        for position in 0..<elements {
            for key in keys(position) {
                positions[next[key]] = Int32(position)
                next[key] += 1
            }
        }
        self.starts = starts
        self.positions = positions
    }

    var count: Int { starts.count - 1 }

    /// The positions under `key`, ascending; empty for a key out of range.
    subscript(key: Int) -> ArraySlice<Int32> {
        guard key >= 0, key < count else { return [] }
        return positions[starts[key]..<starts[key + 1]]
    }
}
