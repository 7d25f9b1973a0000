import PlanGenerator
import PlanModel

/// Small random plans for property tests: phases (nested), every dependency type with lags
/// and leads, dependencies on phases, milestones, efforts with units, roles with days off,
/// holidays and make-up days. Acyclic by construction (links only point backwards).
struct RandomPlan {
    var yaml: String

    init(seed: UInt64, tasks count: Int, fixedDates: Bool = false) {
        var random = SplitMix64(seed: seed)
        func pick(_ bound: Int) -> Int { Int(random.next() % UInt64(max(bound, 1))) }
        var out = "cycleplan: 1\nid: r\(seed)\ntitle: 随机\nstart: 2026-09-07\n"
        out += "calendar:\n  holidays: [\"2026-09-\(10 + pick(5))\", \"2026-10-01..2026-10-0\(3 + pick(4))\"]\n  workdays: [2026-09-27]\n"
        out += "roles:\n  a: {name: 甲, headcount: \(1 + pick(2))}\n  b: {name: 乙, headcount: \(1 + pick(3)), daysOff: [\"2026-09-1\(5 + pick(4))\"]}\n  c: 丙\n"
        out += "phases:\n"
        var ids: [String] = []
        // Phases whose tasks are all written: only these may be depended on, so no task ever
        // depends on a phase that contains it.
        var closedPhases: [String] = []
        var index = 0
        let groups = 1 + pick(3)
        func writeTasks(_ share: Int, indent: String) {
            for _ in 0..<share where index < count {
                var fields = "id: t\(index), name: 任务\(index)"
                if pick(6) == 0 {
                    fields += ", milestone: true"
                    if fixedDates && pick(3) == 0 { fields += ", start: 2026-09-\(14 + pick(10))" }
                } else {
                    let role = ["a", "b", "c"][pick(3)]
                    switch pick(4) {
                    case 0: fields += ", role: \(role), effort: \(1 + pick(5))d"
                    case 1: fields += ", roles: {a: 1, \(role == "a" ? "c" : role): 0.5}, effort: \(1 + pick(4))d"
                    case 2: fields += ", duration: \(1 + pick(4))d"
                    default: fields += ", role: \(role), duration: \(1 + pick(4))d"
                    }
                    if pick(5) == 0 { fields += ", notBefore: 2026-09-\(10 + pick(15))" }
                    if fixedDates && pick(8) == 0 { fields += ", start: 2026-09-\(14 + pick(10))" }
                    if pick(5) == 0 { fields += ", priority: \(100 + pick(900))" }
                }
                var deps: [String] = []
                for _ in 0..<pick(3) where !ids.isEmpty {
                    let kind = ["", " SS", " FF", " SF", ""][pick(5)]
                    let lag = ["", " +1d", " -1d", " +2d", " -2d", ""][pick(6)]
                    deps.append("\"\(ids[pick(ids.count)])\(kind)\(lag)\"")
                }
                if pick(5) == 0, !closedPhases.isEmpty {
                    deps.append("\"\(closedPhases[pick(closedPhases.count)])\(pick(2) == 0 ? " SS" : "")\"")
                }
                if !deps.isEmpty { fields += ", after: [\(deps.joined(separator: ", "))]" }
                out += "\(indent)- {\(fields)}\n"
                ids.append("t\(index)")
                index += 1
            }
        }
        for group in 0..<groups {
            let share = group == groups - 1 ? count - index : max(1, count / groups)
            let nested = share > 2 && pick(2) == 0
            out += "  - id: p\(group)\n    name: 阶段\(group)\n"
            if !ids.isEmpty, pick(3) == 0 { out += "    after: \"\(ids[pick(ids.count)])\(pick(2) == 0 ? " +1d" : "")\"\n" }
            if group > 0, pick(4) == 0 { out += "    notBefore: 2026-09-\(10 + pick(10))\n" }
            out += "    tasks:\n"
            writeTasks(nested ? share / 2 : share, indent: "      ")
            if nested {
                out += "    phases:\n      - id: p\(group)x\n        name: 子阶段\(group)\n"
                if !ids.isEmpty, pick(2) == 0 { out += "        after: \"\(ids[pick(ids.count)]) SS\"\n" }
                out += "        tasks:\n"
                writeTasks(share - share / 2, indent: "          ")
                closedPhases.append("p\(group)x")
            }
            closedPhases.append("p\(group)")
        }
        yaml = out
    }
}
