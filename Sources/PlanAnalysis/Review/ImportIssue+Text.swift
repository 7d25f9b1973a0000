extension ImportIssue {
    /// `file:row:column: warning: [id] message`, then a hint, as diagnostics are printed.
    public var rendered: String {
        "\(file):\(row)\(column.map { ":\($0)" } ?? ""): \(severity.rawValue): [\(kind.rawValue)] \(message)\n  hint: \(hint)\n"
    }

    /// The place, id and message on one line, without the hint.
    public var renderedLine: String {
        "\(file):\(row)\(column.map { ":\($0)" } ?? ""): \(severity.rawValue): [\(kind.rawValue)] \(message)\n"
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
        // import accounting (#10)
        case .unmappedColumn:
            return "map it to a metric ('actuals: {columns: {HEADER: metric_id}}' or --column HEADER=metric_id), declare it a dimension "
                + "('dimensions: {HEADER: 渠道}'), or leave it out ('ignore: [HEADER]')"
        case .ambiguousNumber:
            return "if the export writes decimals with a comma, say so in its source: 'decimal: \",\"'; else write 1,234 grouped by thousands"
        case .noValues: return "the row has a date but every metric cell is empty; fill in 0 where nothing happened, or remove the row"
        case .overlap:
            return "export periods that do not overlap, give only one of the files, or choose with --on-overlap last|first"
        case .noRows: return "the file has only a header; export it again with its rows, or leave it out"
        case .unreadableCell: return "the workbook is damaged: open and save it again in Excel or WPS, or export it anew"
        }
    }
}
