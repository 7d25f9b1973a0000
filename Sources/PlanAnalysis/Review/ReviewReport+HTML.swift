import PlanModel

extension ReviewReport {
    /// One self-contained HTML page: the Markdown report's content with charts drawn as SVG —
    /// target against actual for every KPI, a waterfall per attributed KPI, the contribution of
    /// each dimension value — and the experiments. No script and no network access.
    public func html(metrics: [Metric], title: String, language: ReviewLanguage = .zh, numbers: NumberStyle = .plain) -> String {
        let text = ReviewText.of(language)
        let byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ metric: String) -> String { byID[metric]?.name ?? metric }
        func show(_ value: Double, _ metric: String) -> String {
            ValueFormatter.format(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers)
        }
        func change(_ value: Double, _ metric: String) -> String {
            text.localizedChange(ValueFormatter.change(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers))
        }
        let e = XMLText.escape
        var out = "<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(text.reviewTitle(title)))</title>\n<style>\n"
        out += EmbeddedAssets.text("review.css")
        out += "</style>\n</head>\n<body>\n<h1>\(e(text.reviewTitle(title)))</h1>\n"
        out += "<ul class=\"findings\">\n" + findings(metrics: metrics, language: language, numbers: numbers).map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        out += "<p class=\"note\">\(e(text.planLine(title, asOf?.description, text.methodName(method))))。"
        out += "\(e(text.importLine(imports.rowsRead, imports.rowsUsed, imports.rowsRejected, imports.issues.count)))。</p>\n"
        out += htmlExperiments(text, metrics: byID, numbers: numbers)
        func chartLabel(_ kpi: KPI) -> String {
            // A task's long name would crowd out the chart: its first characters are enough there.
            let node = nodeLabel(kpi, text)
            return "\(node.count > 10 ? String(node.prefix(9)) + "…" : node) · \(name(kpi.metric))"
        }
        out += "<h2>\(e(text.targetsHeading))</h2>\n<figure>\(ReviewCharts.attainment(kpis, text: text, label: chartLabel, show: show))</figure>\n"
        out += "<table><tr>" + text.targetsHeader.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        for kpi in kpis {
            out += "<tr><td>\(e(nodeLabel(kpi, text)))</td><td>\(e(name(kpi.metric)))</td><td>\(kpi.windowStart)…\(kpi.windowFinish)</td>"
            out += "<td>\(e(show(kpi.target, kpi.metric)))</td><td>\(e(kpi.actual.map { show($0, kpi.metric) } ?? text.noData))</td>"
            out += "<td>\(e(kpi.variance.map { change($0, kpi.metric) } ?? text.noData))</td>"
            out += "<td>\(e(kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? text.noData))</td>"
            out += "<td class=\"\(kpi.status.rawValue)\">\(e(text.status(kpi.status) + Self.coverageNote(kpi, chinese: text.language == .zh)))</td></tr>\n"
        }
        out += "</table>\n"
        out += htmlPeriods(text, metrics: byID, numbers: numbers, label: { "\(nodeLabel($0, text)) · \(name($0.metric))" })
        // Pacing: every window still running on the review date; without one, the plan's own
        // targets, so the report always shows how the cycle built up.
        let running = kpis.filter { kpi in asOf.map { kpi.windowStart <= $0 && $0 < kpi.windowFinish } ?? false }
        let paced = (asOf == nil ? kpis.filter { $0.nodeKind == .plan } : running).filter { !$0.pace.isEmpty }
        if !paced.isEmpty {
            out += "<h2>\(e(text.pacingHeading))</h2>\n<p class=\"note\">\(e(text.pacingNote(asOf?.description)))</p>\n<div class=\"grid\">\n"
            for kpi in paced {
                let chart = ReviewCharts.pace(kpi.pace, status: kpi.status, title: "\(nodeLabel(kpi, text)) · \(name(kpi.metric))", text: text) { show($0, kpi.metric) }
                out += "<figure>\(chart)</figure>\n"
            }
            out += "</div>\n"
        }
        for kpi in kpis where kpi.attribution != nil || !kpi.byDimension.isEmpty || kpi.periods.contains(where: { $0.attribution != nil || !$0.byDimension.isEmpty }) {
            out += "<h2>\(e(nodeLabel(kpi, text))) · \(e(name(kpi.metric)))</h2>\n"
            if let attribution = kpi.attribution {
                out += "<p>\(e(text.driversIntro(change(attribution.gap, kpi.metric), text.methodName(attribution.method))))：</p>\n"
                let chart = ReviewCharts.waterfall(attribution, text: text, names: { $0.kind == .targetNotImplied ? text.targetNotImpliedShort : contributionLabel($0, text, name) },
                                                   show: { show($0, kpi.metric) }, change: { change($0, kpi.metric) },
                                                   lowerIsBetter: kpi.better == .lower)
                out += "<figure>\(chart)</figure>\n"
                out += "<p class=\"note\">\(e(text.addsUpLine(change(attribution.gap, kpi.metric), attribution.hasUnimpliedTerms)))</p>\n"
                for note in attribution.caveats { out += "<p class=\"note\">\(e(note.text(language, names: name)))</p>\n" }
            } else if let note = kpi.attributionCaveat {
                out += "<p class=\"note\">\(e(note.text(language, names: name)))</p>\n"
            }
            for (dimension, shares) in kpi.byDimension.sorted(by: { $0.key < $1.key }) {
                if let missing = kpi.notComputable[dimension] {
                    out += "<p class=\"note\">\(e(text.notComputable(dimension, missing.map(name))))。</p>\n"
                    continue
                }
                let basis = kpi.dimensionBasis[dimension] ?? .proRata
                let volume = kpi.unallocated[dimension].flatMap { $0 == 0 ? nil : $0 }
                let caption = text.caption(basis, dimension, volume.map { change($0, kpi.metric) })
                let chart = ReviewCharts.contributions(shares, unallocated: volume, unallocatedLabel: text.unallocatedLabel(basis), text: text,
                                                       neutral: basis == .proRata, lowerIsBetter: kpi.better == .lower) { change($0, kpi.metric) }
                out += "<p>\(e(caption))\(text.language == .zh ? "：" : ":")</p>\n<figure>\(chart)</figure>\n"
                if let absent = kpi.withoutData[dimension] { out += "<p class=\"note\">\(e(text.withoutData(dimension, absent)))</p>\n" }
                if shares.contains(where: { $0.target != nil }) {
                    out += "<table><tr>" + text.dimensionHeader(dimension, false, true).map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
                    for share in shares {
                        out += "<tr><td>\(e(share.value))</td><td>\(e(share.target.map { show($0, kpi.metric) } ?? text.noData))</td>"
                        out += "<td>\(e(share.actual.map { show($0, kpi.metric) } ?? text.noData))</td><td>\(e(change(share.contribution, kpi.metric)))</td></tr>\n"
                    }
                    out += "</table>\n"
                }
            }
            out += htmlPeriodDetail(kpi, text, metrics: byID, numbers: numbers)
        }
        out += importHTML(metrics: metrics, text: text)
        return out + "</body>\n</html>\n"
    }

    /// The experiments near the top: per experiment a chart of each variant's rate (or mean)
    /// with its 95% interval, the variants table and one sentence per comparison.
    private func htmlExperiments(_ text: ReviewText, metrics byID: [String: Metric], numbers: NumberStyle) -> String {
        guard !experiments.isEmpty else { return "" }
        let e = XMLText.escape
        func name(_ id: String) -> String { byID[id]?.name ?? id }
        var out = "<h2>\(e(text.experimentsHeading))</h2>\n"
        for experiment in experiments {
            let show = { (value: Double) in ValueFormatter.format(value, as: byID[experiment.metric]?.format, unit: byID[experiment.metric]?.unit, numbers: numbers) }
            out += "<h3>\(e(experiment.name))</h3>\n"
            if let note = experiment.caveat { out += "<p class=\"note\">\(e(note.text(text.language, names: name)))</p>\n" }
            guard !experiment.variants.isEmpty || !experiment.samples.isEmpty else { continue }
            out += "<figure>\(ReviewCharts.experiment(experiment, text: text, metricName: name(experiment.metric), show: show))</figure>\n"
            out += "<table>"
            for (index, row) in experiment.variantTable(text, show: show).enumerated() {
                let tag = index == 0 ? "th" : "td"
                out += "<tr>" + row.map { "<\(tag)>\(e($0))</\(tag)>" }.joined() + "</tr>\n"
            }
            out += "</table>\n<ul>\n"
            for (sentence, notes) in experiment.comparisonSentences(text, names: name, show: show) {
                out += "<li>\(e(sentence))" + notes.map { "<br><span class=\"note\">\(e($0))</span>" }.joined() + "</li>\n"
            }
            out += "</ul>\n"
        }
        return out
    }
}
