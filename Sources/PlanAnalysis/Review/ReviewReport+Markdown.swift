import PlanModel

extension ReviewReport {
    /// The report as Markdown, for chat and docs: the import, a table of every target, then
    /// per KPI its drivers and its dimensions, then the experiments. Table cells are escaped
    /// (`|` and line breaks) so names cannot break the tables.
    public func markdown(metrics: [Metric], title: String) -> String {
        let byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ metric: String) -> String { cell(byID[metric]?.name ?? metric) }
        func show(_ value: Double?, _ metric: String) -> String {
            guard let value else { return "—" }
            return ValueFormatter.format(value, as: byID[metric]?.format, unit: byID[metric]?.unit)
        }
        func signed(_ value: Double, _ metric: String) -> String { (value >= 0 ? "+" : "") + show(value, metric) }
        let statusText: [Status: String] = [.onTrack: "🟢 达标", .atRisk: "🟡 预警", .offTrack: "🔴 未达标",
                                            .notStarted: "⚪ 未开始", .noData: "⚪ 无数据"]
        var out = "# 复盘：\(cell(title))\n\n"
        out += "- 计划 `\(plan)`" + (asOf.map { "，截至 \($0)" } ?? "") + "，归因方法 \(method.rawValue)\n"
        out += "- 导入：读取 \(imports.rowsRead) 行，使用 \(imports.rowsUsed) 行，拒绝 \(imports.rowsRejected) 行，问题 \(imports.issues.count) 条\n\n"
        out += "## 目标与实际\n\n| 节点 | 指标 | 窗口 | 目标 | 实际 | 差异 | 达成率 | 状态 |\n|---|---|---|---|---|---|---|---|\n"
        for kpi in kpis {
            let attainment = kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? "—"
            out += "| \(cell(kpi.node)) | \(name(kpi.metric)) | \(kpi.windowStart)…\(kpi.windowFinish) | \(show(kpi.target, kpi.metric)) | "
            out += "\(show(kpi.actual, kpi.metric)) | \(kpi.variance.map { signed($0, kpi.metric) } ?? "—") | \(attainment) | \(statusText[kpi.status] ?? "") |\n"
        }
        for kpi in kpis where kpi.attribution != nil || !kpi.byDimension.isEmpty {
            out += "\n## \(cell(kpi.node)) · \(name(kpi.metric))\n\n"
            if let forecast = kpi.forecast, let expected = kpi.expectedToDate {
                out += "进度：应完成 \(show(expected, kpi.metric))，按当前节奏预计 \(show(forecast, kpi.metric))。\n\n"
            }
            if let attribution = kpi.attribution {
                out += "差距 \(signed(attribution.gap, kpi.metric)) 的驱动因素（\(attribution.method.rawValue)）：\n\n| 因素 | 基准 | 实际 | 贡献 |\n|---|---|---|---|\n"
                func rows(_ contributions: [Contribution], depth: Int) {
                    for contribution in contributions {
                        let indent = String(repeating: "↳ ", count: depth)
                        out += "| \(indent)\(name(contribution.driver)) | \(show(contribution.base, contribution.driver)) | "
                        out += "\(show(contribution.actual, contribution.driver)) | \(signed(contribution.value, kpi.metric)) |\n"
                        rows(contribution.children, depth: depth + 1)
                    }
                }
                rows(attribution.contributions, depth: 0)
                for note in attribution.notes { out += "\n> \(cell(note))\n" }
                out += "\n"
            } else if let note = kpi.attributionNote {
                out += "> \(cell(note))\n\n"
            }
            for (dimension, shares) in kpi.byDimension.sorted(by: { $0.key < $1.key }) {
                out += "按 \(cell(dimension))：\n\n| \(cell(dimension)) | 实际 | 贡献 |\n|---|---|---|\n"
                for share in shares {
                    out += "| \(cell(share.value)) | \(show(share.actual, kpi.metric)) | \(signed(share.contribution, kpi.metric)) |\n"
                }
                out += "\n"
            }
        }
        if !experiments.isEmpty { out += "## A/B 实验\n\n" }
        for experiment in experiments {
            out += "### \(cell(experiment.name))\n\n"
            if let note = experiment.note { out += "> \(cell(note))\n\n"; continue }
            out += "| 组 | 成功 | 样本 | 比率 |\n|---|---|---|---|\n"
            for variant in experiment.variants {
                out += "| \(cell(variant.variant)) | \(ValueFormatter.grouped(variant.successes, maxFraction: 0)) | "
                out += "\(ValueFormatter.grouped(variant.trials, maxFraction: 0)) | \(ValueFormatter.format(variant.rate, as: .percent)) |\n"
            }
            out += "\n"
            for (variant, result) in experiment.comparisons {
                let verdict = result.pValue < 0.05 ? "显著" : "不显著"
                out += "- \(cell(variant)) 对 \(cell(experiment.control))：提升 \(ValueFormatter.format(result.lift ?? 0, as: .percent))，"
                out += "p = \(ValueFormatter.trimmed(result.pValue, maxFraction: 4))（\(verdict)），差值 95% 区间 "
                out += "[\(ValueFormatter.format(result.ciLow ?? 0, as: .percent)), \(ValueFormatter.format(result.ciHigh ?? 0, as: .percent))]\n"
                for note in result.notes { out += "  - \(cell(note))\n" }
            }
            if let overall = experiment.overall {
                out += "- 卡方检验（全部组）：χ² = \(ValueFormatter.trimmed(overall.statistic, maxFraction: 3))，p = \(ValueFormatter.trimmed(overall.pValue, maxFraction: 4))\n"
            }
            out += "\n"
        }
        return out
    }

    private func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
