import PlanModel

/// The story first: three to five plain findings computed from the report — the biggest miss,
/// the driver that explains most of it, the dimension value that explains most of that
/// driver, the experiments, and what weakens the conclusions. Nothing is templated per case:
/// each sentence names what the numbers single out.
extension ReviewReport {
    /// The findings in `language`, in reading order, numbers in `numbers`' style.
    func findings(metrics: [Metric], language: ReviewLanguage, numbers: NumberStyle = .plain) -> [String] {
        let text = ReviewText.of(language)
        let byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { byID[id]?.name ?? id }
        func change(_ value: Double, _ metric: String) -> String {
            text.localizedChange(ValueFormatter.change(value, as: byID[metric]?.format, unit: byID[metric]?.unit, numbers: numbers))
        }
        func percent(_ value: Double) -> String { ValueFormatter.format(value, as: .percent) }
        var result: [String] = []
        if let miss = biggestMiss() {
            let attainment = miss.attainment.map(percent) ?? text.noData
            result.append(text.findingMiss(nodeLabel(miss, text), name(miss.metric), attainment,
                                           miss.variance.map { change($0, miss.metric) } ?? text.noData, text.status(miss.status)))
            let path = miss.attribution.flatMap(mainDriverPath)
            if let attribution = miss.attribution, let last = path?.last {
                let share = attribution.gap != 0 ? last.value / attribution.gap : 0
                let names = (path ?? []).map { $0.kind == .driver ? name($0.driver) : text.targetNotImplied(name($0.driver)) }
                result.append(text.findingDriver(names, change(last.value, miss.metric), percent(share)))
            }
            // The channel behind the main driver, or behind the miss itself when it has no drivers.
            if let channel = mainValue(for: path?.last.flatMap { $0.kind == .driver ? $0.driver : nil } ?? miss.metric, at: miss) {
                result.append(text.findingChannel(channel.dimension, channel.share.value, name(channel.metric),
                                                  change(channel.share.contribution, channel.metric),
                                                  channel.total.map { change($0, channel.metric) }))
            }
        } else if !kpis.isEmpty {
            result.append(text.findingAllOnTrack(kpis.filter { $0.actual != nil }.count))
        }
        for experiment in experiments.prefix(2) {
            guard let (variant, test) = experiment.comparisons.min(by: { $0.result.pValue < $1.result.pValue }) else { continue }
            result.append(text.findingExperiment(experiment.name, variant, experiment.control,
                                                 test.lift.map(percent) ?? text.noData,
                                                 ValueFormatter.trimmed(test.pValue, maxFraction: 4), test.pValue < 0.05,
                                                 test.caveats.contains { if case .sampleTooSmall = $0 { return true } else { return false } }))
        }
        result.append(evidenceFinding(text, name))
        return result
    }

    /// The KPI that missed most: among the missed ones with an attribution, the top of its
    /// tree (not a driver of another missed KPI on its node), lowest attainment first; else
    /// the missed KPI of lowest attainment.
    func biggestMiss() -> KPI? {
        let missed = kpis.filter { ($0.status == .offTrack || $0.status == .atRisk) && $0.attainment != nil }
        func drivers(_ items: [Contribution]) -> [String] { items.flatMap { [$0.driver] + drivers($0.children) } }
        let explained = missed.filter { $0.attribution != nil }
        let tops = explained.filter { candidate in
            !explained.contains { other in
                other.node == candidate.node && other.nodeKind == candidate.nodeKind && other.metric != candidate.metric
                    && drivers(other.attribution?.contributions ?? []).contains(candidate.metric)
            }
        }
        // The whole plan first: the reviewer's first question is about the cycle as a whole.
        let ranked = (tops.isEmpty ? missed : tops).sorted {
            ($0.nodeKind == .plan ? 0 : 1, $0.attainment ?? 1) < ($1.nodeKind == .plan ? 0 : 1, $1.attainment ?? 1)
        }
        return ranked.first
    }

    /// From the top of the attribution, the largest share in the gap's direction, then its
    /// largest child while that child carries at least half of its parent.
    func mainDriverPath(_ attribution: AttributionResult) -> [Contribution]? {
        let sign: Double = attribution.gap < 0 ? -1 : 1
        func pick(_ items: [Contribution]) -> Contribution? {
            items.filter { $0.value * sign > 0 }.max { abs($0.value) < abs($1.value) }
        }
        guard var current = pick(attribution.contributions) else { return nil }
        var path = [current]
        while let child = pick(current.children), child.kind == .driver, abs(child.value) >= abs(current.value) / 2 {
            path.append(child)
            current = child
        }
        return path
    }

    /// The dimension value that explains most of `metric`'s gap on the miss's node: from the
    /// metric's own KPI there when it has one, else from the miss's breakdown. Pro-rata and
    /// not-computable breakdowns blame nobody and are skipped.
    func mainValue(for metric: String, at miss: KPI) -> (dimension: String, share: DimensionShare, metric: String, total: Double?)? {
        let own = kpis.first { $0.metric == metric && $0.node == miss.node && $0.nodeKind == miss.nodeKind }
        for kpi in [own, miss].compactMap({ $0 }) {
            let sign: Double = (kpi.variance ?? 0) < 0 ? -1 : 1
            var best: (String, DimensionShare)?
            for (dimension, shares) in kpi.byDimension.sorted(by: { $0.key < $1.key })
            where kpi.dimensionBasis[dimension] != .proRata && kpi.notComputable[dimension] == nil {
                guard let top = shares.filter({ $0.contribution * sign > 0 }).max(by: { abs($0.contribution) < abs($1.contribution) }) else { continue }
                if best.map({ abs(top.contribution) > abs($0.1.contribution) }) ?? true { best = (dimension, top) }
            }
            if let (dimension, share) = best { return (dimension, share, kpi.metric, kpi.variance) }
        }
        return nil
    }

    func nodeLabel(_ kpi: KPI, _ text: ReviewText) -> String {
        kpi.nodeKind == .plan ? text.wholePlan : (kpi.nodeName.isEmpty ? kpi.node : kpi.nodeName)
    }

    private func evidenceFinding(_ text: ReviewText, _ name: (String) -> String) -> String {
        let noData = kpis.filter { $0.status == .noData }
        let partial = evidence.coverage.filter { $0.coverage < 1 }
        return text.findingEvidence(imports.rowsRead, imports.rowsRejected, imports.issues.count, noData.map { name($0.metric) },
                                    partial.map { (name($0.metric), ValueFormatter.format($0.coverage, as: .percent)) },
                                    evidence.unmappedColumns, evidence.overlaps)
    }
}
