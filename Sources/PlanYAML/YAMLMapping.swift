/// A mapping in source order (order matters to people reading diagnostics).
public struct YAMLMapping: Sendable {
    public struct Entry: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]
    public var mark: Mark

    public init(entries: [Entry], mark: Mark) {
        self.entries = entries
        self.mark = mark
    }

    /// The value of the first entry whose key is the scalar `key`.
    ///
    /// - Complexity: O(n) in the number of entries; mappings in plans are small.
    public subscript(key: String) -> YAMLNode? {
        for entry in entries where entry.key.scalar?.value == key { return entry.value }
        return nil
    }
}
