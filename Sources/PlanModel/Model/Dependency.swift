/// "This comes after that": a link from a predecessor (task or phase) to the node that
/// declares it.
public struct Dependency: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// Starts after the predecessor finishes (the usual case).
        case finishToStart = "FS"
        /// Starts when (or after) the predecessor starts.
        case startToStart = "SS"
        /// Finishes when (or after) the predecessor finishes.
        case finishToFinish = "FF"
        /// Finishes when (or after) the predecessor starts.
        case startToFinish = "SF"
    }

    /// The id as written.
    public var predecessorID: String
    public var kind: Kind
    /// Working days after the predecessor's point; negative is a lead.
    public var lag: WorkDuration
    public var location: SourceLocation
    /// Filled in by validation once ids are known.
    public var predecessor: NodeRef?

    public init(
        predecessorID: String, kind: Kind = .finishToStart, lag: WorkDuration = WorkDuration(days: 0),
        location: SourceLocation, predecessor: NodeRef? = nil
    ) {
        self.predecessorID = predecessorID
        self.kind = kind
        self.lag = lag
        self.location = location
        self.predecessor = predecessor
    }
}
