/// A KPI. Measured metrics are flows (summed over a window) or stocks (last value in a
/// window); derived ones are computed by a formula over other metrics, which makes the
/// metrics a KPI tree (TR = TR_new + TR_old, …).
public struct Metric: Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case flow, stock, derived
    }

    public enum Format: String, Sendable, CaseIterable, Codable {
        case number, integer, percent, currency
    }

    /// Which way is good: most KPIs should be high, costs and churn low. The review's status
    /// reads attainment the other way round for `lower`.
    public enum Direction: String, Sendable, CaseIterable, Codable {
        case higher, lower
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var formula: Formula?
    public var unit: String?
    public var format: Format?
    public var description: String?
    public var better: Direction
    public var location: SourceLocation

    public init(
        id: String, name: String, kind: Kind = .flow, formula: Formula? = nil, unit: String? = nil,
        format: Format? = nil, description: String? = nil, better: Direction = .higher, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.formula = formula
        self.unit = unit
        self.format = format
        self.description = description
        self.better = better
        self.location = location
    }
}
