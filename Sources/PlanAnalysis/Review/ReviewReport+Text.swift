import PlanModel

extension ReviewReport {
    /// The terminal summary: the import's counts, one line per KPI with its status, the
    /// findings, the largest drivers of each gap and the largest dimension value, and the
    /// experiments. Words from the `ReviewText` catalog (English by default, as the CLI prints).
    public func summary(metrics: [Metric], language: ReviewLanguage = .en, numbers: NumberStyle = .plain) -> String {
        let byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let text = ReviewText.of(language)
        func show(_ value: Double?, _ metric: String) -> String {
            guard let value else { return text.noData }
            return ValueFormatter.format(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers)
        }
        func change(_ value: Double, _ metric: String) -> String {
            text.localizedChange(ValueFormatter.change(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers))
        }
        func name(_ id: String) -> String { byID[id]?.name ?? id }
        var out = text.terminalTitle(plan, title, asOf?.description) + "\n"
        out += importText(metrics: metrics, language: language) + "\n"
        var rows: [[String]] = [text.terminalHeader]
        for kpi in kpis {
            let percent = kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? text.noData
            let variance = kpi.variance.map { change($0, kpi.metric) } ?? text.noData
            // A task's long name would stretch every row: the terminal shows its start.
            let node = nodeLabel(kpi, text)
            rows.append([node.count > 10 ? String(node.prefix(9)) + "…" : node, byID[kpi.metric]?.name ?? kpi.metric, show(kpi.target, kpi.metric), show(kpi.actual, kpi.metric),
                         variance, percent, text.status(kpi.status) + Self.coverageNote(kpi, chinese: text.language == .zh)])
        }
        out += TextTable.render(rows)
        out += periodsText(text, metrics: byID, numbers: numbers)
        // The story first, briefly: the same computed findings as the Markdown and HTML reports.
        out += "\n\(text.findingsLabel)\n" + findings(metrics: metrics, language: language, numbers: numbers).map { "  - \($0)\n" }.joined()
        for kpi in kpis {
            var lines: [String] = []
            if let attribution = kpi.attribution {
                let top = attribution.contributions.sorted { abs($0.value) > abs($1.value) }.prefix(3)
                lines.append(text.gapByDriver(language == .zh ? text.methodName(attribution.method) : attribution.method.rawValue, top.map {
                    "\(contributionLabel($0, text, name)) \(change($0.value, kpi.metric))"
                }))
                if attribution.hasUnimpliedTerms {
                    lines.append(text.addsUpLine(change(attribution.gap, kpi.metric), true))
                }
                lines += attribution.caveats.map { text.note($0.text(language, names: name)) }
            }
            for (dimension, shares) in kpi.byDimension.sorted(by: { $0.key < $1.key }) {
                if let missing = kpi.notComputable[dimension] {
                    lines.append(text.notComputable(dimension, missing.map { byID[$0]?.name ?? $0 }))
                    continue
                }
                // A pro-rata share only says which value is large, not which is to blame.
                guard let first = shares.first, kpi.dimensionBasis[dimension] != .proRata else { continue }
                let volume = kpi.unallocated[dimension].flatMap { $0 == 0 ? nil : change($0, kpi.metric) }
                lines.append(text.explains(dimension, first.value, change(first.contribution, kpi.metric), kpi.dimensionBasis[dimension], volume: volume))
            }
            if !lines.isEmpty { out += "\n\(nodeLabel(kpi, text)) · \(byID[kpi.metric]?.name ?? kpi.metric)\n" + lines.map { "  " + $0 + "\n" }.joined() }
        }
        for experiment in experiments {
            out += "\n\(text.experimentTitle(experiment.id, experiment.name))\n"
            if let note = experiment.caveat { out += "  \(text.note(note.text(language, names: name)))\n" }
            for sample in experiment.samples {
                out += "  " + text.sampleLine(sample.variant, show(sample.mean, experiment.metric), show(sample.standardDeviation, experiment.metric),
                                              ValueFormatter.grouped(sample.size, maxFraction: 0)) + "\n"
            }
            for (variant, result) in experiment.comparisons {
                let lift = result.lift.map { ValueFormatter.format($0, as: .percent) } ?? text.noData
                out += "  " + text.comparisonLine(variant, experiment.control, result.test, lift,
                                                  ValueFormatter.trimmed(result.pValue, maxFraction: 4), result.pValue < 0.05) + "\n"
                for note in result.caveats { out += "    \(text.note(note.text(language, names: name)))\n" }
            }
            if let overall = experiment.overall {
                out += "  " + text.allVariants(ValueFormatter.trimmed(overall.pValue, maxFraction: 4)) + "\n"
            }
        }
        return out
    }
}
