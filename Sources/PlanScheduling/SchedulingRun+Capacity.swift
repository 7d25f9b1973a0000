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
                    "role '\(plan.roles[role].id)' is over-allocated on \(Self.plural(over.count, "day")); peak \(ValueFormatter.grouped(load[peak], maxFraction: 2)) of \(ValueFormatter.grouped(capacity(ofRole: role, on: peak), maxFraction: 2)) on \(date(peak))",
                    at: plan.roles[role].location, hint: "schedule with leveling (the default) to delay tasks within capacity")
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
            let days = over.prefix(5).map { "\(date($0)) (\(ValueFormatter.grouped(loads[role][$0]!, maxFraction: 2)) of \(ValueFormatter.grouped(capacity(ofRole: role, on: $0), maxFraction: 2)))" }
            let more = over.count > 5 ? ", …" : ""
            let names = tasks.map { "'\(plan.tasks[$0].id)'" }.joined(separator: ", ")
            var notes = tasks.prefix(10).map { Diagnostic.Note("'\(plan.tasks[$0].id)' is fixed on \(date(fixedStart[$0]!))", at: plan.tasks[$0].location) }
            notes.append(Diagnostic.Note("role '\(plan.roles[role].id)' has \(plan.roles[role].headcount)", at: plan.roles[role].location))
            warning(.fixedOverallocation,
                    "fixed tasks \(names) over-book role '\(plan.roles[role].id)' on \(Self.plural(over.count, "day")): \(days.joined(separator: ", "))\(more)",
                    at: plan.tasks[tasks[0]].location, hint: "move a fixed date, or raise the role's headcount; leveling never moves fixed tasks",
                    notes: notes)
        }
    }

    /// Units a role can give on a day: its headcount, 0 on its days off, those on duty on a
    /// rota day.
    func capacity(ofRole role: Int, on day: Int) -> Double {
        calendars.capacity(ofRow: role, on: day)
    }
}
