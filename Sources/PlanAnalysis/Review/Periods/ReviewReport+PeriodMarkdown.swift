import PlanModel

extension ReviewReport {
    /// The cycle-over-cycle table (every KPI against each period asked for) and the trend
    /// table (the KPI over the last cycles), for Markdown; empty when neither was asked for.
    func markdownPeriods(_ text: ReviewText, metrics byID: [String: Metric], numbers: NumberStyle, cell: (String) -> String) -> String {
        var out = ""
        func show(_ value: Double?, _ metric: String) -> String {
            guard let value else { return text.noData }
            return ValueFormatter.format(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers)
        }
        func name(_ metric: String) -> String { cell(byID[metric]?.name ?? metric) }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        func header(_ cells: [String]) -> String { row(cells.map(cell)) + "|" + String(repeating: "---|", count: cells.count) + "\n" }
        let compared = kpis.filter { !$0.periods.isEmpty }
        if !compared.isEmpty {
            out += "\n## \(text.periodsHeading)\n\n" + header(text.periodsHeader)
            for kpi in compared {
                for period in kpi.periods {
                    let cells = periodCells(period, kpi: kpi, text: text, byID: byID, numbers: numbers)
                    out += row([cell(nodeLabel(kpi, text)), name(kpi.metric)] + cells.map(cell))
                }
            }
            let notes = compared.flatMap { kpi in kpi.periods.compactMap { period in period.note.map { (kpi, period, $0) } } }
            if !notes.isEmpty { out += "\n" }
            for (kpi, period, note) in notes {
                out += "- \(cell(nodeLabel(kpi, text))) · \(name(kpi.metric)) · \(cell(text.periodName(period)))：\(cell(note.text(text.language)))\n"
            }
        }
        let trended = kpis.filter { $0.trend.count > 1 && $0.trend.contains { $0.value != nil } }
        if let longest = trended.map(\.trend.count).max() {
            out += "\n## \(cell(text.trendHeading(longest)))\n\n\(cell(text.trendNote))\n\n"
            let backs = (0..<longest).reversed()
            out += header([text.periodsHeader[0], text.periodsHeader[1]] + backs.map(text.cycleLabel))
            for kpi in trended {
                let values = Dictionary(kpi.trend.map { ($0.cyclesBack, $0.value) }, uniquingKeysWith: { first, _ in first })
                out += row([cell(nodeLabel(kpi, text)), name(kpi.metric)] + backs.map { cell(show(values[$0] ?? nil, kpi.metric)) })
            }
        }
        return out
    }

    /// One row's cells after the node and metric: actual, against, window, then, change, change %.
    func periodCells(_ period: PeriodComparison, kpi: KPI, text: ReviewText, byID: [String: Metric], numbers: NumberStyle) -> [String] {
        func show(_ value: Double?) -> String {
            guard let value else { return text.noData }
            return ValueFormatter.format(value, as: byID[kpi.metric]?.format, unit: byID[kpi.metric]?.unit, numbers: numbers)
        }
        let change = period.change.map { text.localizedChange(ValueFormatter.change($0, as: byID[kpi.metric]?.format, unit: byID[kpi.metric]?.unit, numbers: numbers)) }
        let percent = period.changePercent.map(Self.signedPercent)
        return [show(period.actual), text.periodName(period), "\(period.windowStart)…\(period.windowFinish)", show(period.value),
                change ?? text.noData, percent ?? text.noData]
    }

    /// A relative change as "+11.2%" (not percentage points: it is a ratio of two values).
    static func signedPercent(_ value: Double) -> String {
        let text = ValueFormatter.format(value, as: .percent)
        return text.hasPrefix("-") || text == ValueFormatter.format(.nan, as: .percent) ? text : "+" + text
    }

    /// Under a KPI's own section: per period, its change split by driver and by dimension.
    func markdownPeriodDetail(_ kpi: KPI, _ text: ReviewText, metrics byID: [String: Metric], numbers: NumberStyle, cell: (String) -> String) -> String {
        var out = ""
        func plainName(_ metric: String) -> String { byID[metric]?.name ?? metric }
        func show(_ value: Double?, _ metric: String) -> String {
            guard let value else { return text.noData }
            return ValueFormatter.format(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers)
        }
        func signed(_ value: Double) -> String {
            text.localizedChange(ValueFormatter.change(value, as: byID[kpi.metric]?.format, unit: byID[kpi.metric]?.unit, numbers: numbers))
        }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        func header(_ cells: [String]) -> String { row(cells.map(cell)) + "|" + String(repeating: "---|", count: cells.count) + "\n" }
        for period in kpi.periods where period.attribution != nil || !period.byDimension.isEmpty {
            let name = text.periodName(period)
            if let attribution = period.attribution {
                out += "\(cell(text.periodDriversIntro(name, signed(attribution.gap), text.methodName(attribution.method))))：\n\n" + header(text.driversHeader)
                func rows(_ contributions: [Contribution], depth: Int) {
                    for contribution in contributions {
                        let label = contributionLabel(contribution, text, plainName)
                        out += row([String(repeating: "↳ ", count: depth) + cell(label), show(contribution.base, contribution.driver),
                                    show(contribution.actual, contribution.driver), signed(contribution.value)])
                        rows(contribution.children, depth: depth + 1)
                    }
                }
                rows(attribution.contributions, depth: 0)
                for note in attribution.caveats { out += "\n> \(cell(note.text(text.language, names: plainName)))\n" }
                out += "\n"
            } else if let note = period.attributionCaveat {
                out += "> \(cell(name))：\(cell(note.text(text.language, names: plainName)))\n\n"
            }
            for (dimension, shares) in period.byDimension.sorted(by: { $0.key < $1.key }) {
                if let missing = period.notComputable[dimension] {
                    out += "\(cell(name))：\(cell(text.notComputable(dimension, missing.map(plainName))))\n\n"
                    continue
                }
                out += "\(cell(name))，\(cell(text.caption(.previous, dimension, nil)))：\n\n" + header(text.dimensionHeader(dimension, false, false))
                for share in shares { out += row([cell(share.value), show(share.actual, kpi.metric), signed(share.contribution)]) }
                if let rest = period.unallocated[dimension], rest != 0 { out += row([cell(text.periodUnallocated), "", signed(rest)]) }
                if let absent = period.withoutData[dimension] { out += "\n\(cell(text.withoutData(dimension, absent)))\n" }
                out += "\n"
            }
        }
        return out
    }
}
