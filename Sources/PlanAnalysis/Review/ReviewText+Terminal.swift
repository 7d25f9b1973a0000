import PlanModel

/// The terminal summary's words, per language (part of the `ReviewText` catalog).
extension ReviewText {
    func terminalTitle(_ plan: String, _ title: String, _ asOf: String?) -> String {
        if language == .zh { return "复盘：\(title.isEmpty ? plan : title)" + (asOf.map { "，截至 \($0)" } ?? "") }
        return "review of " + (title.isEmpty ? plan : "\(title) (\(plan))") + (asOf.map { " as of \($0)" } ?? "")
    }

    func terminalImport(_ read: Int, _ used: Int, _ rejected: Int, _ issues: Int) -> String {
        language == .zh ? importLine(read, used, rejected, issues)
            : "import: \(EnglishPlural.counted(read, "row")) read, \(used) used, \(rejected) rejected, \(EnglishPlural.counted(issues, "issue"))"
    }

    var terminalHeader: [String] {
        language == .zh ? ["节点", "指标", "目标", "实际", "差异", "达成率", "状态"]
            : ["node", "metric", "target", "actual", "variance", "attainment", "status"]
    }

    var findingsLabel: String { language == .zh ? "结论：" : "findings:" }

    func gapByDriver(_ method: String, _ items: [String]) -> String {
        language == .zh ? "差距按因素（\(method)）：" + items.joined(separator: "，") : "gap by driver (\(method)): " + items.joined(separator: ", ")
    }

    func note(_ text: String) -> String { language == .zh ? "注：\(text)" : "note: \(text)" }

    func explains(_ dimension: String, _ value: String, _ change: String, _ basis: ReviewReport.DimensionBasis?, volume: String?) -> String {
        if language == .zh {
            var line = "\(dimension)：\(value) 影响 \(change)"
            if basis == .target { line += "（对照自己的目标）" }
            if basis == .performance {
                line += "（按自身比率）" + (volume.map { "；规模 \($0)（未按\(dimension)拆分）" } ?? "")
            }
            return line
        }
        var line = "\(dimension): \(value) explains \(change)"
        if basis == .target { line += " against its own target" }
        if basis == .performance {
            line += " by its own rates" + (volume.map { "; volume \($0) (not split by \(dimension))" } ?? "")
        }
        return line
    }

    func experimentTitle(_ id: String, _ name: String) -> String {
        language == .zh ? "实验 \(name)：" : "experiment \(id) (\(name)):"
    }

    func sampleLine(_ variant: String, _ mean: String, _ sd: String, _ n: String) -> String {
        language == .zh ? "\(variant)：均值 \(mean)，标准差 \(sd)，样本 \(n)" : "\(variant): mean \(mean), sd \(sd), n \(n)"
    }

    func comparisonLine(_ variant: String, _ control: String, _ test: String, _ lift: String, _ p: String, _ significant: Bool) -> String {
        language == .zh ? comparison(variant, control, testName(test), lift, p, significant)
            : "\(variant) vs \(control) (\(test)): lift \(lift), p = \(p) (\(significant ? "significant" : "not significant"))"
    }

    func allVariants(_ p: String) -> String {
        language == .zh ? "卡方检验（全部组）：p = \(p)" : "all variants (chi-square): p = \(p)"
    }
}
