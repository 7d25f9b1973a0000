/// One sibling plan named by `portfolio:`: a plan that books the same shared roles.
public struct PortfolioEntry: Sendable, Hashable {
    /// The path as written, relative to the plan file.
    public var path: String
    /// The path to open: the plan file's folder joined with `path` (as shown to people).
    public var resolved: String
    /// The entry in the plan, where a warning about the sibling points.
    public var location: SourceLocation

    public init(path: String, resolved: String, location: SourceLocation) {
        self.path = path
        self.resolved = resolved
        self.location = location
    }
}
