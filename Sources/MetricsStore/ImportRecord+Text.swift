import PlanModel

/// The store's imports as people read them (`cycleplan actuals list|history|import|drop`), in
/// the run's language; numbers, dates, file names and `#id` read the same in both. Each line
/// is one `Bilingual` (its two languages side by side), so a line added reads in both.
extension ImportRecord {
    /// `#3  2026-12-02T18:30:00Z  sales.csv  120 rows → 236 values  alice@mac`
    /// (`120 行 → 236 个数值` in 中文).
    public func line(in language: Language = .en) -> String {
        let who = file.who
        let counts = Bilingual(zh: "\(file.rows) 行 → \(observations) 个数值",
                               en: "\(EnglishPlural.counted(file.rows, "row")) → \(EnglishPlural.counted(observations, "value"))")
        return "#\(id)  \(importedAt)  \(file.fileName)  \(counts.text(in: language))" + (who.isEmpty ? "" : "  \(who)")
    }

    /// The closing line of `actuals list`: how many imports and values the store holds.
    public static func total(imports: Int, current: Int, all: Int, in language: Language = .en) -> String {
        language.pick(zh: "共 \(imports) 次导入，当前 \(current) 个数值，连同历史 \(all) 个\n",
                      en: "\(EnglishPlural.counted(imports, "import")), \(current) current values, \(all) with the history\n")
    }
}

extension ImportOutcome {
    public func line(in language: Language = .en) -> String {
        switch self {
        case let .imported(record, superseded):
            let file = record.file
            var line = Bilingual(zh: "已导入 #\(record.id) \(file.fileName)：读 \(file.rows) 行，用 \(file.rowsUsed) 行，拒收 \(file.rowsRejected) 行 → \(record.observations) 个数值",
                                 en: "imported #\(record.id) \(file.fileName): \(EnglishPlural.counted(file.rows, "row")) read, \(file.rowsUsed) used, "
                                     + "\(file.rowsRejected) rejected → \(EnglishPlural.counted(record.observations, "value"))")
            if superseded > 0 {
                line = line.then(zh: "；取代了 \(superseded) 个较早的数值（仍在历史中）",
                                 en: "; \(superseded) earlier \(EnglishPlural.word("value", count: superseded)) superseded (kept in the history)")
            }
            return line.text(in: language) + "\n"
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
        var lines = [
            Bilingual(zh: "导入 #\(record.id)：\(file.fileName)", en: "import #\(record.id): \(file.fileName)"),
            Bilingual(zh: "  内容 sha256 \(file.contentHash)", en: "  content sha256 \(file.contentHash)"),
            Bilingual(zh: "  导入于 \(record.importedAt)" + (file.who.isEmpty ? "" : "，由 \(file.who)"),
                      en: "  imported \(record.importedAt)" + (file.who.isEmpty ? "" : " by \(file.who)")),
            Bilingual(zh: "  行：读 \(file.rows)，用 \(file.rowsUsed)，拒收 \(file.rowsRejected)",
                      en: "  rows: \(file.rows) read, \(file.rowsUsed) used, \(file.rowsRejected) rejected"),
            Bilingual(zh: "  数值：\(record.observations) 个，当前 \(current) 个", en: "  values: \(record.observations), \(current) current"),
        ]
        lines += supersededBy.map {
            Bilingual(zh: "  被 #\($0.importID) 取代：\($0.count) 个数值",
                      en: "  superseded by #\($0.importID): \(EnglishPlural.counted($0.count, "value"))")
        }
        lines += supersedes.map {
            Bilingual(zh: "  取代了 #\($0.importID)：\($0.count) 个数值", en: "  supersedes #\($0.importID): \(EnglishPlural.counted($0.count, "value"))")
        }
        return lines.map { $0.text(in: language) }.joined(separator: "\n") + "\n"
    }

    /// What `actuals drop` did: this import's values removed, the ones it had superseded read again.
    public func droppedLine(in language: Language = .en) -> String {
        let restored = supersedes.reduce(0) { $0 + $1.count }
        var line = Bilingual(zh: "已撤销 #\(record.id) \(record.file.fileName)：移除 \(record.observations) 个数值",
                             en: "dropped #\(record.id) \(record.file.fileName): \(record.observations) values removed")
        if restored > 0 {
            line = line.then(zh: "，恢复了它取代过的 \(restored) 个较早数值",
                             en: ", the \(restored) earlier \(EnglishPlural.word("value", count: restored)) it had superseded restored")
        }
        return line.text(in: language) + "\n"
    }
}

extension ImportedFile {
    /// `alice@mac`, `@mac` when the user is unknown, empty when both are.
    var who: String {
        guard user != nil || host != nil else { return "" }
        return (user ?? "") + "@" + (host ?? "")
    }
}

extension Bilingual {
    /// The line continued: `zh` after its 中文, `en` after its English.
    fileprivate func then(zh: String, en: String) -> Bilingual {
        Bilingual(zh: self.zh + zh, en: self.en + en)
    }
}
