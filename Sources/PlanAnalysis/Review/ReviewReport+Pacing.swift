import PlanModel

extension ReviewReport {
    /// One KPI's pacing to date, in words for a report beside other figures (the weekly status
    /// report): node, metric, target, actual to date, expected to date, forecast, status.
    public struct PacingLine: Sendable, Equatable {
        public var node: String
        public var metric: String
        public var target: String
        public var actual: String
        public var expectedToDate: String
        public var forecast: String
        public var status: String
    }

    /// One line per KPI with a target, in report order, values formatted as the review does
    /// (`—` where there is nothing to show), in `language`.
    public func pacingLines(metrics: [Metric], language: Language = .zh, numbers: NumberStyle = .plain) -> [PacingLine] {
        let words = ReviewText.of(language)
        let byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return kpis.map { kpi in
            let metric = byID[kpi.metric]
            func text(_ value: Double?) -> String {
                value.map { ValueFormatter.format($0, as: metric?.format, unit: metric?.unit, numbers: numbers) } ?? "—"
            }
            return PacingLine(node: kpi.nodeKind == .plan ? words.wholePlan : kpi.nodeName, metric: metric?.name ?? kpi.metric,
                              target: text(kpi.target), actual: text(kpi.actual), expectedToDate: text(kpi.expectedToDate),
                              forecast: text(kpi.forecast), status: words.status(kpi.status))
        }
    }
}
