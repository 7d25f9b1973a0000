import PlanModel

/// The charts' own words in the chart's language (`GanttChart.language`): headers, legend,
/// tooltips, page captions, sheet headers. Names from the plan are never translated.
struct GanttText: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    var zh: Bool { language == .zh }

    func pick(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "2026年9月" / "Sep 2026".
    func month(_ year: Int, _ month: Int) -> String {
        zh ? "\(year)年\(month)月" : "\(Self.englishMonths[(month - 1) % 12]) \(year)"
    }

    /// "2026年第4季度" / "Q4 2026".
    func quarter(_ year: Int, _ quarter: Int) -> String {
        zh ? "\(year)年第\(quarter)季度" : "Q\(quarter) \(year)"
    }

    /// A month or quarter label without its year, for a narrow span: "9月" / "Sep", "第4季度" / "Q4".
    static func withoutYear(_ label: String) -> String? {
        if let year = label.firstIndex(of: "年") { return String(label[label.index(after: year)...]) }
        if let space = label.firstIndex(of: " ") { return String(label[..<space]) }
        return nil
    }

    /// "39周" / "W39", with the Monday's date on the week scale.
    func week(_ number: Int) -> String { zh ? "\(number)周" : "W\(number)" }

    /// 一 … 日 / M … S, for the day scale's weekday row.
    var weekdayNames: [String] {
        zh ? ["一", "二", "三", "四", "五", "六", "日"] : ["M", "T", "W", "T", "F", "S", "S"]
    }

    /// "4 个工作日" / "4 working days".
    func workingDays(_ days: Int) -> String {
        zh ? "\(days) 个工作日" : EnglishPlural.counted(days, "working day")
    }

    /// "逾期 3 个工作日" / "3 working days late".
    func late(_ days: Int) -> String { zh ? "逾期 \(workingDays(days))" : "\(workingDays(days)) late" }

    /// The mark on a make-up working day (调休上班).
    var makeUpDay: String { pick("班", "work") }

    var targetsLabel: String { pick("目标", "Targets") }

    /// "今天 2026-10-15".
    func today(_ date: CivilDate) -> String { pick("今天", "today") + " \(date)" }

    var statusDate: String { pick("状态日期", "status date") }

    /// The tooltip's line label and its separator: "角色: " / "Roles: ".
    func field(_ chinese: String, _ english: String) -> String { pick(chinese, english) + ": " }

    /// Legend entries.
    var critical: String { pick("关键路径", "Critical path") }
    var milestone: String { pick("里程碑", "Milestone") }
    var phase: String { pick("阶段", "Phase") }
    var nonWorking: String { pick("非工作日", "Non-working day") }
    var past: String { pick("已过去", "Past") }
    var deadline: String { pick("截止日", "Deadline") }
    var pinned: String { pick("固定开始", "Fixed start") }
    var baseline: String { pick("基线", "Baseline") }
    var donePart: String { pick("已完成部分", "Done") }
    var slipped: String { pick("延误", "Late") }

    /// "第 2/5 页" / "page 2/5".
    func page(_ number: Int, of count: Int) -> String { zh ? "第 \(number)/\(count) 页" : "page \(number)/\(count)" }

    /// "第 1–40 行" / "rows 1–40".
    func rows(_ first: Int, _ last: Int) -> String { zh ? "第 \(first)–\(last) 行" : "rows \(first)–\(last)" }

    /// The list separator: "、" / ", ".
    var listSeparator: String { pick("、", ", ") }

    /// "（…）" / " (…)".
    func parenthesised(_ text: String) -> String { zh ? "（\(text)）" : " (\(text))" }

    var htmlLang: String { pick("zh-CN", "en") }
}

extension GanttChart {
    /// The chart's words in its language.
    var text: GanttText { GanttText(language) }
}
