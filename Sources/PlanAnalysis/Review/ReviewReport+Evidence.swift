extension ReviewReport {
    /// Coverage and import problems that weaken the conclusions, read off the KPIs' coverage
    /// and the import accounting, so the findings need not know how either was found.
    public var evidence: ReviewEvidence {
        let coverage = kpis.compactMap { kpi -> ReviewEvidence.Coverage? in
            guard let measured = kpi.coverage, measured.days > 0 else { return nil }
            return ReviewEvidence.Coverage(node: kpi.node, nodeKind: kpi.nodeKind, metric: kpi.metric,
                                           coverage: Double(measured.daysWithData) / Double(measured.days))
        }
        let unmapped = imports.files.flatMap { file in file.columns.filter { $0.role == .unmapped }.map(\.header) }
        let overlaps = imports.issues.filter { $0.kind == .overlap }.count
        return ReviewEvidence(coverage: coverage, unmappedColumns: unmapped, overlaps: overlaps)
    }
}
