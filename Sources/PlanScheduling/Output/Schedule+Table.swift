import PlanModel

extension Schedule {
    /// The terminal table: one row per phase and task, the critical ones marked (and red
    /// when `color`), then the plan's finish, the critical path and the busiest role-days,
    /// every word in `language`.
    public func table(plan: Plan, color: Bool, language: Language = .en) -> String {
        let zh = language == .zh
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        // Long names would make every row as wide as the longest; the full text is in JSON/CSV.
        func fit(_ text: String, _ width: Int) -> String { DisplayWidth.truncate(text, toWidth: width) }
        // Roles by name, as the plan's reader knows them (the id is for the JSON and CSV).
        // Printable: a name with control characters cannot drive the terminal.
        func role(_ id: String) -> String { (plan.role(id)?.name ?? id).printableLine() }
        var cells: [[String]] = [zh ? ["编号", "名称", "角色", "开始", "完成", "工作日", "总时差", "关键", "资源平衡"]
                                    : ["id", "name", "role", "start", "finish", "days", "float", "crit", "leveled"]]
        var styles: [String?] = [nil]
        for row in rows(plan: plan) {
            switch row {
            case let .phase(phase, depth, totalFloat, roles):
                let indent = String(repeating: "  ", count: depth)
                let roleText: String = roles.count > 2 ? language.pick(zh: "\(roles.count) 个角色", en: "\(roles.count) roles") : roles.map(role).joined(separator: ",")
                let name: String = indent + (zh ? "【" + fit(phase.name, 26) + "】" : "[" + fit(phase.name, 27) + "]")
                let row: [String] = [indent + phase.id, name, roleText, phase.start.description, phase.finish.description,
                                     String(phase.workingDays), String(totalFloat), phase.critical ? "*" : "", ""]
                cells.append(row)
                styles.append("1")
            case let .task(task, depth):
                let indent = String(repeating: "  ", count: depth)
                let name = task.milestone ? "◆ " + fit(task.name, 28) : fit(task.name, 30)
                let delay = task.leveledDelay > 0
                    ? "+\(task.leveledDelay)\(zh ? "天" : "d")" + Self.roleShares(task.delayedByRoles.map { RoleDelay(role: role($0.role), days: $0.days) },
                                                                       of: task.leveledDelay, language: language) : ""
                // The people who do it by name (a human reads this table), after its roles.
                let names = task.people.map { id in
                    task.roles.lazy.compactMap { plan.role($0)?.people.first { $0.id == id }?.name }.first ?? id
                }
                let roleText = task.roles.map(role).joined(separator: ",") + (names.isEmpty ? "" : " " + names.joined(separator: ","))
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
        out += zh ? "\n完成：\(finish)（\(leveled ? "已资源平衡" : "未资源平衡")）\n"
            : "\nfinish: \(finish) (\(leveled ? "leveled" : "not leveled"))\n"
        let pathLabel = language.pick(zh: "关键路径：", en: "critical path: ")
        // Tasks by name, as the rows above show them; the id only where a name is missing.
        let names = Dictionary(tasks.map { ($0.id, $0.name) } + phases.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func named(_ ids: [String]) -> [String] {
            ids.map { id in names[id].flatMap { $0.isEmpty ? nil : $0 }.map { $0.printableLine() } ?? id }
        }
        // One line per chain: separate chains never read as one path.
        switch criticalPaths.count {
        case 0: out += pathLabel + (criticalPath.isEmpty ? language.pick(zh: "无", en: "none") : named(criticalPath).joined(separator: zh ? "、" : ", ")) + "\n"
        case 1: out += pathLabel + named(criticalPaths[0]).joined(separator: " → ") + "\n"
        default:
            out += language.pick(zh: "关键路径（\(criticalPaths.count) 条）：\n", en: "critical paths (\(criticalPaths.count)):\n")
            for chain in criticalPaths { out += "  " + named(chain).joined(separator: " → ") + "\n" }
        }
        if !busiestRoleDays.isEmpty {
            let days = busiestRoleDays.map { day in
                "\(role(day.role)) \(day.date) \(ValueFormatter.grouped(day.load, maxFraction: 2))/\(ValueFormatter.grouped(day.capacity, maxFraction: 2))"
            }
            out += language.pick(zh: "最忙的角色日：", en: "busiest role-days: ") + days.joined(separator: zh ? "，" : ", ") + "\n"
        }
        return out
    }

    /// " (design)" when one role caused the whole delay, " (design 2d, content 3d)" when
    /// several did or predecessors added to it; "" when only predecessors did.
    static func roleShares(_ shares: [RoleDelay], of delay: Int, language: Language = .en) -> String {
        if shares.isEmpty { return "" }
        let zh = language == .zh
        if shares.count == 1, shares[0].days == delay { return zh ? "（\(shares[0].role)）" : " (\(shares[0].role))" }
        let parts = shares.map { "\($0.role) \($0.days)\(zh ? "天" : "d")" }
        return zh ? "（" + parts.joined(separator: "，") + "）" : " (" + parts.joined(separator: ", ") + ")"
    }
}
