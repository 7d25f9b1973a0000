/// The findings' sentences, per language (part of the `ReviewText` catalog).
extension ReviewText {
    func findingMiss(_ node: String, _ metric: String, _ attainment: String, _ variance: String, _ status: String) -> String {
        language == .zh
            ? "最大的缺口：\(node)的\(metric)只完成 \(attainment)（差 \(variance)，\(status)）。"
            : "Biggest miss: \(metric) (\(node)) reached \(attainment) of its target (\(variance), \(status))."
    }

    func findingDriver(_ path: [String], _ value: String, _ share: String) -> String {
        language == .zh
            ? "主要原因：\(path.joined(separator: " → "))，贡献 \(value)，占缺口的 \(share)。"
            : "Main driver: \(path.joined(separator: " → ")), \(value), \(share) of the gap."
    }

    func findingChannel(_ dimension: String, _ value: String, _ metric: String, _ contribution: String, _ total: String?) -> String {
        language == .zh
            ? "按\(dimension)看，\(value)对\(metric)的影响最大：\(contribution)" + (total.map { "（\(metric)差异共 \($0)）" } ?? "") + "。"
            : "By \(dimension), \(value) explains most of \(metric): \(contribution)" + (total.map { " of \($0)" } ?? "") + "."
    }

    func findingAllOnTrack(_ measured: Int) -> String {
        language == .zh ? "有数据的 \(measured) 个目标都达标或未开始，没有缺口需要解释。"
            : "All \(measured) measured targets are on track or not started: no gap to explain."
    }

    func findingExperiment(_ name: String, _ variant: String, _ control: String, _ lift: String, _ p: String,
                           _ significant: Bool, _ underpowered: Bool) -> String {
        if language == .zh {
            return "实验「\(name)」：\(variant) 对 \(control) 提升 \(lift)，p = \(p)，"
                + (significant ? "差异显著" : "差异不显著，不能说明有效果") + (underpowered ? "（样本量不足，结论偏弱）" : "") + "。"
        }
        return "Experiment \(name): \(variant) against \(control) lift \(lift), p = \(p), "
            + (significant ? "significant" : "not significant") + (underpowered ? " (the sample was too small for 80% power)" : "") + "."
    }

    func findingEvidence(_ read: Int, _ rejected: Int, _ issues: Int, _ noData: [String], _ partial: [(String, String)],
                         _ unmapped: [String], _ overlaps: Int) -> String {
        func list(_ items: [String], _ separator: String) -> String {
            items.prefix(4).joined(separator: separator) + (items.count > 4 ? (language == .zh ? " 等 \(items.count) 个" : " and \(items.count - 4) more") : "")
        }
        if language == .zh {
            var parts: [String] = []
            if rejected > 0 || issues > 0 { parts.append("导入拒绝 \(rejected) 行、问题 \(issues) 条（见导入问题）") }
            if !partial.isEmpty { parts.append("数据覆盖不全：" + list(partial.map { "\($0.0) \($0.1)" }, "、")) }
            if !unmapped.isEmpty { parts.append("未对应指标的列：" + list(unmapped, "、")) }
            if overlaps > 0 { parts.append("\(overlaps) 处重复数据") }
            let unique = Array(Set(noData)).sorted()
            if !unique.isEmpty { parts.append("无数据的指标：" + list(unique, "、")) }
            return parts.isEmpty ? "数据完整：导入的 \(read) 行全部使用，没有问题。" : "结论的局限：" + parts.joined(separator: "；") + "。"
        }
        var parts: [String] = []
        if rejected > 0 || issues > 0 { parts.append("\(rejected) rows rejected, \(issues) import issues") }
        if !partial.isEmpty { parts.append("partial coverage: " + list(partial.map { "\($0.0) \($0.1)" }, ", ")) }
        if !unmapped.isEmpty { parts.append("unmapped columns: " + list(unmapped, ", ")) }
        if overlaps > 0 { parts.append("\(overlaps) overlapping values") }
        let unique = Array(Set(noData)).sorted()
        if !unique.isEmpty { parts.append("no data for " + list(unique, ", ")) }
        return parts.isEmpty ? "Data complete: all \(read) rows used, no issues." : "Limits: " + parts.joined(separator: "; ") + "."
    }
}
