import PlanGenerator
import PlanModel

/// Small random plans for property tests: phases (nested), every dependency type with lags
/// and leads, dependencies on phases, milestones, efforts with units, roles with days off,
/// holidays and make-up days.
///
/// By default acyclic by construction (links only point backwards, and only at phases whose
/// tasks are all written). `openPhases` also lets a task depend on a phase that holds it, and
/// a phase on one of its own tasks — cycles the validator must refuse. `sparse` draws the
/// weekends (up to six days a week off), long lags and long days off.
struct RandomPlan {
    struct Options {
        var fixedDates = false
        var openPhases = false
        var sparse = false
        var emptyPhases = false
        /// Role calendars, rotas, people (one part-time, one on leave), tasks for a named
        /// person and continuous tasks.
        var team = false
    }

    var yaml: String

    init(seed: UInt64, tasks count: Int, fixedDates: Bool = false) {
        self.init(seed: seed, tasks: count, options: Options(fixedDates: fixedDates))
    }

    init(seed: UInt64, tasks count: Int, options: Options) {
        var random = SplitMix64(seed: seed)
        func pick(_ bound: Int) -> Int { Int(random.next() % UInt64(max(bound, 1))) }
        var out = "cycleplan: 1\nid: r\(seed)\ntitle: 随机\nstart: 2026-09-07\n"
        out += "calendar:\n  holidays: [\"2026-09-\(10 + pick(5))\", \"2026-10-01..2026-10-0\(3 + pick(4))\"]\n  workdays: [2026-09-27]\n"
        if options.sparse {
            let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            var off = days.filter { _ in pick(2) == 0 }
            if off.count == 7 { off.removeLast() }
            out += "  weekends: [\(off.joined(separator: ", "))]\n"
        }
        let longOff = options.sparse && pick(2) == 0 ? ", \"2026-11-0\(1 + pick(5))..2026-12-\(10 + pick(15))\"" : ""
        if options.team {
            out += "roles:\n  a: {name: 甲, people: [{id: p0, name: 零, daysOff: [\"2026-09-1\(4 + pick(6))\"]}, {id: p1, name: 一, units: 0.5}"
            out += pick(2) == 0 ? ", {id: p2, name: 二}]}\n" : "]}\n"
            let b = 1 + pick(3)
            out += "  b: {name: 乙, headcount: \(b), daysOff: [\"2026-09-1\(5 + pick(4))\"\(longOff)], weekends: \(pick(2) == 0 ? "[]" : "[sun]"), "
            out += "workdays: [\"2026-10-02\"], rota: [{dates: \"2026-09-\(10 + pick(10))..2026-09-2\(pick(8))\", onDuty: \(pick(b + 1))}]}\n  c: 丙\n"
        } else {
            out += "roles:\n  a: {name: 甲, headcount: \(1 + pick(2))}\n  b: {name: 乙, headcount: \(1 + pick(3)), daysOff: [\"2026-09-1\(5 + pick(4))\"\(longOff)]}\n  c: 丙\n"
        }
        out += "phases:\n"
        var ids: [String] = []
        // Phases whose tasks are all written, and those still open around the next task.
        var closedPhases: [String] = []
        var openPhases: [String] = []
        var index = 0
        let groups = 1 + pick(3)
        let lags = options.sparse ? ["", " +1d", " -1d", " +2d", " -2d", " +40d", " -7d", " +0.5d", " +3cd", " -2cd", ""]
            : ["", " +1d", " -1d", " +2d", " -2d", " +2cd", ""]
        func writeTasks(_ share: Int, indent: String) {
            for _ in 0..<share where index < count {
                var fields = "id: t\(index), name: 任务\(index)"
                if pick(6) == 0 {
                    fields += ", milestone: true"
                    if options.fixedDates && pick(3) == 0 { fields += ", start: 2026-09-\(14 + pick(10))" }
                    if pick(6) == 0 { fields += ", notBefore: 2026-09-\(10 + pick(15))" }
                } else {
                    var role = ["a", "b", "c"][pick(3)]
                    if options.team, role == "a", pick(3) == 0 { role = "a/p0" }
                    switch pick(4) {
                    case 0: fields += ", role: \(role), effort: \(1 + pick(5))d"
                    case 1: fields += ", roles: {a: 1, \(role == "a" ? "c" : role): 0.5}, effort: \(1 + pick(4))d"
                    case 2: fields += ", duration: \(1 + pick(4))\(pick(4) == 0 ? "cd" : "d")"
                    default: fields += ", role: \(role), duration: \(1 + pick(4))\(pick(5) == 0 ? "cd" : "d")"
                    }
                    if pick(5) == 0 { fields += ", notBefore: 2026-09-\(10 + pick(15))" }
                    if options.fixedDates && pick(8) == 0 { fields += ", start: 2026-09-\(14 + pick(10))" }
                    if pick(5) == 0 { fields += ", priority: \(100 + pick(900))" }
                    if options.team, pick(6) == 0 { fields += ", calendar: continuous" }
                }
                var deps: [String] = []
                for _ in 0..<pick(3) where !ids.isEmpty {
                    let kind = ["", " SS", " FF", " SF", ""][pick(5)]
                    deps.append("\"\(ids[pick(ids.count)])\(kind)\(lags[pick(lags.count)])\"")
                }
                if pick(5) == 0, !closedPhases.isEmpty {
                    deps.append("\"\(closedPhases[pick(closedPhases.count)])\(["", " SS", " SF", " FF"][pick(4)])\"")
                }
                if options.openPhases, pick(12) == 0, !openPhases.isEmpty {
                    deps.append("\"\(openPhases[pick(openPhases.count)])\(["", " SS", " SF", " FF"][pick(4)])\"")
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
            var after: [String] = []
            if !ids.isEmpty, pick(3) == 0 { after.append("\"\(ids[pick(ids.count)])\(pick(2) == 0 ? " +1d" : "")\"") }
            // A phase after a task it holds: the task is written below, so its id is the next ones.
            if options.openPhases, share > 0, pick(8) == 0 { after.append("\"t\(index + pick(max(share, 1)))\"") }
            if !after.isEmpty { out += "    after: [\(after.joined(separator: ", "))]\n" }
            if group > 0, pick(4) == 0 { out += "    notBefore: 2026-09-\(10 + pick(10))\n" }
            openPhases.append("p\(group)")
            out += "    tasks:\n"
            writeTasks(nested ? share / 2 : share, indent: "      ")
            var subphases: [String] = []
            if nested {
                subphases.append("      - id: p\(group)x\n        name: 子阶段\(group)\n")
                if !ids.isEmpty, pick(2) == 0 { subphases[0] += "        after: \"\(ids[pick(ids.count)]) SS\"\n" }
                openPhases.append("p\(group)x")
                var body = ""
                swap(&body, &out)
                writeTasks(share - share / 2, indent: "          ")
                swap(&body, &out)
                subphases[0] += "        tasks:\n" + body
                openPhases.removeLast()
                closedPhases.append("p\(group)x")
            }
            if options.emptyPhases, pick(3) == 0 {
                var empty = "      - id: p\(group)e\n        name: 空\(group)\n"
                if !ids.isEmpty { empty += "        after: \"\(ids[pick(ids.count)])\(lags[pick(lags.count)])\"\n" }
                subphases.append(empty)
                closedPhases.append("p\(group)e")
            }
            if !subphases.isEmpty { out += "    phases:\n" + subphases.joined() }
            openPhases.removeLast()
            closedPhases.append("p\(group)")
        }
        yaml = out
    }
}
