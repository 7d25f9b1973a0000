import PlanModel

/// A task that cannot be placed within the calendars: said with what makes it so — no
/// working day left (weekends on every weekday, a holiday or days off that run to the end),
/// or a schedule that runs past the horizon — and where those entries are written.
extension SchedulingRun {
    /// Reports task `task`, which found no place from point `point` on.
    func horizonExceeded(_ task: Int, from point: Int) {
        guard !failed else { return }
        let horizon = calendars.team.horizon
        if horizon < ScheduleHorizon.maximumDays { horizonShort = true }
        let from = min(max(point, 0), horizon)
        let planTask = plan.tasks[task]
        let calendar = lengths[task] == 0 ? calendars.base(ofNode: task) : calendar(ofTask: task)
        let hint = Bilingual(zh: "检查日历、它的角色的休息日，以及它之前任务的工期和间隔",
                             en: "check the calendar, the days off of its roles and the lengths and lags before it")
        guard calendar.firstWorkingDay(atOrAfter: from) == nil else {
            // Working days remain, but not enough of them: point at the long breaks, if any.
            let notes = longBreaks(of: task, from: from).map { Diagnostic.Note($0.text, at: $0.location) }
            error(.scheduleHorizon,
                  Bilingual(zh: "任务 '\(planTask.id)' 无法排在计划开始后的 \(horizon) 天之内（即 \(date(horizon)) 之前）",
                            en: "task '\(planTask.id)' cannot be placed within \(horizon) days of the plan start (by \(date(horizon)))"),
                  at: planTask.location, hint: hint, notes: notes)
            return
        }
        var reasons: [Bilingual] = []
        var notes: [Diagnostic.Note] = []
        let spec = plan.calendarSpec(ofTask: task)
        if calendars.base(ofNode: task).firstWorkingDay(atOrAfter: from) == nil {
            if spec.weekends.count == 7 {
                reasons.append(Bilingual(zh: "日历把一周七天都设成了周末", en: "the calendar's weekends are all seven weekdays"))
                notes.append(Diagnostic.Note(Bilingual(zh: "'weekends' 列出了每一天；只有调休上班日（'workdays'）才会上班",
                                                       en: "'weekends' lists every weekday; only make-up days ('workdays') would be worked")))
            }
            for range in overlapping(spec.holidays, from: from) {
                if reasons.count < 3 {
                    reasons.append(Bilingual(zh: "节假日 \(describe(range)) 覆盖了 \(date(from)) 起的所有工作日",
                                             en: "holiday \(describe(range)) covers every working day from \(date(from))"))
                }
                notes.append(Diagnostic.Note(Bilingual(zh: "节假日 \(describe(range))", en: "holiday \(describe(range))"), at: range.location))
            }
        } else {
            for assignment in planTask.assignments {
                guard let index = plan.roles.firstIndex(where: { $0.id == assignment.role }) else { continue }
                let role = plan.roles[index]
                let ranges = overlapping(role.daysOff, from: from)
                guard !ranges.isEmpty else { continue }
                if calendars.roleCalendar(index, forTask: task).firstWorkingDay(atOrAfter: from) == nil {
                    reasons.append(Bilingual(zh: "角色 '\(role.id)' 从 \(date(from)) 起休息", en: "role '\(role.id)' is off from \(date(from)) on"))
                }
                for range in ranges {
                    notes.append(Diagnostic.Note(Bilingual(zh: "角色 '\(role.id)' 在 \(describe(range)) 休息", en: "role '\(role.id)' is off \(describe(range))"),
                                                 at: range.location))
                }
            }
            if reasons.isEmpty {
                reasons.append(Bilingual(zh: "它的各角色的休息日错开，没有一天大家都上班", en: "its roles' days off leave no day they all work"))
            }
        }
        let until = date(horizon - 1)
        error(.scheduleHorizon,
              Bilingual(zh: "任务 '\(planTask.id)' 从 \(date(from)) 到 \(until) 没有工作日：\(reasons.map(\.zh).joined(separator: "；"))",
                        en: "task '\(planTask.id)' has no working days from \(date(from)) to \(until): \(reasons.map(\.en).joined(separator: "; "))"),
              at: planTask.location,
              hint: Bilingual(zh: "缩短节假日或休息日，或增加工作日", en: "shorten the holiday or days off, or add working days"),
              notes: Array(notes.prefix(8)))
    }

    /// The ranges that reach into the horizon after `from`, in plan order.
    private func overlapping(_ ranges: [DateRange], from: Int) -> [DateRange] {
        let first = date(from), last = date(calendars.team.horizon - 1)
        return ranges.filter { $0.last >= first && $0.first <= last }
    }

    private func describe(_ range: DateRange) -> String {
        range.first == range.last ? "\(range.first)" : "\(range.first)..\(range.last)"
    }

    /// Holidays and days off of the task's roles of at least 30 days after `from`: what
    /// most likely pushes a schedule past the horizon.
    private func longBreaks(of task: Int, from: Int) -> [(text: Bilingual, location: SourceLocation?)] {
        var found: [(Bilingual, SourceLocation?)] = []
        for range in overlapping(plan.calendarSpec(ofTask: task).holidays, from: from) where range.dayCount >= 30 {
            found.append((Bilingual(zh: "节假日 \(describe(range))（\(range.dayCount) 天）", en: "holiday \(describe(range)) (\(range.dayCount) days)"),
                           range.location))
        }
        for assignment in plan.tasks[task].assignments {
            guard let role = plan.roles.first(where: { $0.id == assignment.role }) else { continue }
            for range in overlapping(role.daysOff, from: from) where range.dayCount >= 30 {
                found.append((Bilingual(zh: "角色 '\(role.id)' 在 \(describe(range)) 休息（\(range.dayCount) 天）",
                                        en: "role '\(role.id)' is off \(describe(range)) (\(range.dayCount) days)"), range.location))
            }
        }
        return Array(found.prefix(8))
    }
}
