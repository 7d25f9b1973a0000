import PlanYAML

/// The review sections: `review` (status thresholds, pacing weights), `actuals` (how export
/// columns map to metrics and dimensions) and `experiments` (A/B tests).
extension PlanReader {
    static let reviewKeys = ["atRisk", "offTrack", "pacing"]
    static let actualsKeys = ["match", "date", "metric", "value", "columns", "dimensions", "ignore", "header", "sheet", "decimal", "groups"]
    static let experimentKeys = ["id", "name", "metric", "dimension", "control", "sd", "n"]
    static let requiredExperimentKeys = ["id", "name", "metric", "dimension", "control"]

    func readReviewSettings(_ node: YAMLNode) {
        guard let mapping = context.mapping(node, "review") else { return }
        review.location = context.location(mapping.mark)
        for (key, value) in context.keyedEntries(mapping) {
            switch key.value {
            case "atRisk": if let number = ratio(value, "atRisk") { review.atRisk = number }
            case "offTrack": if let number = ratio(value, "offTrack") { review.offTrack = number }
            case "pacing":
                guard let items = context.list(value, "pacing weights", allowSingle: false) else { continue }
                review.pacingWeights = items.compactMap { item in
                    guard let weight = context.quantity(item, "pacing weight") else { return nil }
                    guard weight >= 0 else {
                        context.error(.invalidNumber, "a pacing weight cannot be negative", at: item.mark)
                        return nil
                    }
                    return weight
                }
            default: context.unknownKey(key, in: "review", allowed: Self.reviewKeys)
            }
        }
        if review.offTrack > review.atRisk, let mark = mapping["offTrack"]?.mark {
            context.error(.invalidValue, "offTrack (\(review.offTrack)) must not be above atRisk (\(review.atRisk))", at: mark,
                          hint: "e.g. atRisk: 95%, offTrack: 85%")
        }
    }

    private func ratio(_ node: YAMLNode, _ what: String) -> Double? {
        guard let value = context.quantity(node, what) else { return nil }
        guard value > 0, value <= 10 else {
            context.error(.invalidNumber, "\(what) is an attainment such as 95%", at: node.mark)
            return nil
        }
        return value
    }

    func readActualsSpec(_ node: YAMLNode) {
        // The list form: one source per kind of export, each picking its files by `match`.
        if case .sequence(let sequence) = node {
            for item in sequence.items {
                guard let mapping = context.mapping(item, "an actuals source"), let spec = actualsSource(mapping, inList: true) else { continue }
                review.actualsSources.append(spec)
            }
            return
        }
        guard let mapping = context.mapping(node, "actuals") else { return }
        // `source:` names a warehouse table to read in place of export files.
        if mapping["source"] != nil { return readWarehouse(mapping) }
        guard let spec = actualsSource(mapping, inList: false) else { return }
        review.actuals = spec
    }

    private func actualsSource(_ mapping: YAMLMapping, inList: Bool) -> ActualsSpec? {
        var spec = ActualsSpec(location: context.location(mapping.mark))
        for (key, value) in context.keyedEntries(mapping) {
            switch key.value {
            case "match": spec.match = context.string(value, "match pattern")
            case "date": spec.dateColumn = context.string(value, "date column")
            case "metric": spec.metricColumn = context.string(value, "metric column")
            case "value": spec.valueColumn = context.string(value, "value column")
            case "columns": spec.columns = stringMap(value, "columns", valuesAreMetrics: true)
            case "dimensions": spec.dimensions = stringMap(value, "dimensions", valuesAreMetrics: false)
            case "ignore":
                spec.ignore = (context.list(value, "ignored columns") ?? []).compactMap { context.string($0, "ignored column") }
            case "header": spec.headerRows = context.integer(value, "header rows", in: 1...2)
            case "sheet": spec.sheet = context.string(value, "sheet")
            case "decimal":
                spec.decimalComma = context.choice(value, "decimal separator", accepted: [".", ","]) { $0 == "," ? true : $0 == "." ? false : nil } ?? false
            case "groups": spec.groups = context.string(value, "dimension of the grouped columns")
            default: context.unknownKey(key, in: inList ? "actuals source" : "actuals", allowed: Self.actualsKeys)
            }
        }
        if (spec.metricColumn == nil) != (spec.valueColumn == nil) {
            context.missingKey(spec.metricColumn == nil ? "metric" : "value", in: "actuals", at: mapping.mark,
                               hint: "a long export names both its metric column and its value column")
        }
        if inList && spec.match == nil && mapping["match"] == nil {
            context.missingKey("match", in: "actuals source", at: mapping.mark,
                               hint: "each source of a list names its files: 'match: \"*有赞*.csv\"' (a glob or a file name)")
            return nil
        }
        return spec
    }

    private func stringMap(_ node: YAMLNode, _ what: String, valuesAreMetrics: Bool) -> [String: String] {
        guard let mapping = context.mapping(node, what) else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in context.keyedEntries(mapping) {
            guard let scalar = context.scalar(value, what) else { continue }
            if valuesAreMetrics {
                guard let metric = context.metricID(scalar) else { continue }
                pendingMetricReferences.append((metric, context.location(scalar.mark)))
                result[key.value] = metric
            } else {
                result[key.value] = scalar.value
            }
        }
        return result
    }

    func readExperiments(_ node: YAMLNode) {
        guard let items = context.list(node, "experiments", allowSingle: false) else { return }
        for item in items {
            guard let mapping = context.mapping(item, "an experiment") else { continue }
            var fields: [String: YAMLScalar] = [:]
            for (key, value) in context.keyedEntries(mapping) {
                guard Self.experimentKeys.contains(key.value) else {
                    context.unknownKey(key, in: "experiment", allowed: Self.experimentKeys)
                    continue
                }
                if let scalar = context.scalar(value, key.value) { fields[key.value] = scalar }
            }
            var complete = true
            for required in Self.requiredExperimentKeys where fields[required] == nil && mapping[required] == nil {
                context.missingKey(required, in: "experiment", of: mapping, allowed: Self.experimentKeys)
                complete = false
            }
            // A mean is tested with its spread and its size: one without the other is a mistake.
            if (fields["sd"] == nil) != (fields["n"] == nil), let given = fields["sd"] ?? fields["n"] {
                let (present, missing) = fields["sd"] == nil ? ("n", "sd") : ("sd", "n")
                context.error(.missingKey, "experiment '\(fields["id"]?.value ?? "")' has '\(present)' but not '\(missing)'",
                              at: given.mark, hint: "a mean metric is tested with both: 'sd: aov_sd, n: aov_n' (metrics holding each row's standard deviation and sample size)")
                complete = false
            }
            guard complete, let id = fields["id"], let metric = fields["metric"], let dimension = fields["dimension"],
                  let control = fields["control"], let name = fields["name"] else { continue }
            guard Identifier.isValidNodeID(id.value) else {
                context.error(.invalidID, "'\(id.value)' is not a valid experiment id", at: id.mark)
                continue
            }
            for scalar in [metric, fields["sd"], fields["n"]].compactMap({ $0 }) {
                pendingMetricReferences.append((scalar.value, context.location(scalar.mark)))
            }
            review.experiments.append(Experiment(id: id.value, name: name.value, metric: metric.value, dimension: dimension.value,
                                                 control: control.value, standardDeviation: fields["sd"]?.value, size: fields["n"]?.value,
                                                 location: context.location(id.mark)))
        }
    }
}
