/// What weakens a review's conclusions beyond the import's row counts: the part of each KPI's
/// window that has data, and the columns and rows the import could not use cleanly. The
/// review report derives it from the KPIs and the import accounting (ReviewReport+Evidence).
public struct ReviewEvidence: Sendable {
    /// A KPI's coverage: days with data ÷ days in its window (1 = complete).
    public struct Coverage: Sendable, Equatable {
        public var node: String
        public var nodeKind: ReviewReport.NodeKind
        public var metric: String
        public var coverage: Double

        public init(node: String, nodeKind: ReviewReport.NodeKind, metric: String, coverage: Double) {
            self.node = node
            self.nodeKind = nodeKind
            self.metric = metric
            self.coverage = coverage
        }
    }

    public var coverage: [Coverage]
    /// Export columns that map to no metric and were not declared ignored.
    public var unmappedColumns: [String]
    /// The same (metric, day, dimensions) given by two files.
    public var overlaps: Int

    public init(coverage: [Coverage] = [], unmappedColumns: [String] = [], overlaps: Int = 0) {
        self.coverage = coverage
        self.unmappedColumns = unmappedColumns
        self.overlaps = overlaps
    }
}
