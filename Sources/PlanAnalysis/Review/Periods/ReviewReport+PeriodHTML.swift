import PlanModel

extension ReviewReport {
    /// The cycle-over-cycle table and a trend chart per KPI, for the HTML page; empty when
    /// neither was asked for.
    func htmlPeriods(_ text: ReviewText, metrics byID: [String: Metric], numbers: NumberStyle, label: (KPI) -> String) -> String {
        let e = XMLText.escape
        func name(_ metric: String) -> String { byID[metric]?.name ?? metric }
        var out = ""
        let compared = kpis.filter { !$0.periods.isEmpty }
        if !compared.isEmpty {
            out += "<h2>\(e(text.periodsHeading))</h2>\n<table><tr>" + text.periodsHeader.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
            for kpi in compared {
                for period in kpi.periods {
                    let cells = periodCells(period, kpi: kpi, text: text, byID: byID, numbers: numbers)
                    let direction = period.change.map { change -> String in
                        let better = kpi.better == .lower ? change < 0 : change > 0
                        return change == 0 ? "" : better ? " class=\"on_track\"" : " class=\"off_track\""
                    } ?? ""
                    out += "<tr><td>\(e(nodeLabel(kpi, text)))</td><td>\(e(name(kpi.metric)))</td>"
                    for (index, value) in cells.enumerated() {
                        out += "<td\(index >= 4 ? direction : "")>\(e(value))</td>"
                    }
                    out += "</tr>\n"
                }
            }
            out += "</table>\n"
            for kpi in compared {
                for period in kpi.periods {
                    guard let note = period.note else { continue }
                    out += "<p class=\"note\">\(e(nodeLabel(kpi, text))) · \(e(name(kpi.metric))) · \(e(text.periodName(period)))：\(e(note.text(text.language)))</p>\n"
                }
            }
        }
        let trended = kpis.filter { $0.trend.count > 1 && $0.trend.contains { $0.value != nil } }
        if let longest = trended.map(\.trend.count).max() {
            out += "<h2>\(e(text.trendHeading(longest)))</h2>\n<p class=\"note\">\(e(text.trendNote))</p>\n<div class=\"grid\">\n"
            for kpi in trended {
                let show = { (value: Double) in ValueFormatter.format(value, as: byID[kpi.metric]?.format, unit: byID[kpi.metric]?.unit, numbers: numbers) }
                out += "<figure>\(ReviewCharts.trend(kpi.trend, target: kpi.target, status: kpi.status, title: label(kpi), text: text, show: show))</figure>\n"
            }
            out += "</div>\n"
        }
        return out
    }

    /// Under a KPI's own section: per period, the waterfall of its change and each dimension's
    /// part, drawn as the target-based ones are.
    func htmlPeriodDetail(_ kpi: KPI, _ text: ReviewText, metrics byID: [String: Metric], numbers: NumberStyle) -> String {
        let e = XMLText.escape
        func name(_ metric: String) -> String { byID[metric]?.name ?? metric }
        func show(_ value: Double) -> String { ValueFormatter.format(value, as: byID[kpi.metric]?.format, unit: byID[kpi.metric]?.unit, numbers: numbers) }
        func change(_ value: Double) -> String {
            text.localizedChange(ValueFormatter.change(value, as: byID[kpi.metric]?.format, unit: byID[kpi.metric]?.unit, numbers: numbers))
        }
        var out = ""
        for period in kpi.periods where period.attribution != nil || !period.byDimension.isEmpty {
            let periodName = text.periodName(period)
            if let attribution = period.attribution {
                out += "<h3>\(e(text.periodDriversIntro(periodName, change(attribution.gap), text.methodName(attribution.method))))</h3>\n"
                let chart = ReviewCharts.waterfall(attribution, text: text, names: { contributionLabel($0, text, name) }, show: show, change: change,
                                                   lowerIsBetter: kpi.better == .lower)
                out += "<figure>\(chart)</figure>\n"
                for note in attribution.caveats { out += "<p class=\"note\">\(e(note.text(text.language, names: name)))</p>\n" }
            } else if let note = period.attributionCaveat {
                out += "<p class=\"note\">\(e(periodName))：\(e(note.text(text.language, names: name)))</p>\n"
            }
            for (dimension, shares) in period.byDimension.sorted(by: { $0.key < $1.key }) {
                if let missing = period.notComputable[dimension] {
                    out += "<p class=\"note\">\(e(periodName))：\(e(text.notComputable(dimension, missing.map(name))))。</p>\n"
                    continue
                }
                let rest = period.unallocated[dimension].flatMap { $0 == 0 ? nil : $0 }
                let chart = ReviewCharts.contributions(shares, unallocated: rest, unallocatedLabel: text.periodUnallocated, text: text,
                                                       neutral: false, lowerIsBetter: kpi.better == .lower, show: change)
                out += "<p>\(e(periodName))，\(e(text.caption(.previous, dimension, nil)))：</p>\n<figure>\(chart)</figure>\n"
                if let absent = period.withoutData[dimension] { out += "<p class=\"note\">\(e(text.withoutData(dimension, absent)))</p>\n" }
            }
        }
        return out
    }
}
