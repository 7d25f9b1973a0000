import PlanModel
import PlanScheduling

extension GanttPalette {
    /// The baseline's ghost bars and diamonds.
    public static let baseline = "#B4B4B4"
    /// The status-date line.
    public static let statusDate = "#1F6FB4"
    /// The mark of a late task or milestone.
    public static let late = "#E8590C"
    /// How much of a bar's color its remaining part keeps; the done part is drawn full.
    public static let remainingOpacity = 0.45
}

/// The tracking geometry both charts draw (SVG here, HTML from the same numbers in its
/// script): a ghost bar under each bar at its baseline dates, the done part of each bar, the
/// status-date line at the end of the status day, a ghost diamond at a slipped milestone's
/// baseline date.
extension GanttLayout {
    /// The ghost bar lies under the bar, in the row's lower band.
    public static let ghostOffset = 18.0
    public static let ghostHeight = 3.0

    /// The x of the status-date line: the end of the status day (work done by its evening).
    public var statusX: Double? {
        guard let asOf = chart.tracking?.asOf else { return nil }
        return x(min(max(asOf.advanced(by: 1), firstDay), lastDay))
    }

    /// A row's baseline span (`nil` without a baseline); a milestone's is its diamond's, and
    /// only when it has slipped from it.
    public func ghost(row index: Int) -> (start: Double, end: Double)? {
        let row = chart.rows[index]
        guard let progress = row.progress, let first = progress.baselineStart, let last = progress.baselineFinish else { return nil }
        if row.kind == .milestone {
            guard last != row.start else { return nil }
            let center = x(last) + dayWidth / 2
            return (center - 7, center + 7)
        }
        let start = x(first)
        return (start, max(x(last.advanced(by: 1)), start + minimumBarWidth))
    }

    /// Where the done part of a task's bar ends (`nil` when nothing is done or untracked).
    public func doneEnd(row index: Int) -> Double? {
        let row = chart.rows[index]
        guard row.kind == .task, let progress = row.progress, progress.percentComplete > 0 else { return nil }
        let bar = shape(row: index)
        let share = min(max(progress.percentComplete.isFinite ? progress.percentComplete : 0, 0), 1)
        return bar.start + (bar.end - bar.start) * share
    }

    /// The tooltip's tracking lines: baseline dates, % complete, actual dates and slip.
    public static func trackingTip(_ row: GanttChart.Row, language: Language = .zh) -> String {
        guard let progress = row.progress else { return "" }
        let text = GanttText(language)
        var tip = "\n" + text.field("基线", "Baseline")
        if let first = progress.baselineStart, let last = progress.baselineFinish {
            tip += row.kind == .milestone ? "\(last)" : "\(first) – \(last)"
        } else {
            tip += text.pick("无（基线之后新增）", "none (added after the baseline)")
        }
        if row.kind != .milestone { tip += "\n" + text.field("完成", "Done") + "\(progress.percent)%" }
        if let actual = progress.actualStart, row.kind != .milestone { tip += "\n" + text.field("实际开始", "Actual start") + "\(actual)" }
        if let actual = progress.actualFinish {
            tip += "\n" + (row.kind == .milestone ? text.field("已达成", "Reached") : text.field("实际完成", "Actual finish")) + "\(actual)"
        }
        if let slip = progress.slip, slip != 0 {
            tip += "\n" + (slip > 0 ? text.pick("延误 ", "late by ") : text.pick("提前 ", "early by ")) + text.workingDays(abs(slip))
        }
        return tip
    }
}
