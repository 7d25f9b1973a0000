/// Numbers dimension combinations (`[String: String]`) in order of first appearance.
///
/// Hashing a dictionary of Chinese strings costs hundreds of nanoseconds (every string is
/// checked for Unicode normalization), and there is one per observation. But the importer
/// gives all observations of a combination one shared dictionary, so most lookups can be
/// answered by the dictionary's storage identity: the bits of the value, which for a
/// dictionary are one reference. Those bits are only a hint, confirmed with `==` against
/// the very dictionary they were seen with (immediate for one storage); the answer never
/// depends on them, so dictionaries built any other way are still numbered right, by hashing.
struct CombinationNumbering {
    private(set) var combinations: [[String: String]] = []
    private var numbers: [[String: String]: Int32] = [:]
    /// Storage bits → the dictionary seen with them (kept alive, so the address cannot be
    /// reused by another) and its number. Bounded: a caller that builds one dictionary per
    /// observation gains nothing from it.
    private var byStorage: [UInt: (dimensions: [String: String], number: Int32)] = [:]
    private var last: (bits: UInt, number: Int32)?
    static let storageLimit = 1 << 16

    /// - Complexity: O(1) expected; one dictionary hash per storage not seen before.
    mutating func number(of dimensions: [String: String]) -> Int32 {
        guard let bits = Self.storageBits(dimensions) else { return hashed(dimensions) }
        if let last, last.bits == bits { return last.number }
        if let seen = byStorage[bits], seen.dimensions == dimensions {
            last = (bits, seen.number)
            return seen.number
        }
        let number = hashed(dimensions)
        if byStorage.count < Self.storageLimit {
            byStorage[bits] = (dimensions, number)
            last = (bits, number)
        }
        return number
    }

    private mutating func hashed(_ dimensions: [String: String]) -> Int32 {
        if let known = numbers[dimensions] { return known }
        let number = Int32(combinations.count)
        numbers[dimensions] = number
        combinations.append(dimensions)
        return number
    }

    /// The value's bits when a dictionary is one word (its storage reference), else `nil`.
    private static func storageBits(_ dimensions: [String: String]) -> UInt? {
        guard MemoryLayout<[String: String]>.size == MemoryLayout<UInt>.size else { return nil }
        return withUnsafeBytes(of: dimensions) { $0.load(as: UInt.self) }
    }
}
