import PlanModel

extension ReviewReport {
    /// For the terminal: the cycle-over-cycle table (one row per KPI and period, the notes
    /// under it) and one trend line per KPI; empty when neither was asked for.
    func periodsText(_ text: ReviewText, metrics byID: [String: Metric], numbers: NumberStyle) -> String {
        var out = ""
        let compared = kpis.filter { !$0.periods.isEmpty }
        func short(_ kpi: KPI) -> String {
            let node = nodeLabel(kpi, text)
            return node.count > 10 ? String(node.prefix(9)) + "…" : node
        }
        func name(_ metric: String) -> String { byID[metric]?.name ?? metric }
        if !compared.isEmpty {
            var rows = [text.periodsHeader]
            for kpi in compared {
                for period in kpi.periods { rows.append([short(kpi), name(kpi.metric)] + periodCells(period, kpi: kpi, text: text, byID: byID, numbers: numbers)) }
            }
            out += "\n\(text.periodsLabel)\n" + TextTable.render(rows)
            for kpi in compared {
                for period in kpi.periods {
                    guard let note = period.note else { continue }
                    out += "  " + text.note("\(short(kpi)) · \(name(kpi.metric)) · \(text.periodName(period)): \(note.text(text.language))") + "\n"
                }
            }
        }
        let trended = kpis.filter { $0.trend.count > 1 && $0.trend.contains { $0.value != nil } }
        if let longest = trended.map(\.trend.count).max() {
            out += "\n\(text.trendHeading(longest))\n"
            for kpi in trended {
                let values = kpi.trend.map { point in
                    point.value.map { ValueFormatter.format($0, as: byID[kpi.metric]?.format, unit: byID[kpi.metric]?.unit, numbers: numbers) } ?? text.noData
                }
                out += "  \(short(kpi)) · \(name(kpi.metric)): " + values.joined(separator: " → ") + "\n"
            }
        }
        return out
    }
}
