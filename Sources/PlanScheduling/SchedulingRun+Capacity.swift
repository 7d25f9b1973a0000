import PlanModel

/// Roles asked for more than their headcount: every role without leveling, and, with
/// leveling, the days fixed tasks book beyond it (leveling moves every other task, but never
/// a fixed one).
extension SchedulingRun {
    func reportOverallocation() {
        for (role, load) in roleLoads().enumerated() {
            let over = load.indices.filter { load[$0] > capacity(ofRole: role, on: $0) + 1e-9 }
            // The highest load, earliest first among equals.
            guard let peak = over.max(by: { (load[$0], -$0) < (load[$1], -$1) }) else { continue }
            warning(.overallocation,
                    Bilingual(zh: "角色 '\(plan.roles[role].id)' 有 \(over.count) 天超负荷；最高在 \(date(peak))，需要 \(ValueFormatter.grouped(load[peak], maxFraction: 2))，只有 \(ValueFormatter.grouped(capacity(ofRole: role, on: peak), maxFraction: 2))",
                              en: "role '\(plan.roles[role].id)' is over-allocated on \(EnglishPlural.counted(over.count, "day")); peak \(ValueFormatter.grouped(load[peak], maxFraction: 2)) of \(ValueFormatter.grouped(capacity(ofRole: role, on: peak), maxFraction: 2)) on \(date(peak))"),
                    at: plan.roles[role].location,
                    hint: Bilingual(zh: "使用资源平衡排期（默认）把任务推迟到人手以内", en: "schedule with leveling (the default) to delay tasks within capacity"))
        }
    }

    /// - Complexity: O(working days of fixed tasks × their roles).
    func reportFixedOverbooking() {
        let assignments = self.assignments
        var loads: [[Int: Double]] = Array(repeating: [:], count: plan.roles.count)
        var holders: [[Int: [Int]]] = Array(repeating: [:], count: plan.roles.count)
        for task in plan.tasks.indices where fixedStart[task] != nil && lengths[task] > 0 {
            forEachBookedDay(of: task, from: earlyStart[task]) { day, share in
                for assignment in assignments[task] {
                    loads[assignment.role][day, default: 0] += assignment.units * share
                    holders[assignment.role][day, default: []].append(task)
                }
            }
        }
        for role in plan.roles.indices {
            let over = loads[role].keys.filter { loads[role][$0]! > capacity(ofRole: role, on: $0) + 1e-9 }.sorted()
            guard !over.isEmpty else { continue }
            var tasks: [Int] = []
            for day in over { for task in holders[role][day]! where !tasks.contains(task) { tasks.append(task) } }
            tasks.sort()
            func figures(_ day: Int) -> (String, String) {
                (ValueFormatter.grouped(loads[role][day]!, maxFraction: 2), ValueFormatter.grouped(capacity(ofRole: role, on: day), maxFraction: 2))
            }
            let days = over.prefix(5).map { day in
                Bilingual(zh: "\(date(day))（需要 \(figures(day).0)，只有 \(figures(day).1)）", en: "\(date(day)) (\(figures(day).0) of \(figures(day).1))")
            }
            let more = over.count > 5 ? Bilingual(zh: "、……", en: ", …") : Bilingual(verbatim: "")
            let names = tasks.map { "'\(plan.tasks[$0].id)'" }
            let roleID = plan.roles[role].id
            var notes = tasks.prefix(10).map {
                Diagnostic.Note(Bilingual(zh: "'\(plan.tasks[$0].id)' 固定在 \(date(fixedStart[$0]!))", en: "'\(plan.tasks[$0].id)' is fixed on \(date(fixedStart[$0]!))"),
                                at: plan.tasks[$0].location)
            }
            notes.append(Diagnostic.Note(Bilingual(zh: "角色 '\(roleID)' 有 \(plan.roles[role].headcount) 人", en: "role '\(roleID)' has \(plan.roles[role].headcount)"),
                                         at: plan.roles[role].location))
            warning(.fixedOverallocation,
                    Bilingual(zh: "固定任务 \(names.joined(separator: "、")) 在 \(over.count) 天超出角色 '\(roleID)' 的人手：\(days.map(\.zh).joined(separator: "、"))\(more.zh)",
                              en: "fixed tasks \(names.joined(separator: ", ")) over-book role '\(roleID)' on \(EnglishPlural.counted(over.count, "day")): \(days.map(\.en).joined(separator: ", "))\(more.en)"),
                    at: plan.tasks[tasks[0]].location,
                    hint: Bilingual(zh: "调整某个固定日期，或增加该角色的人数；资源平衡从不移动固定任务",
                                    en: "move a fixed date, or raise the role's headcount; leveling never moves fixed tasks"),
                    notes: notes)
        }
    }

    /// Units a role can give on a day: its headcount, 0 on its days off, those on duty on a
    /// rota day.
    func capacity(ofRole role: Int, on day: Int) -> Double {
        calendars.capacity(ofRow: role, on: day)
    }
}
