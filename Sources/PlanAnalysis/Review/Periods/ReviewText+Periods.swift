import PlanModel

/// The words of cycle over cycle (环比, 同比) and the trend, per language (part of the
/// `ReviewText` catalog).
extension ReviewText {
    /// 环比 / 同比 with what it is against: "环比（上一周期）", "同比（去年同期）",
    /// "vs previous cycle", "year on year", "环比（11月私域运营周期）".
    func periodName(_ period: ReviewReport.PeriodComparison) -> String {
        let zh = language == .zh
        if let title = period.planTitle {
            if period.kind == .yearOnYear { return zh ? "同比（\(title)）" : "year on year (\(title))" }
            return zh ? "环比（\(title)）" : "vs \(title)"
        }
        guard let shift = try? PeriodShift.parse(period.basis).get() else { return period.basis }
        let n = shift.count
        switch shift.unit {
        case .cycle: return zh ? (n == 1 ? "环比（上一周期）" : "环比（前 \(n) 个周期）") : (n == 1 ? "vs previous cycle" : "vs \(n) cycles back")
        case .year: return zh ? (n == 1 ? "同比（去年同期）" : "同比（\(n) 年前同期）") : (n == 1 ? "year on year" : "vs \(n) years back")
        case .day: return zh ? "环比（前 \(n) 天）" : "vs \(n) day\(n == 1 ? "" : "s") back"
        case .week: return zh ? "环比（前 \(n) 周）" : "vs \(n) week\(n == 1 ? "" : "s") back"
        case .month: return zh ? "环比（前 \(n) 个月）" : "vs \(n) month\(n == 1 ? "" : "s") back"
        }
    }

    var periodsHeading: String { language == .zh ? "环比与同比" : "Cycle over cycle" }

    var periodsHeader: [String] {
        language == .zh ? ["节点", "指标", "实际", "对比", "对比期", "对比值", "变化", "变化率"]
            : ["node", "metric", "actual", "against", "window", "then", "change", "change %"]
    }

    /// "环比（上一周期）变化 +¥1,200 的驱动因素（LMDI …）".
    func periodDriversIntro(_ period: String, _ change: String, _ method: String) -> String {
        language == .zh ? "\(period)变化 \(change) 的驱动因素（\(method)）" : "\(period): change \(change) by driver (\(method))"
    }

    /// The part of a change no value measured now carries.
    var periodUnallocated: String { language == .zh ? "其他（仅对比期有数据）" : "other (data only then)" }

    func trendHeading(_ cycles: Int) -> String { language == .zh ? "近 \(cycles) 个周期趋势" : "Trend over the last \(cycles) cycles" }

    var trendNote: String {
        language == .zh ? "每个周期按本期窗口整体前移计算（同样的天数、同样的进度），空缺表示该周期没有数据（不按 0 计）。"
            : "Each cycle is the reviewed window moved back whole cycles (the same days, to the same point); a gap means no data then (not 0)."
    }

    /// A trend column: 本期, 前 1 期 … / now, −1 ….
    func cycleLabel(_ back: Int) -> String {
        if back == 0 { return language == .zh ? "本期" : "now" }
        return language == .zh ? "前 \(back) 期" : "−\(back)"
    }

    var trendLabel: String { language == .zh ? "趋势" : "trend" }
    var periodsLabel: String { language == .zh ? "环比与同比：" : "cycle over cycle:" }
}
