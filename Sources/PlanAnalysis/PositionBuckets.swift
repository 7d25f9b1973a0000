/// Positions grouped by key, each group ascending, in two flat arrays (compressed sparse
/// rows): one allocation for all groups instead of one array per group, as a million
/// observations over a thousand stores would need.
struct PositionBuckets: Sendable {
    /// Group `k` is `positions[starts[k]..<starts[k + 1]]`.
    private var starts: [Int] = [0]
    private var positions: [Int32] = []

    init() {}

    /// Groups positions `0..<keys.count` under their one key each.
    ///
    /// - Complexity: O(count + positions).
    init(count: Int, keys: [Int32]) {
        self.init(count: count, groups: keys, keysOfGroup: PositionBuckets(identity: count))
    }

    /// Groups positions `0..<groups.count` under every key of their group: position `p` goes
    /// under each of `keysOfGroup[groups[p]]` (a position may be in several groups, or none).
    ///
    /// - Complexity: O(count + positions × keys per group), two passes without allocation.
    init(count: Int, groups: [Int32], keysOfGroup: PositionBuckets) {
        var starts = [Int](repeating: 0, count: count + 1)
        groups.withUnsafeBufferPointer { groups in
            keysOfGroup.positions.withUnsafeBufferPointer { keys in
                let keyStarts = keysOfGroup.starts
                for group in groups {
                    for key in keys[keyStarts[Int(group)]..<keyStarts[Int(group) + 1]] { starts[Int(key) + 1] += 1 }
                }
                for key in starts.indices.dropFirst() { starts[key] += starts[key - 1] }
                var next = starts
                var positions = [Int32](repeating: 0, count: starts[count])
                for (position, group) in groups.enumerated() {
                    for key in keys[keyStarts[Int(group)]..<keyStarts[Int(group) + 1]] {
                        positions[next[Int(key)]] = Int32(position)
                        next[Int(key)] += 1
                    }
                }
                self.positions = positions
            }
        }
        self.starts = starts
    }

    /// Lists given as arrays, list `k` as group `k`.
    init(lists: [[Int]]) {
        starts = [0]
        for list in lists {
            positions.append(contentsOf: list.lazy.map(Int32.init))
            starts.append(positions.count)
        }
    }

    /// Group `k` holds `k` alone.
    private init(identity count: Int) {
        starts = Array(0...count)
        positions = (0..<Int32(count)).map { $0 }
    }

    var count: Int { starts.count - 1 }

    /// The positions under `key`, ascending; empty for a key out of range.
    subscript(key: Int) -> ArraySlice<Int32> {
        guard key >= 0, key < count else { return [] }
        return positions[starts[key]..<starts[key + 1]]
    }
}
