import PlanModel

extension ReviewReport {
    /// A contribution with its children, as the JSON contract writes it.
    static func contributionJSON(_ c: Contribution, names: (String) -> String) -> JSONValue {
        .object([("driver", .string(c.driver)), ("name", .string(names(c.driver))), ("kind", .string(c.kind.rawValue)),
                 ("base", .number(c.base)), ("actual", .number(c.actual)),
                 ("value", .number(c.value)), ("children", .array(c.children.map { contributionJSON($0, names: names) }))])
    }

    /// An attribution (`null` without one).
    static func attributionJSON(_ attribution: AttributionResult?, names: (String) -> String) -> JSONValue {
        attribution.map { result in
            .object([("method", .string(result.method.rawValue)), ("base", .number(result.base)), ("actual", .number(result.actual)),
                     ("contributions", .array(result.contributions.map { contributionJSON($0, names: names) })),
                     ("notes", .array(result.notes.map { .string($0) }))])
        } ?? .null
    }

    /// `byDimension`: per dimension its shares, the contribution `null` where not computable.
    static func dimensionsJSON(_ byDimension: [String: [DimensionShare]], notComputable: [String: [String]]) -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
        var dimensions: [(String, JSONValue)] = []
        for name in byDimension.keys.sorted() {
            let computable = notComputable[name] == nil
            dimensions.append((name, .array((byDimension[name] ?? []).map { share in
                var fields: [(String, JSONValue)] = [("value", .string(share.value)), ("actual", number(share.actual)),
                                                      ("contribution", computable ? .number(share.contribution) : .null)]
                if let target = share.target { fields.append(("target", .number(target))) }
                if let rate = share.rate { fields.append(("rateEffect", .number(rate))) }
                if let mix = share.mix { fields.append(("mixEffect", .number(mix))) }
                return .object(fields)
            })))
        }
        return .object(dimensions)
    }

    /// `periods` (环比, 同比) and `trend` of a KPI: always present, empty when not asked for.
    func periodsJSON(_ kpi: KPI, names: (String) -> String) -> [(String, JSONValue)] {
        func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
        let periods: [JSONValue] = kpi.periods.map { period in
            .object([
                ("kind", .string(period.kind.rawValue)), ("basis", .string(period.basis)),
                ("windowStart", .string(period.windowStart.description)), ("windowFinish", .string(period.windowFinish.description)),
                ("value", number(period.value)), ("change", number(period.change)), ("changePercent", number(period.changePercent)),
                ("daysWithData", .number(Double(period.coveredDays))), ("days", .number(Double(period.days))),
                ("note", .optional(period.note?.text(.en))),
                ("attribution", Self.attributionJSON(period.attribution, names: names)),
                ("attributionNote", .optional(period.attributionCaveat?.text(.en))),
                ("byDimension", Self.dimensionsJSON(period.byDimension, notComputable: period.notComputable)),
                ("unallocated", .object(period.unallocated.keys.sorted().map { ($0, .number(period.unallocated[$0] ?? 0)) })),
                ("withoutData", .object(period.withoutData.keys.sorted().map { ($0, .array((period.withoutData[$0] ?? []).map { .string($0) })) })),
            ])
        }
        let trend: [JSONValue] = kpi.trend.map { point in
            .object([("cyclesBack", .number(Double(point.cyclesBack))), ("windowStart", .string(point.windowStart.description)),
                     ("windowFinish", .string(point.windowFinish.description)), ("value", number(point.value))])
        }
        return [("periods", .array(periods)), ("trend", .array(trend))]
    }
}
