import PlanYAML

/// The review sections: `review` (status thresholds, pacing weights), `actuals` (how export
/// columns map to metrics and dimensions) and `experiments` (A/B tests).
extension PlanReader {
    static let reviewKeys = ["atRisk", "offTrack", "pacing"]
    static let actualsKeys = ["match", "date", "metric", "value", "columns", "dimensions", "ignore", "header", "sheet", "decimal", "groups"]
    static let experimentKeys = ["id", "name", "metric", "dimension", "control", "sd", "n"]
    static let requiredExperimentKeys = ["id", "name", "metric", "dimension", "control"]

    func readReviewSettings(_ node: YAMLNode) {
        guard let mapping = context.mapping(node, Bilingual(zh: "review（复盘设置）", en: "review")) else { return }
        review.location = context.location(mapping.mark)
        for (key, value) in context.keyedEntries(mapping) {
            switch key.value {
            case "atRisk": if let number = ratio(value, Bilingual(zh: "atRisk（有风险）", en: "atRisk")) { review.atRisk = number }
            case "offTrack": if let number = ratio(value, Bilingual(zh: "offTrack（偏离）", en: "offTrack")) { review.offTrack = number }
            case "pacing":
                guard let items = context.list(value, Bilingual(zh: "节奏权重", en: "pacing weights"), allowSingle: false) else { continue }
                review.pacingWeights = items.compactMap { item in
                    guard let weight = context.quantity(item, Bilingual(zh: "节奏权重", en: "pacing weight")) else { return nil }
                    guard weight >= 0 else {
                        context.error(.invalidNumber, Bilingual(zh: "节奏权重不能为负数", en: "a pacing weight cannot be negative"), at: item.mark)
                        return nil
                    }
                    return weight
                }
            default: context.unknownKey(key, in: Bilingual(zh: "review（复盘设置）", en: "review"), allowed: Self.reviewKeys)
            }
        }
        if review.offTrack > review.atRisk, let mark = mapping["offTrack"]?.mark {
            context.error(.invalidValue, Bilingual(zh: "offTrack（\(review.offTrack)）不能高于 atRisk（\(review.atRisk)）", en: "offTrack (\(review.offTrack)) must not be above atRisk (\(review.atRisk))"), at: mark,
                          hint: Bilingual(zh: "例如 atRisk: 95%, offTrack: 85%", en: "e.g. atRisk: 95%, offTrack: 85%"))
        }
    }

    private func ratio(_ node: YAMLNode, _ what: Bilingual) -> Double? {
        guard let value = context.quantity(node, what) else { return nil }
        guard value > 0, value <= 10 else {
            context.error(.invalidNumber, Bilingual(zh: "\(what.zh) 是达成率，例如 95%", en: "\(what.en) is an attainment such as 95%"), at: node.mark)
            return nil
        }
        return value
    }

    func readActualsSpec(_ node: YAMLNode) {
        // The list form: one source per kind of export, each picking its files by `match`.
        if case .sequence(let sequence) = node {
            for item in sequence.items {
                guard let mapping = context.mapping(item, Bilingual(zh: "实际数据来源", en: "an actuals source")), let spec = actualsSource(mapping, inList: true) else { continue }
                review.actualsSources.append(spec)
            }
            return
        }
        guard let mapping = context.mapping(node, Bilingual(zh: "actuals（实际数据）", en: "actuals")) else { return }
        // `source:` names a warehouse table to read in place of export files.
        if mapping["source"] != nil { return readWarehouse(mapping) }
        guard let spec = actualsSource(mapping, inList: false) else { return }
        review.actuals = spec
    }

    private func actualsSource(_ mapping: YAMLMapping, inList: Bool) -> ActualsSpec? {
        var spec = ActualsSpec(location: context.location(mapping.mark))
        for (key, value) in context.keyedEntries(mapping) {
            switch key.value {
            case "match": spec.match = context.string(value, Bilingual(zh: "文件匹配模式", en: "match pattern"))
            case "date": spec.dateColumn = context.string(value, Bilingual(zh: "日期列", en: "date column"))
            case "metric": spec.metricColumn = context.string(value, Bilingual(zh: "指标列", en: "metric column"))
            case "value": spec.valueColumn = context.string(value, Bilingual(zh: "数值列", en: "value column"))
            case "columns": spec.columns = stringMap(value, Bilingual(zh: "columns（列）", en: "columns"), valuesAreMetrics: true)
            case "dimensions": spec.dimensions = stringMap(value, Bilingual(zh: "dimensions（维度）", en: "dimensions"), valuesAreMetrics: false)
            case "ignore":
                spec.ignore = (context.list(value, Bilingual(zh: "忽略的列", en: "ignored columns")) ?? []).compactMap { context.string($0, Bilingual(zh: "忽略的列", en: "ignored column")) }
            case "header": spec.headerRows = context.integer(value, Bilingual(zh: "表头行数", en: "header rows"), in: 1...2)
            case "sheet": spec.sheet = context.string(value, Bilingual(zh: "工作表", en: "sheet"))
            case "decimal":
                spec.decimalComma = context.choice(value, Bilingual(zh: "小数点符号", en: "decimal separator"), accepted: [".", ","]) { $0 == "," ? true : $0 == "." ? false : nil } ?? false
            case "groups": spec.groups = context.string(value, Bilingual(zh: "分组列的维度", en: "dimension of the grouped columns"))
            default: context.unknownKey(key, in: inList ? Bilingual(zh: "实际数据来源", en: "actuals source") : Bilingual(zh: "actuals（实际数据）", en: "actuals"), allowed: Self.actualsKeys)
            }
        }
        if (spec.metricColumn == nil) != (spec.valueColumn == nil) {
            context.missingKey(spec.metricColumn == nil ? "metric" : "value", in: Bilingual(zh: "actuals（实际数据）", en: "actuals"), at: mapping.mark,
                               hint: Bilingual(zh: "长表导出要同时写明指标列和数值列", en: "a long export names both its metric column and its value column"))
        }
        if inList && spec.match == nil && mapping["match"] == nil {
            context.missingKey("match", in: Bilingual(zh: "实际数据来源", en: "actuals source"), at: mapping.mark,
                               hint: Bilingual(zh: "列表中的每个来源都要写明文件：'match: \"*有赞*.csv\"'（通配符或文件名）", en: "each source of a list names its files: 'match: \"*有赞*.csv\"' (a glob or a file name)"))
            return nil
        }
        return spec
    }

    private func stringMap(_ node: YAMLNode, _ what: Bilingual, valuesAreMetrics: Bool) -> [String: String] {
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
        guard let items = context.list(node, Bilingual(zh: "实验列表", en: "experiments"), allowSingle: false) else { return }
        for item in items {
            guard let mapping = context.mapping(item, Bilingual(zh: "实验", en: "an experiment")) else { continue }
            var fields: [String: YAMLScalar] = [:]
            for (key, value) in context.keyedEntries(mapping) {
                guard Self.experimentKeys.contains(key.value) else {
                    context.unknownKey(key, in: Bilingual(zh: "实验", en: "experiment"), allowed: Self.experimentKeys)
                    continue
                }
                if let scalar = context.scalar(value, Bilingual(verbatim: key.value)) { fields[key.value] = scalar }
            }
            var complete = true
            for required in Self.requiredExperimentKeys where fields[required] == nil && mapping[required] == nil {
                context.missingKey(required, in: Bilingual(zh: "实验", en: "experiment"), of: mapping, allowed: Self.experimentKeys)
                complete = false
            }
            // A mean is tested with its spread and its size: one without the other is a mistake.
            if (fields["sd"] == nil) != (fields["n"] == nil), let given = fields["sd"] ?? fields["n"] {
                let (present, missing) = fields["sd"] == nil ? ("n", "sd") : ("sd", "n")
                context.error(.missingKey, Bilingual(zh: "实验 '\(fields["id"]?.value ?? "")' 有 '\(present)' 却没有 '\(missing)'",
                                        en: "experiment '\(fields["id"]?.value ?? "")' has '\(present)' but not '\(missing)'"),
                              at: given.mark, hint: Bilingual(zh: "均值类指标要同时给出两者：'sd: aov_sd, n: aov_n'（分别是每行标准差和样本量的指标）", en: "a mean metric is tested with both: 'sd: aov_sd, n: aov_n' (metrics holding each row's standard deviation and sample size)"))
                complete = false
            }
            guard complete, let id = fields["id"], let metric = fields["metric"], let dimension = fields["dimension"],
                  let control = fields["control"], let name = fields["name"] else { continue }
            guard Identifier.isValidNodeID(id.value) else {
                context.error(.invalidID, Bilingual(zh: "'\(id.value)' 不是有效的实验 id", en: "'\(id.value)' is not a valid experiment id"), at: id.mark)
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
