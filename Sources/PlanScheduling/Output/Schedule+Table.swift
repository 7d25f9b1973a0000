import PlanModel

extension Schedule {
    /// The terminal table: one row per phase and task, the critical ones marked (and red
    /// when `color`), then the plan's finish, the critical path and the busiest role-days.
    public func table(plan: Plan, color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        // Long names would make every row as wide as the longest; the full text is in JSON/CSV.
        func fit(_ text: String, _ width: Int) -> String { DisplayWidth.truncate(text, toWidth: width) }
        var cells: [[String]] = [["id", "name", "role", "start", "finish", "days", "float", "crit", "leveled"]]
        var styles: [String?] = [nil]
        for row in rows(plan: plan) {
            switch row {
            case let .phase(phase, depth, totalFloat, roles):
                let indent = String(repeating: "  ", count: depth)
                let roleText: String = roles.count > 2 ? "\(roles.count) roles" : roles.joined(separator: ",")
                let name: String = indent + "【" + fit(phase.name, 26) + "】"
                let row: [String] = [indent + phase.id, name, roleText, phase.start.description, phase.finish.description,
                                     String(phase.workingDays), String(totalFloat), phase.critical ? "*" : "", ""]
                cells.append(row)
                styles.append("1")
            case let .task(task, depth):
                let indent = String(repeating: "  ", count: depth)
                let name = task.milestone ? "◆ " + fit(task.name, 28) : fit(task.name, 30)
                let delay = task.leveledDelay > 0 ? "+\(task.leveledDelay)d" + Self.roleShares(task.delayedByRoles, of: task.leveledDelay) : ""
                // The people who do it by name (a human reads this table), after its roles.
                let names = task.people.map { id in
                    task.roles.lazy.compactMap { plan.role($0)?.people.first { $0.id == id }?.name }.first ?? id
                }
                let roleText = task.roles.joined(separator: ",") + (names.isEmpty ? "" : " " + names.joined(separator: ","))
                cells.append([indent + task.id, indent + name, fit(roleText, 20),
                             task.start.description, task.finish.description, String(task.workingDays),
                             String(task.totalFloat), task.critical ? "*" : "", delay])
                styles.append(task.critical ? "31" : nil)
            }
        }
        let lines = TextTable.render(cells).split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let style = index == 0 ? "1;4" : (index < styles.count ? styles[index] : nil)
            out += (style.map { paint(String(line), $0) } ?? String(line)) + "\n"
        }
        out += "\nfinish: \(finish) (\(leveled ? "leveled" : "not leveled"))\n"
        // One line per chain: separate chains never read as one path.
        switch criticalPaths.count {
        case 0: out += "critical path: " + (criticalPath.isEmpty ? "none" : criticalPath.joined(separator: ", ")) + "\n"
        case 1: out += "critical path: " + criticalPaths[0].joined(separator: " → ") + "\n"
        default:
            out += "critical paths (\(criticalPaths.count)):\n"
            for chain in criticalPaths { out += "  " + chain.joined(separator: " → ") + "\n" }
        }
        if !busiestRoleDays.isEmpty {
            let days = busiestRoleDays.map { day in
                "\(day.role) \(day.date) \(ValueFormatter.grouped(day.load, maxFraction: 2))/\(ValueFormatter.grouped(day.capacity, maxFraction: 2))"
            }
            out += "busiest role-days: " + days.joined(separator: ", ") + "\n"
        }
        return out
    }

    /// " (design)" when one role caused the whole delay, " (design 2d, content 3d)" when
    /// several did or predecessors added to it; "" when only predecessors did.
    static func roleShares(_ shares: [RoleDelay], of delay: Int) -> String {
        if shares.isEmpty { return "" }
        if shares.count == 1, shares[0].days == delay { return " (\(shares[0].role))" }
        return " (" + shares.map { "\($0.role) \($0.days)d" }.joined(separator: ", ") + ")"
    }
}
