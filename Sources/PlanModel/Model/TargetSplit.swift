/// One dimension's split of a target: a part per value, in the plan's order. For a flow the
/// parts add up to the whole (`target_split_mismatch` otherwise); for a rate or a level each
/// part is that value's own target and they need not add up.
public struct TargetSplit: Sendable {
    public struct Part: Sendable {
        public var value: String
        public var target: Double
        public var location: SourceLocation

        public init(value: String, target: Double, location: SourceLocation) {
            self.value = value
            self.target = target
            self.location = location
        }
    }

    public var dimension: String
    public var parts: [Part]
    public var location: SourceLocation

    public init(dimension: String, parts: [Part], location: SourceLocation) {
        self.dimension = dimension
        self.parts = parts
        self.location = location
    }

    public var total: Double { parts.reduce(0) { $0 + $1.target } }

    public func target(of value: String) -> Double? {
        parts.first { $0.value == value }?.target
    }
}
