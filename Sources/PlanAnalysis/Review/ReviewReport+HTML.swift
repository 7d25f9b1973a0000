import PlanModel

extension ReviewReport {
    /// One self-contained HTML page: the Markdown report's content with charts drawn as SVG —
    /// target against actual for every KPI, a waterfall per attributed KPI, the contribution of
    /// each dimension value — and the experiments. No script and no network access.
    public func html(metrics: [Metric], title: String) -> String {
        let byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ metric: String) -> String { byID[metric]?.name ?? metric }
        func show(_ value: Double, _ metric: String) -> String {
            ValueFormatter.format(value, as: byID[metric]?.format, unit: byID[metric]?.unit)
        }
        func change(_ value: Double, _ metric: String) -> String {
            ValueFormatter.change(value, as: byID[metric]?.format, unit: byID[metric]?.unit)
        }
        let e = XMLText.escape
        let statusText: [Status: String] = [.onTrack: "达标", .atRisk: "预警", .offTrack: "未达标", .notStarted: "未开始", .noData: "无数据"]
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>复盘：\(e(title))</title>\n<style>\n"
        out += """
            body { font-family: 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif; margin: 24px; color: #222; max-width: 1100px; }
            h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 32px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
            td, th { border: 1px solid #ddd; padding: 4px 8px; text-align: right; } th { background: #f6f6f6; }
            td:first-child, td:nth-child(2), th:first-child, th:nth-child(2) { text-align: left; }
            .on_track { color: #2E7D32; } .at_risk { color: #A07800; } .off_track { color: #C62828; } .no_data, .not_started { color: #888; }
            .note { color: #666; font-size: 12px; } figure { margin: 8px 0 20px; }
            .grid { display: flex; flex-wrap: wrap; gap: 0 16px; } .grid figure { margin: 4px 0 12px; }
            figure { margin-left: 0; margin-right: 0; } .status { font-weight: bold; }
            @media print { body { margin: 0; } h2 { break-before: auto; } figure { break-inside: avoid; } }

            """
        out += "</style>\n</head>\n<body>\n<h1>复盘：\(e(title))</h1>\n"
        out += "<p>计划 <code>\(e(plan))</code>" + (asOf.map { "，截至 \($0)" } ?? "") + "，归因方法 \(method.rawValue)。"
        out += "导入：读取 \(imports.rowsRead) 行，使用 \(imports.rowsUsed) 行，拒绝 \(imports.rowsRejected) 行，问题 \(imports.issues.count) 条。</p>\n"
        out += "<h2>目标与实际</h2>\n<figure>\(ReviewCharts.attainment(kpis, label: { "\($0.node) · \(name($0.metric))" }, show: show))</figure>\n"
        out += "<table><tr><th>节点</th><th>指标</th><th>窗口</th><th>目标</th><th>实际</th><th>差异</th><th>达成率</th><th>状态</th></tr>\n"
        for kpi in kpis {
            out += "<tr><td>\(e(kpi.node))</td><td>\(e(name(kpi.metric)))</td><td>\(kpi.windowStart)…\(kpi.windowFinish)</td>"
            out += "<td>\(e(show(kpi.target, kpi.metric)))</td><td>\(e(kpi.actual.map { show($0, kpi.metric) } ?? "—"))</td>"
            out += "<td>\(e(kpi.variance.map { change($0, kpi.metric) } ?? "—"))</td>"
            out += "<td>\(e(kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? "—"))</td>"
            out += "<td class=\"\(kpi.status.rawValue)\">\(statusText[kpi.status] ?? "")\(Self.coverageNote(kpi, chinese: true))</td></tr>\n"
        }
        out += "</table>\n"
        // Pacing: every window still running on the review date; without one, the plan's own
        // targets, so the report always shows how the cycle built up.
        let running = kpis.filter { kpi in asOf.map { kpi.windowStart <= $0 && $0 < kpi.windowFinish } ?? false }
        let paced = (asOf == nil ? kpis.filter { $0.node == "plan" } : running).filter { !$0.pace.isEmpty }
        if !paced.isEmpty {
            out += "<h2>节奏：实际累计与目标曲线</h2>\n<p class=\"note\">虚线：目标曲线（按工作日\(asOf.map { "，截至 \($0)" } ?? "")）；实线：实际累计（比率与存量为截至当日的值）。</p>\n<div class=\"grid\">\n"
            for kpi in paced {
                let chart = ReviewCharts.pace(kpi.pace, status: kpi.status, title: "\(kpi.node) · \(name(kpi.metric))") { show($0, kpi.metric) }
                out += "<figure>\(chart)</figure>\n"
            }
            out += "</div>\n"
        }
        for kpi in kpis where kpi.attribution != nil || !kpi.byDimension.isEmpty {
            out += "<h2>\(e(kpi.node)) · \(e(name(kpi.metric)))</h2>\n"
            if let attribution = kpi.attribution {
                out += "<p>差距 \(e(change(attribution.gap, kpi.metric))) 按驱动因素拆分（\(attribution.method.rawValue)）：</p>\n"
                out += "<figure>\(ReviewCharts.waterfall(attribution, names: name, show: { show($0, kpi.metric) }, change: { change($0, kpi.metric) }))</figure>\n"
                for note in attribution.notes { out += "<p class=\"note\">\(e(note))</p>\n" }
            } else if let note = kpi.attributionNote {
                out += "<p class=\"note\">\(e(note))</p>\n"
            }
            for (dimension, shares) in kpi.byDimension.sorted(by: { $0.key < $1.key }) {
                let basis = kpi.dimensionBasis[dimension] ?? .proRata
                let volume = kpi.unallocated[dimension].flatMap { $0 == 0 ? nil : $0 }
                let caption = basis.caption(dimension, unallocated: volume.map { change($0, kpi.metric) })
                let chart = ReviewCharts.contributions(shares, unallocated: volume, neutral: basis == .proRata) { change($0, kpi.metric) }
                out += "<p>\(e(caption))：</p>\n<figure>\(chart)</figure>\n"
            }
        }
        if !experiments.isEmpty { out += "<h2>A/B 实验</h2>\n" }
        for experiment in experiments {
            out += "<h3>\(e(experiment.name))</h3>\n"
            if let note = experiment.note { out += "<p class=\"note\">\(e(note))</p>\n" }
            guard !experiment.variants.isEmpty || !experiment.samples.isEmpty else { continue }
            let table = experiment.variantTable { show($0, experiment.metric) }
            out += "<table>"
            for (index, row) in table.enumerated() {
                let tag = index == 0 ? "th" : "td"
                out += "<tr>" + row.map { "<\(tag)>\(e($0))</\(tag)>" }.joined() + "</tr>\n"
            }
            out += "</table>\n<ul>\n"
            for (sentence, notes) in experiment.comparisonSentences(show: { show($0, experiment.metric) }) {
                out += "<li>\(e(sentence))" + notes.map { "<br><span class=\"note\">\(e($0))</span>" }.joined() + "</li>\n"
            }
            out += "</ul>\n"
        }
        out += importHTML(metrics: metrics)
        return out + "</body>\n</html>\n"
    }
}
