extension ImportIssue {
    /// `file:row:column: warning: [id] message`, then a hint, as diagnostics are printed.
    public var rendered: String {
        "\(file):\(row)\(column.map { ":\($0)" } ?? ""): warning: [\(kind.rawValue)] \(message)\n  hint: \(hint)\n"
    }

    /// What to do about it.
    public var hint: String {
        switch kind {
        case .unparseableNumber: return "numbers may be written 12,345, 5.2%, ¥1,200.00 or 1.2万; fix the cell or leave it empty"
        case .unparseableDate: return "dates may be written 2026-09-01, 2026/9/1, 2026年9月1日 or as Excel dates"
        case .dateOutsidePlan: return "the row is outside the plan's scheduled window; export the plan's dates only, or check the year"
        case .unknownMetric: return "map the label to a metric id under 'actuals: {columns: {…}}' in the plan, or with --column LABEL=metric"
        case .duplicateKey: return "the same day, metric and dimensions appear twice; the first value is used — remove the repeat"
        case .shortRow: return "the row has fewer cells than the header; check the delimiter and quotes in the export"
        case .unreadableCell: return "the workbook is damaged: open and save it again in Excel or WPS, or export it anew"
        }
    }
}
