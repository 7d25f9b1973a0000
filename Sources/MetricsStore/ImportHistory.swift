/// One import's values now.
public struct ImportHistory: Sendable, Equatable {
    public var record: ImportRecord
    /// Its values still read by reviews.
    public var current: Int
    /// Its values a later import gave again, by that import's id, ascending.
    public var supersededBy: [(importID: Int64, count: Int)]
    /// Values of earlier imports this one superseded, by their import id, ascending.
    public var supersedes: [(importID: Int64, count: Int)]

    public init(record: ImportRecord, current: Int, supersededBy: [(importID: Int64, count: Int)],
                supersedes: [(importID: Int64, count: Int)]) {
        self.record = record
        self.current = current
        self.supersededBy = supersededBy
        self.supersedes = supersedes
    }

    public static func == (a: ImportHistory, b: ImportHistory) -> Bool {
        a.record == b.record && a.current == b.current
            && a.supersededBy.map(\.importID) == b.supersededBy.map(\.importID) && a.supersededBy.map(\.count) == b.supersededBy.map(\.count)
            && a.supersedes.map(\.importID) == b.supersedes.map(\.importID) && a.supersedes.map(\.count) == b.supersedes.map(\.count)
    }
}
