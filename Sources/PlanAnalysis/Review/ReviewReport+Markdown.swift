import PlanModel

extension ReviewReport {
    /// The report as Markdown, for chat and docs: the findings, the import, a table of every
    /// target, then per KPI its drivers and its dimensions, then the experiments. Words come
    /// from the `ReviewText` catalog; table cells are escaped (`|` and line breaks) so names
    /// cannot break the tables.
    public func markdown(metrics: [Metric], title: String, language: ReviewLanguage = .zh, numbers: NumberStyle = .plain) -> String {
        let text = ReviewText.of(language)
        let byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func plainName(_ metric: String) -> String { byID[metric]?.name ?? metric }
        func name(_ metric: String) -> String { cell(plainName(metric)) }
        func show(_ value: Double?, _ metric: String) -> String {
            guard let value else { return text.noData }
            return ValueFormatter.format(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers)
        }
        func signed(_ value: Double, _ metric: String) -> String {
            text.localizedChange(ValueFormatter.change(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers))
        }
        let marks: [Status: String] = [.onTrack: "🟢", .atRisk: "🟡", .offTrack: "🔴", .notStarted: "⚪", .noData: "⚪"]
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        func header(_ cells: [String]) -> String { row(cells.map(cell)) + "|" + String(repeating: "---|", count: cells.count) + "\n" }
        var out = "# \(cell(text.reviewTitle(title)))\n\n"
        out += "## \(text.findingsHeading)\n\n"
        for finding in findings(metrics: metrics, language: language, numbers: numbers) { out += "- \(cell(finding))\n" }
        out += "\n- \(cell(text.planLine(title, asOf?.description, text.methodName(method))))\n"
        out += "- \(cell(text.importLine(imports.rowsRead, imports.rowsUsed, imports.rowsRejected, imports.issues.count)))\n\n"
        out += "## \(text.targetsHeading)\n\n" + header(text.targetsHeader)
        for kpi in kpis {
            let attainment = kpi.attainment.map { ValueFormatter.format($0, as: .percent) } ?? text.noData
            out += row([cell(nodeLabel(kpi, text)), name(kpi.metric), "\(kpi.windowStart)…\(kpi.windowFinish)", show(kpi.target, kpi.metric),
                        show(kpi.actual, kpi.metric), kpi.variance.map { signed($0, kpi.metric) } ?? text.noData, attainment,
                        "\(marks[kpi.status] ?? "") \(text.status(kpi.status))\(Self.coverageNote(kpi, chinese: text.language == .zh))"])
        }
        out += markdownPeriods(text, metrics: byID, numbers: numbers, cell: cell)
        out += markdownExperiments(text, metrics: byID, numbers: numbers)
        for kpi in kpis where kpi.attribution != nil || !kpi.byDimension.isEmpty || kpi.periods.contains(where: { $0.attribution != nil || !$0.byDimension.isEmpty }) {
            out += "\n## \(cell(nodeLabel(kpi, text))) · \(name(kpi.metric))\n\n"
            if let forecast = kpi.forecast, let expected = kpi.expectedToDate {
                out += "\(text.progressLine(show(expected, kpi.metric), show(forecast, kpi.metric)))\n\n"
            }
            if let attribution = kpi.attribution {
                out += "\(cell(text.driversIntro(signed(attribution.gap, kpi.metric), text.methodName(attribution.method))))：\n\n" + header(text.driversHeader)
                func rows(_ contributions: [Contribution], depth: Int) {
                    for contribution in contributions {
                        let indent = String(repeating: "↳ ", count: depth)
                        let label = contributionLabel(contribution, text, plainName)
                        out += row(["\(indent)\(cell(label))", show(contribution.base, contribution.driver), show(contribution.actual, contribution.driver),
                                    signed(contribution.value, kpi.metric)])
                        rows(contribution.children, depth: depth + 1)
                    }
                }
                rows(attribution.contributions, depth: 0)
                out += "\n\(cell(text.addsUpLine(signed(attribution.gap, kpi.metric), attribution.hasUnimpliedTerms)))\n"
                for note in attribution.caveats { out += "\n> \(cell(note.text(language, names: plainName)))\n" }
                out += "\n"
            } else if let note = kpi.attributionCaveat {
                out += "> \(cell(note.text(language, names: plainName)))\n\n"
            }
            for (dimension, shares) in kpi.byDimension.sorted(by: { $0.key < $1.key }) {
                if let missing = kpi.notComputable[dimension] {
                    out += "\(cell(text.notComputable(dimension, missing.map(plainName))))：\n\n" + header([dimension, text.actual])
                    for share in shares { out += row([cell(share.value), text.noData]) }
                    out += "\n"
                    continue
                }
                let basis = kpi.dimensionBasis[dimension] ?? .proRata
                let volume = kpi.unallocated[dimension].flatMap { $0 == 0 ? nil : $0 }
                let withTarget = shares.contains { $0.target != nil }
                out += "\(cell(text.caption(basis, dimension, volume.map { signed($0, kpi.metric) })))\(text.language == .zh ? "：" : ":")\n\n"
                out += header(text.dimensionHeader(dimension, basis == .proRata, withTarget))
                for share in shares {
                    let cells = [cell(share.value)] + (withTarget ? [show(share.target, kpi.metric)] : [])
                    out += row(cells + [show(share.actual, kpi.metric), signed(share.contribution, kpi.metric)])
                }
                if let volume {
                    out += row([cell(text.unallocatedLabel(basis))] + (withTarget ? [""] : []) + ["", signed(volume, kpi.metric)])
                }
                if let absent = kpi.withoutData[dimension] { out += "\n\(cell(text.withoutData(dimension, absent)))\n" }
                out += "\n"
            }
            out += markdownPeriodDetail(kpi, text, metrics: byID, numbers: numbers, cell: cell)
        }
        out += importMarkdown(metrics: metrics, text: text, cell: cell)
        return out
    }

    /// The experiments right after the targets table: the variants and one sentence each.
    private func markdownExperiments(_ text: ReviewText, metrics byID: [String: Metric], numbers: NumberStyle) -> String {
        guard !experiments.isEmpty else { return "" }
        func name(_ id: String) -> String { byID[id]?.name ?? id }
        var out = "\n## \(text.experimentsHeading)\n\n"
        for experiment in experiments {
            let show = { (value: Double) in ValueFormatter.format(value, as: byID[experiment.metric]?.format, unit: byID[experiment.metric]?.unit, numbers: numbers) }
            out += "### \(cell(experiment.name))\n\n"
            if let note = experiment.caveat { out += "> \(cell(note.text(text.language, names: name)))\n\n" }
            guard !experiment.variants.isEmpty || !experiment.samples.isEmpty else { continue }
            for (index, row) in experiment.variantTable(text, show: show).enumerated() {
                out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
                if index == 0 { out += "|" + String(repeating: "---|", count: row.count) + "\n" }
            }
            out += "\n"
            for (sentence, notes) in experiment.comparisonSentences(text, names: name, show: show) {
                out += "- \(cell(sentence))\n"
                for note in notes { out += "  - \(cell(note))\n" }
            }
            out += "\n"
        }
        return out
    }

    /// A driver's name, or the name of a term set apart from the drivers.
    func contributionLabel(_ contribution: Contribution, _ text: ReviewText, _ name: (String) -> String) -> String {
        switch contribution.kind {
        case .driver: return name(contribution.driver)
        case .targetNotImplied: return text.targetNotImplied(name(contribution.driver))
        case .actualNotImplied: return text.actualNotImplied(name(contribution.driver))
        }
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
