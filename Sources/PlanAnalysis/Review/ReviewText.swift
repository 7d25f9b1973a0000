import PlanModel

/// Every word of the review's reports, one catalog per language: the Markdown and HTML views
/// and the charts take their texts from here (the caveats from `ReviewNote+Text.swift`), so a
/// report in another language needs a catalog, not a new view.
struct ReviewText: Sendable {
    var language: ReviewLanguage
    // Page
    var reviewTitle: @Sendable (String) -> String
    var planLine: @Sendable (_ plan: String, _ asOf: String?, _ method: String) -> String
    var importLine: @Sendable (_ read: Int, _ used: Int, _ rejected: Int, _ issues: Int) -> String
    var findingsHeading: String
    var targetsHeading: String
    var experimentsHeading: String
    var pacingHeading: String
    var pacingNote: @Sendable (String?) -> String
    var targetsHeader: [String]
    var status: @Sendable (ReviewReport.Status) -> String
    /// The whole plan, as a node name.
    var wholePlan: String
    // Attribution
    var driversIntro: @Sendable (_ gap: String, _ method: String) -> String
    var driversHeader: [String]
    var targetNotImplied: @Sendable (String) -> String
    /// The same term, short, for a chart column.
    var targetNotImpliedShort: String
    var methodName: @Sendable (AttributionMethod) -> String
    /// A change as the catalog's language writes it: "−0.38 pt" is "−0.38 个百分点" in Chinese.
    var localizedChange: @Sendable (String) -> String
    var actualNotImplied: @Sendable (String) -> String
    /// The one line saying the terms add up to the variance, with the rounding term named.
    var addsUpLine: @Sendable (_ variance: String, _ hasTerm: Bool) -> String
    var progressLine: @Sendable (_ expected: String, _ forecast: String) -> String
    // Dimensions
    var caption: @Sendable (ReviewReport.DimensionBasis, String, String?) -> String
    var notComputable: @Sendable (_ dimension: String, _ inputs: [String]) -> String
    var withoutData: @Sendable (_ dimension: String, _ values: [String]) -> String
    var dimensionHeader: @Sendable (_ dimension: String, _ proRata: Bool, _ withTarget: Bool) -> [String]
    var unallocatedLabel: @Sendable (ReviewReport.DimensionBasis) -> String
    // Charts
    var base: String
    var actual: String
    var target: String
    var attainmentLegend: String
    var axisBreak: String
    var experimentAxis: @Sendable (String) -> String
    var chartRefused: String
    var waterfallLabel: String
    var contributionsLabel: String
    var chartPartlyLeftOut: String
    // Experiments
    var variantsHeaderMean: [String]
    var variantsHeaderRate: [String]
    var significant: @Sendable (Bool) -> String
    var comparison: @Sendable (_ variant: String, _ control: String, _ test: String, _ lift: String, _ p: String, _ significant: Bool) -> String
    var interval: @Sendable (_ low: String, _ high: String) -> String
    var chiSquare: @Sendable (_ statistic: String, _ df: String, _ p: String) -> String
    var testName: @Sendable (String) -> String
    var noData: String
}

extension ReviewText {
    static func of(_ language: ReviewLanguage) -> ReviewText {
        language == .zh ? zh : en
    }

    static let zh = ReviewText(
        language: .zh,
        reviewTitle: { "复盘：\($0)" },
        planLine: { plan, asOf, method in "计划 \(plan)" + (asOf.map { "，截至 \($0)" } ?? "") + "，归因方法 \(method)" },
        importLine: { "导入：读取 \($0) 行，使用 \($1) 行，拒绝 \($2) 行，问题 \($3) 条" },
        findingsHeading: "结论",
        targetsHeading: "目标与实际",
        experimentsHeading: "A/B 实验",
        pacingHeading: "节奏：实际累计与目标曲线",
        pacingNote: { asOf in "虚线：目标曲线（按工作日\(asOf.map { "，截至 \($0)" } ?? "")）；实线：实际累计（比率与存量为截至当日的值）。" },
        targetsHeader: ["节点", "指标", "窗口", "目标", "实际", "差异", "达成率", "状态"],
        status: { status in
            switch status {
            case .onTrack: return "达标"
            case .atRisk: return "预警"
            case .offTrack: return "未达标"
            case .notStarted: return "未开始"
            case .noData: return "无数据"
            }
        },
        wholePlan: "全计划",
        driversIntro: { gap, method in "差距 \(gap) 的驱动因素（\(method)）" },
        driversHeader: ["因素", "基准", "实际", "贡献"],
        targetNotImplied: { "\($0)：目标取整差" },
        targetNotImpliedShort: "目标取整差",
        methodName: { ["chain": "连环替代法", "lmdi": "LMDI 对数平均迪氏分解", "shapley": "Shapley 分解"][$0.rawValue] ?? $0.rawValue },
        localizedChange: { $0.hasSuffix(" pt") ? String($0.dropLast(3)) + " 个百分点" : $0 },
        actualNotImplied: { "\($0)：实际与驱动因素不一致" },
        addsUpLine: { variance, hasTerm in
            hasTerm
                ? "各项贡献（含“目标取整差”：目标与其驱动因素目标推算值之差）合计正好等于差异 \(variance)，树的每一层都如此。"
                : "各项贡献合计正好等于差异 \(variance)，树的每一层都如此。"
        },
        progressLine: { "进度：应完成 \($0)，按当前节奏预计 \($1)。" },
        caption: { basis, dimension, unallocated in
            switch basis {
            case .previous: return "按\(dimension)拆分：与上期相比各自的变化（比率含结构效应与比率效应）"
            case .rate: return "按\(dimension)拆分：各\(dimension)的比率与目标之差，乘以其权重"
            case .performance:
                return "按\(dimension)拆分：各\(dimension)以自身比率（转化率、客单价等）相对目标比率的得失"
                    + (unallocated.map { "；规模差距 \($0) 不按\(dimension)分摊（目标未按\(dimension)拆分）" } ?? "")
            case .proRata: return "按\(dimension)分摊：目标未按\(dimension)拆分，差距按实际占比分摊——只说明谁体量大，不说明谁拖后腿"
            case .target:
                return "按\(dimension)拆分：各\(dimension)对照自己的目标（目标已按\(dimension)拆分）"
                    + (unallocated.map { "；\($0) 不属于任何一个有数据的\(dimension)（结构差异或无数据的\(dimension)）" } ?? "")
            }
        },
        notComputable: { dimension, inputs in
            "按\(dimension)无法拆分：\(inputs.joined(separator: "、")) 没有按\(dimension)的数据，各\(dimension)的值算不出来（不按 0 计）"
        },
        withoutData: { dimension, values in "无数据的\(dimension)（不按 0 计）：\(values.joined(separator: "、"))" },
        dimensionHeader: { dimension, proRata, withTarget in
            withTarget ? [dimension, "目标", "实际", "贡献"] : [dimension, "实际", proRata ? "分摊" : "贡献"]
        },
        unallocatedLabel: { $0 == .target ? "其他（未归属）" : "规模（未分摊）" },
        base: "基准",
        actual: "实际",
        target: "目标",
        attainmentLegend: "灰：目标　彩：实际（绿 达标，黄 预警，红 未达标）　虚线：应完成进度",
        axisBreak: "纵轴截断",
        experimentAxis: { "\($0)（点：比率或均值；线：95% 区间）" },
        chartRefused: "数值无法绘制（非有限数），图略",
        waterfallLabel: "归因瀑布图",
        contributionsLabel: "维度贡献",
        chartPartlyLeftOut: "部分组数值无法绘制，已略去",
        variantsHeaderMean: ["组", "均值", "标准差", "样本"],
        variantsHeaderRate: ["组", "成功", "样本", "比率"],
        significant: { $0 ? "显著" : "不显著" },
        comparison: { variant, control, test, lift, p, significant in
            "\(variant) 对 \(control)（\(test)）：提升 \(lift)，p = \(p)（\(significant ? "显著" : "不显著")）"
        },
        interval: { "，差值 95% 区间 [\($0), \($1)]" },
        chiSquare: { "卡方检验（全部组）：χ² = \($0)，自由度 \($1)，p = \($2)" },
        testName: { ["two-proportion z": "双比例 z 检验", "chi-square": "卡方检验", "welch t": "Welch t 检验"][$0] ?? $0 },
        noData: "—"
    )

    static let en = ReviewText(
        language: .en,
        reviewTitle: { "Review: \($0)" },
        planLine: { plan, asOf, method in "plan \(plan)" + (asOf.map { ", as of \($0)" } ?? "") + ", attribution \(method)" },
        importLine: { "import: \(EnglishPlural.counted($0, "row")) read, \($1) used, \($2) rejected, \(EnglishPlural.counted($3, "issue"))" },
        findingsHeading: "Findings",
        targetsHeading: "Targets and actuals",
        experimentsHeading: "A/B experiments",
        pacingHeading: "Pacing: actual to date against the target curve",
        pacingNote: { asOf in "dashed: the target curve (working days\(asOf.map { ", as of \($0)" } ?? "")); solid: the actual to date" },
        targetsHeader: ["node", "metric", "window", "target", "actual", "variance", "attainment", "status"],
        status: { $0.rawValue.replacingOccurrences(of: "_", with: " ") },
        wholePlan: "whole plan",
        driversIntro: { gap, method in "gap \(gap) by driver (\(method))" },
        driversHeader: ["driver", "base", "actual", "contribution"],
        targetNotImplied: { "\($0): target not implied by drivers" },
        targetNotImpliedShort: "target rounding",
        methodName: { $0.rawValue },
        localizedChange: { $0 },
        actualNotImplied: { "\($0): actual not implied by drivers" },
        addsUpLine: { variance, hasTerm in
            hasTerm
                ? "the contributions, with the target not implied by its drivers as its own term, add up exactly to the variance \(variance) at every level"
                : "the contributions add up exactly to the variance \(variance) at every level"
        },
        progressLine: { "due to date \($0), forecast at this pace \($1)" },
        caption: { basis, dimension, unallocated in
            switch basis {
            case .previous: return "by \(dimension): each value's change against the previous period"
            case .rate: return "by \(dimension): each value's rate against the target, weighted by its share"
            case .performance:
                return "by \(dimension): what each value gained or lost by its own rates against the target rates"
                    + (unallocated.map { "; the volume gap \($0) is not split by \(dimension)" } ?? "")
            case .proRata: return "by \(dimension), pro rata: the target is not split by \(dimension); says which values are large, not which are to blame"
            case .target:
                return "by \(dimension): each value against its own target"
                    + (unallocated.map { "; \($0) belongs to no value with data (mix, or values without data)" } ?? "")
            }
        },
        notComputable: { dimension, inputs in
            "not computable by \(dimension): \(inputs.joined(separator: ", ")) \(inputs.count == 1 ? "is" : "are") not broken down by \(dimension) in the actuals"
        },
        withoutData: { dimension, values in "\(dimension) without data (not counted as 0): \(values.joined(separator: ", "))" },
        dimensionHeader: { dimension, proRata, withTarget in
            withTarget ? [dimension, "target", "actual", "contribution"] : [dimension, "actual", proRata ? "share" : "contribution"]
        },
        unallocatedLabel: { $0 == .target ? "other (unassigned)" : "volume (not split)" },
        base: "base",
        actual: "actual",
        target: "target",
        attainmentLegend: "grey: target   colour: actual (green on track, yellow at risk, red off track)   dashed: due to date",
        axisBreak: "axis break",
        experimentAxis: { "\($0) (dot: rate or mean; line: 95% interval)" },
        chartRefused: "values cannot be drawn (not finite); chart left out",
        waterfallLabel: "attribution waterfall",
        contributionsLabel: "contribution by dimension value",
        chartPartlyLeftOut: "some variants cannot be drawn and are left out",
        variantsHeaderMean: ["variant", "mean", "sd", "n"],
        variantsHeaderRate: ["variant", "successes", "trials", "rate"],
        significant: { $0 ? "significant" : "not significant" },
        comparison: { variant, control, test, lift, p, significant in
            "\(variant) vs \(control) (\(test)): lift \(lift), p = \(p) (\(significant ? "significant" : "not significant"))"
        },
        interval: { ", difference 95% interval [\($0), \($1)]" },
        chiSquare: { "chi-square (all variants): χ² = \($0), df \($1), p = \($2)" },
        testName: { $0 },
        noData: "—"
    )
}
