import PlanModel

extension ReviewReport {
    /// The terminal summary: the import's counts, one line per KPI with its status, the largest
    /// drivers of each gap and the largest dimension value, and the experiments.
    public func summary(metrics: [Metric]) -> String {
        let byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func show(_ value: Double?, _ metric: String) -> String {
            guard let value else { return "—" }
            return ValueFormatter.format(value, as: byID[metric]?.format, unit: byID[metric]?.unit)
        }
        func change(_ value: Double, _ metric: String) -> String {
            ValueFormatter.change(value, as: byID[metric]?.format, unit: byID[metric]?.unit)
        }
        var out = "review of \(plan)" + (asOf.map { " as of \($0)" } ?? "") + "\n"
        out += importText(metrics: metrics)
        var rows: [[String]] = [["node", "metric", "target", "actual", "variance", "attainment", "status"]]
        for kpi in kpis {
            let percent = kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? "—"
            let variance = kpi.variance.map { change($0, kpi.metric) } ?? "—"
            rows.append([kpi.node, byID[kpi.metric]?.name ?? kpi.metric, show(kpi.target, kpi.metric), show(kpi.actual, kpi.metric),
                         variance, percent, kpi.status.rawValue.replacingOccurrences(of: "_", with: " ") + Self.coverageNote(kpi, chinese: false)])
        }
        out += TextTable.render(rows)
        for kpi in kpis {
            var lines: [String] = []
            if let attribution = kpi.attribution {
                let top = attribution.contributions.sorted { abs($0.value) > abs($1.value) }.prefix(3)
                lines.append("gap by driver (\(attribution.method.rawValue)): " + top.map {
                    "\(byID[$0.driver]?.name ?? $0.driver) \(change($0.value, kpi.metric))"
                }.joined(separator: ", "))
            }
            for (dimension, shares) in kpi.byDimension.sorted(by: { $0.key < $1.key }) {
                // A pro-rata share only says which value is large, not which is to blame.
                guard let first = shares.first, kpi.dimensionBasis[dimension] != .proRata else { continue }
                var line = "\(dimension): \(first.value) explains \(change(first.contribution, kpi.metric))"
                if kpi.dimensionBasis[dimension] == .performance {
                    line += " by its own rates"
                    if let volume = kpi.unallocated[dimension], volume != 0 {
                        line += "; volume \(change(volume, kpi.metric)) (not split by \(dimension))"
                    }
                }
                lines.append(line)
            }
            if !lines.isEmpty { out += "\n\(kpi.node) · \(byID[kpi.metric]?.name ?? kpi.metric)\n" + lines.map { "  " + $0 + "\n" }.joined() }
        }
        for experiment in experiments {
            out += "\nexperiment \(experiment.id) (\(experiment.name)):\n"
            if let note = experiment.note { out += "  note: \(note)\n" }
            for sample in experiment.samples {
                out += "  \(sample.variant): mean \(show(sample.mean, experiment.metric)), sd \(show(sample.standardDeviation, experiment.metric)), n \(ValueFormatter.grouped(sample.size, maxFraction: 0))\n"
            }
            for (variant, result) in experiment.comparisons {
                let verdict = result.pValue < 0.05 ? "significant" : "not significant"
                let lift = result.lift.map { ValueFormatter.format($0, as: .percent) } ?? "—"
                out += "  \(variant) vs \(experiment.control) (\(result.test)): lift \(lift), p = \(ValueFormatter.trimmed(result.pValue, maxFraction: 4)) (\(verdict))\n"
                for note in result.notes { out += "    note: \(note)\n" }
            }
            if let overall = experiment.overall {
                out += "  all variants (chi-square): p = \(ValueFormatter.trimmed(overall.pValue, maxFraction: 4))\n"
            }
        }
        return out
    }
}
