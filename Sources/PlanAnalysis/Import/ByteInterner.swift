/// Numbers distinct byte strings (cells) in order of first appearance, by an open-addressing
/// hash table over the bytes themselves: a store name repeated on a million rows is hashed
/// as bytes each time, and made a String only once.
///
/// - Complexity: O(length) expected per lookup.
struct ByteInterner {
    /// Entry `k` is `arena[starts[k]..<starts[k + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Entry number + 1 per slot, 0 for an empty slot; a power of two long.
    private var slots = [Int32](repeating: 0, count: 64)

    var count: Int { starts.count - 1 }

    /// The entry's number, and whether it was new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash && equals(entry, bytes) { return (entry, false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let entry = count
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(entry + 1)
        if count * 2 > slots.count { grow() }
        return (entry, true)
    }

    private func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry], length = starts[entry + 1] - start
        guard length == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            (0..<length).allSatisfy { stored[start + $0] == bytes[$0] }
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for entry in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// FNV-1a, then a multiply to spread the low bits the table uses.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }
}
