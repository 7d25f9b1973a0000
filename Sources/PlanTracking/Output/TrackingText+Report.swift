import PlanModel

/// The weekly report's headings and column headers, per language (Markdown and HTML share them).
extension TrackingText {
    func reportTitle(_ title: String, _ asOf: CivilDate) -> String {
        pick("\(title) · 周报（截至 \(asOf)）", "\(title) · weekly status (as of \(asOf))")
    }

    func finishedHeading(_ start: CivilDate, _ asOf: CivilDate) -> String {
        pick("本周完成（\(start) – \(asOf)）", "Finished this week (\(start) – \(asOf))")
    }

    var startedHeading: String { pick("本周开始", "Started this week") }
    var slippedHeading: String { pick("延误", "Slipped") }
    var milestonesHeading: String { pick("里程碑", "Milestones") }
    var earnedHeading: String { pick("挣得进度（人日）", "Earned schedule (person-days)") }
    var notesHeading: String { pick("提示", "Notes") }
    var sCurveHeading: String { pick("S 曲线：计划与挣得（人日）", "S-curve: planned and earned (person-days)") }
    var pacingHeading: String { pick("KPI 进度（截至状态日）", "KPI pacing (to the status date)") }
    var none: String { pick("无。", "None.") }
    var noneSlipped: String { pick("无：所有任务按基线或提前。", "None: every task is on or ahead of its baseline.") }

    func risksHeading(_ next: TrackedTask) -> String {
        let baseline = next.baselineFinish?.description ?? "—"
        return pick("下一个里程碑前的风险：\(next.name)（预测 \(next.finish)，基线 \(baseline)）",
                    "Risks before the next milestone: \(next.name) (forecast \(next.finish), baseline \(baseline))")
    }

    var finishedHeader: [String] {
        zh ? ["任务", "阶段", "完成日", "基线完成", "偏差（工作日）"] : ["task", "phase", "finished", "baseline finish", "slip (working days)"]
    }

    var startedHeader: [String] {
        zh ? ["任务", "负责", "开始日", "基线开始", "完成"] : ["task", "roles", "started", "baseline start", "done"]
    }

    var slippedHeader: [String] {
        zh ? ["任务", "基线完成", "预测完成", "晚（工作日）", "原因"] : ["task", "baseline finish", "forecast finish", "late (working days)", "cause"]
    }

    var risksHeader: [String] {
        zh ? ["任务", "负责", "预测完成", "浮动（工作日）", "风险"] : ["task", "roles", "forecast finish", "float (working days)", "risk"]
    }

    var milestonesHeader: [String] {
        zh ? ["里程碑", "基线", "预测 / 达成", "偏差"] : ["milestone", "baseline", "forecast / reached", "slip"]
    }

    var earnedHeader: [String] { zh ? ["指标", "值", "说明"] : ["figure", "value", "meaning"] }

    var pacingHeader: [String] {
        zh ? ["节点", "指标", "目标", "截至状态日实际", "截至状态日应达", "预测（按当前节奏）", "状态"]
            : ["node", "metric", "target", "actual to date", "expected to date", "forecast (at this pace)", "status"]
    }
}
