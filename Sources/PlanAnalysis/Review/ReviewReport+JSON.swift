import PlanModel

extension ReviewReport {
    /// The JSON contract of docs/review.md: plan, asOf, import, kpis, experiments.
    ///
    /// `metrics` gives the display names written beside the ids (`metricName`, `name`).
    public func json(metrics: [Metric] = []) -> JSONValue {
        let byID = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func names(_ id: String) -> String { byID[id] ?? id }
        func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
        let kpiValues: [JSONValue] = kpis.map { kpi in
            let dimensions = Self.dimensionsJSON(kpi.byDimension, notComputable: kpi.notComputable)
            let attribution = Self.attributionJSON(kpi.attribution, names: names)
            return .object([
                ("node", .string(kpi.node)), ("nodeKind", .string(kpi.nodeKind.rawValue)), ("nodeName", .string(kpi.nodeName)),
                ("metric", .string(kpi.metric)), ("metricName", .string(names(kpi.metric))),
                ("windowStart", .string(kpi.windowStart.description)), ("windowFinish", .string(kpi.windowFinish.description)),
                ("target", .number(kpi.target)), ("actual", number(kpi.actual)), ("variance", number(kpi.variance)),
                ("variancePercent", number(kpi.variance.flatMap { kpi.target != 0 ? $0 / kpi.target : nil })),
                ("attainment", number(kpi.attainment)), ("status", .string(kpi.status.rawValue)),
                ("expectedToDate", number(kpi.expectedToDate)), ("forecast", number(kpi.forecast)),
                ("attribution", attribution), ("attributionNote", .optional(kpi.attributionNote)),
                ("byDimension", dimensions),
                ("dimensionBasis", .object(kpi.dimensionBasis.keys.sorted().map { ($0, .string(kpi.dimensionBasis[$0]?.rawValue ?? "")) })),
                ("unallocated", .object(kpi.unallocated.keys.sorted().map { ($0, .number(kpi.unallocated[$0] ?? 0)) })),
                ("withoutData", .object(kpi.withoutData.keys.sorted().map { ($0, .array((kpi.withoutData[$0] ?? []).map { .string($0) })) })),
                ("notComputable", .object(kpi.notComputable.keys.sorted().map { dimension in
                    (dimension, .object([("missingInputs", .array((kpi.notComputable[dimension] ?? []).map { .string($0) })),
                                         ("reason", .string(ReviewText.en.notComputable(dimension, (kpi.notComputable[dimension] ?? []).map(names))))]))
                })),
                ("pace", .array(kpi.pace.map { point in
                    .object([("date", .string(point.date.description)), ("expected", .number(point.expected)), ("actual", number(point.actual))])
                })),
            ] + Self.coverageJSON(kpi) + periodsJSON(kpi, names: names))
        }
        let experimentValues: [JSONValue] = experiments.map { experiment in
            let first = experiment.comparisons.first?.result
            return .object([
                ("id", .string(experiment.id)), ("name", .string(experiment.name)), ("metric", .string(experiment.metric)),
                ("metricName", .string(names(experiment.metric))),
                ("control", .string(experiment.control)),
                ("test", .string(experiment.overall?.test ?? first?.test ?? "none")),
                ("variants", .array(experiment.samples.isEmpty
                    ? experiment.variants.map { .object([("variant", .string($0.variant)), ("successes", .number($0.successes)),
                                                         ("trials", .number($0.trials)), ("rate", .number($0.rate))]) }
                    : experiment.samples.map { .object([("variant", .string($0.variant)), ("mean", .number($0.mean)),
                                                        ("sd", .number($0.standardDeviation)), ("n", .number($0.size))]) })),
                ("lift", number(first?.lift)), ("pValue", number(experiment.overall?.pValue ?? first?.pValue)),
                ("ciLow", number(first?.ciLow)), ("ciHigh", number(first?.ciHigh)),
                ("comparisons", .array(experiment.comparisons.map { comparison in
                    .object([("variant", .string(comparison.variant)), ("test", .string(comparison.result.test)),
                             ("statistic", .number(comparison.result.statistic)), ("degreesOfFreedom", number(comparison.result.degreesOfFreedom)),
                             ("difference", number(comparison.result.difference)),
                             ("pValue", .number(comparison.result.pValue)), ("lift", number(comparison.result.lift)),
                             ("ciLow", number(comparison.result.ciLow)), ("ciHigh", number(comparison.result.ciHigh)),
                             ("notes", .array(comparison.result.notes.map { .string($0) }))])
                })),
                ("note", .optional(experiment.note)),
            ])
        }
        return .object([
            ("plan", .string(plan)), ("asOf", .optional(asOf?.description)), ("method", .string(method.rawValue)),
            ("import", importJSON()),
            ("kpis", .array(kpiValues)),
            ("experiments", .array(experimentValues)),
        ])
    }
}
