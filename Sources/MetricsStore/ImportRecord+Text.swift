/// The store's imports as people read them (`cycleplan actuals list|history|import`).
extension ImportRecord {
    /// `#3  2026-12-02T18:30:00Z  sales.csv  120 rows → 236 values  alice@mac`
    public var line: String {
        let who = file.who
        return "#\(id)  \(importedAt)  \(file.fileName)  \(file.rows) row\(file.rows == 1 ? "" : "s") → \(observations) value\(observations == 1 ? "" : "s")"
            + (who.isEmpty ? "" : "  \(who)")
    }
}

extension ImportOutcome {
    public var line: String {
        switch self {
        case let .imported(record, superseded):
            return "imported #\(record.id) \(record.file.fileName): \(record.file.rows) rows read, \(record.file.rowsUsed) used, "
                + "\(record.file.rowsRejected) rejected → \(record.observations) value\(record.observations == 1 ? "" : "s")"
                + (superseded > 0 ? "; \(superseded) earlier value\(superseded == 1 ? "" : "s") superseded (kept in the history)" : "")
                + "\n"
        case let .unchanged(record):
            return "unchanged \(record.file.fileName): the same content is import #\(record.id) (\(record.file.fileName), \(record.importedAt))\n"
        }
    }
}

extension ImportHistory {
    public var text: String {
        var lines = ["import #\(record.id): \(record.file.fileName)",
                     "  content sha256 \(record.file.contentHash)",
                     "  imported \(record.importedAt)" + (record.file.who.isEmpty ? "" : " by \(record.file.who)"),
                     "  rows: \(record.file.rows) read, \(record.file.rowsUsed) used, \(record.file.rowsRejected) rejected",
                     "  values: \(record.observations), \(current) current"]
        lines += supersededBy.map { "  superseded by #\($0.importID): \($0.count) value\($0.count == 1 ? "" : "s")" }
        lines += supersedes.map { "  supersedes #\($0.importID): \($0.count) value\($0.count == 1 ? "" : "s")" }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ImportedFile {
    /// `alice@mac`, `@mac` when the user is unknown, empty when both are.
    var who: String {
        guard user != nil || host != nil else { return "" }
        return (user ?? "") + "@" + (host ?? "")
    }
}
