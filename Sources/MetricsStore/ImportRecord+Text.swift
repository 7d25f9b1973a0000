import PlanModel

/// The store's imports as people read them (`cycleplan actuals list|history|import|drop`), in
/// the run's language; numbers, dates, file names and `#id` read the same in both.
extension ImportRecord {
    /// `#3  2026-12-02T18:30:00Z  sales.csv  120 rows → 236 values  alice@mac`
    /// (`120 行 → 236 个数值` in 中文).
    public func line(in language: Language = .en) -> String {
        let who = file.who
        let counts = language.pick(zh: "\(file.rows) 行 → \(observations) 个数值",
                                   en: "\(file.rows) \(plural(file.rows, "row")) → \(observations) \(plural(observations, "value"))")
        return "#\(id)  \(importedAt)  \(file.fileName)  \(counts)" + (who.isEmpty ? "" : "  \(who)")
    }

    /// The closing line of `actuals list`: how many imports and values the store holds.
    public static func total(imports: Int, current: Int, all: Int, in language: Language = .en) -> String {
        language.pick(zh: "共 \(imports) 次导入，当前 \(current) 个数值，连同历史 \(all) 个\n",
                      en: "\(imports) \(plural(imports, "import")), \(current) current values, \(all) with the history\n")
    }
}

extension ImportOutcome {
    public func line(in language: Language = .en) -> String {
        switch self {
        case let .imported(record, superseded):
            let file = record.file
            if language == .zh {
                return "已导入 #\(record.id) \(file.fileName)：读 \(file.rows) 行，用 \(file.rowsUsed) 行，拒收 \(file.rowsRejected) 行 → \(record.observations) 个数值"
                    + (superseded > 0 ? "；取代了 \(superseded) 个较早的数值（仍在历史中）" : "") + "\n"
            }
            return "imported #\(record.id) \(file.fileName): \(file.rows) rows read, \(file.rowsUsed) used, "
                + "\(file.rowsRejected) rejected → \(record.observations) \(plural(record.observations, "value"))"
                + (superseded > 0 ? "; \(superseded) earlier \(plural(superseded, "value")) superseded (kept in the history)" : "")
                + "\n"
        case let .unchanged(record):
            return language.pick(
                zh: "未变 \(record.file.fileName)：内容与导入 #\(record.id) 相同（\(record.file.fileName)，\(record.importedAt)）\n",
                en: "unchanged \(record.file.fileName): the same content is import #\(record.id) (\(record.file.fileName), \(record.importedAt))\n")
        }
    }
}

extension ImportHistory {
    public func text(in language: Language = .en) -> String {
        let file = record.file
        var lines: [String]
        if language == .zh {
            lines = ["导入 #\(record.id)：\(file.fileName)",
                     "  内容 sha256 \(file.contentHash)",
                     "  导入于 \(record.importedAt)" + (file.who.isEmpty ? "" : "，由 \(file.who)"),
                     "  行：读 \(file.rows)，用 \(file.rowsUsed)，拒收 \(file.rowsRejected)",
                     "  数值：\(record.observations) 个，当前 \(current) 个"]
            lines += supersededBy.map { "  被 #\($0.importID) 取代：\($0.count) 个数值" }
            lines += supersedes.map { "  取代了 #\($0.importID)：\($0.count) 个数值" }
        } else {
            lines = ["import #\(record.id): \(file.fileName)",
                     "  content sha256 \(file.contentHash)",
                     "  imported \(record.importedAt)" + (file.who.isEmpty ? "" : " by \(file.who)"),
                     "  rows: \(file.rows) read, \(file.rowsUsed) used, \(file.rowsRejected) rejected",
                     "  values: \(record.observations), \(current) current"]
            lines += supersededBy.map { "  superseded by #\($0.importID): \($0.count) \(plural($0.count, "value"))" }
            lines += supersedes.map { "  supersedes #\($0.importID): \($0.count) \(plural($0.count, "value"))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `actuals drop` did: this import's values removed, the ones it had superseded read again.
    public func droppedLine(in language: Language = .en) -> String {
        let restored = supersedes.reduce(0) { $0 + $1.count }
        return language.pick(
            zh: "已撤销 #\(record.id) \(record.file.fileName)：移除 \(record.observations) 个数值"
                + (restored > 0 ? "，恢复了它取代过的 \(restored) 个较早数值" : "") + "\n",
            en: "dropped #\(record.id) \(record.file.fileName): \(record.observations) values removed"
                + (restored > 0 ? ", the \(restored) earlier \(plural(restored, "value")) it had superseded restored" : "") + "\n")
    }
}

extension ImportedFile {
    /// `alice@mac`, `@mac` when the user is unknown, empty when both are.
    var who: String {
        guard user != nil || host != nil else { return "" }
        return (user ?? "") + "@" + (host ?? "")
    }
}

/// `row` or `rows`: the English plural (中文 has none).
private func plural(_ count: Int, _ word: String) -> String {
    count == 1 ? word : word + "s"
}
