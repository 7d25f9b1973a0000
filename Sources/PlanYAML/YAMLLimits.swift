/// Bounds that keep hostile or broken files from costing unbounded time or memory.
public struct YAMLLimits: Sendable {
    /// Deepest nesting of mappings and sequences. Plans need a handful of levels per WBS
    /// level; 64 allows about thirty levels of phases.
    public var maxDepth: Int
    /// How many nodes aliases may add beyond the document's own nodes. The effective bound is
    /// the larger of this and the document's own node count, so a large plan may reuse anchors
    /// freely, while a "billion laughs" file, whose expansion grows exponentially, is refused
    /// after a few microseconds.
    public var maxAliasExpansion: Int

    public init(maxDepth: Int = 64, maxAliasExpansion: Int = 100_000) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = YAMLLimits()
}
