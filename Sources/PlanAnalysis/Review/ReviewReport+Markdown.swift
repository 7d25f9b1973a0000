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
        func signed(_ value: Double, _ metric: String) -> String {
            ValueFormatter.change(value, as: byID[metric]?.format, unit: byID[metric]?.unit)
        }
        let statusText: [Status: String] = [.onTrack: "🟢 达标", .atRisk: "🟡 预警", .offTrack: "🔴 未达标",
                                            .notStarted: "⚪ 未开始", .noData: "⚪ 无数据"]
        var out = "# 复盘：\(cell(title))\n\n"
        out += "- 计划 `\(plan)`" + (asOf.map { "，截至 \($0)" } ?? "") + "，归因方法 \(method.rawValue)\n"
        out += "- 导入：读取 \(imports.rowsRead) 行，使用 \(imports.rowsUsed) 行，拒绝 \(imports.rowsRejected) 行，问题 \(imports.issues.count) 条\n\n"
        out += "## 目标与实际\n\n| 节点 | 指标 | 窗口 | 目标 | 实际 | 差异 | 达成率 | 状态 |\n|---|---|---|---|---|---|---|---|\n"
        for kpi in kpis {
            let attainment = kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? "—"
            out += "| \(cell(kpi.node)) | \(name(kpi.metric)) | \(kpi.windowStart)…\(kpi.windowFinish) | \(show(kpi.target, kpi.metric)) | "
            out += "\(show(kpi.actual, kpi.metric)) | \(kpi.variance.map { signed($0, kpi.metric) } ?? "—") | \(attainment) | \(statusText[kpi.status] ?? "")\(Self.coverageNote(kpi, chinese: true)) |\n"
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
                let basis = kpi.dimensionBasis[dimension] ?? .proRata
                let volume = kpi.unallocated[dimension].flatMap { $0 == 0 ? nil : $0 }
                out += "\(cell(basis.caption(dimension, unallocated: volume.map { signed($0, kpi.metric) })))：\n\n"
                out += "| \(cell(dimension)) | 实际 | \(basis == .proRata ? "分摊" : "贡献") |\n|---|---|---|\n"
                for share in shares {
                    out += "| \(cell(share.value)) | \(show(share.actual, kpi.metric)) | \(signed(share.contribution, kpi.metric)) |\n"
                }
                if let volume { out += "| 规模（未分摊） | | \(signed(volume, kpi.metric)) |\n" }
                out += "\n"
            }
        }
        if !experiments.isEmpty { out += "## A/B 实验\n\n" }
        for experiment in experiments {
            out += "### \(cell(experiment.name))\n\n"
            if let note = experiment.note { out += "> \(cell(note))\n\n" }
            guard !experiment.variants.isEmpty || !experiment.samples.isEmpty else { continue }
            let table = experiment.variantTable { show($0, experiment.metric) }
            for (index, row) in table.enumerated() {
                out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
                if index == 0 { out += "|" + String(repeating: "---|", count: row.count) + "\n" }
            }
            out += "\n"
            for (sentence, notes) in experiment.comparisonSentences(show: { show($0, experiment.metric) }) {
                out += "- \(cell(sentence))\n"
                for note in notes { out += "  - \(cell(note))\n" }
            }
            out += "\n"
        }
        out += importMarkdown(metrics: metrics, cell: cell)
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
