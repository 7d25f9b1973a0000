import PlanModel

/// The catalog of the import's issues, one text per language, as `ReviewNote+Text` is the
/// review's caveats': the JSON `message` and the terminal carry English, the Chinese reports
/// (and a Chinese terminal) Chinese. Cells, labels, headers and file names are quoted as the
/// data has them.
extension ImportIssue {
    /// The English words (ids for metrics, as the JSON contract has always had them).
    public var message: String { text(.en) }

    /// The issue in `language`; `names` turns a metric id into its display name.
    public func text(_ language: ReviewLanguage, names: (String) -> String = { $0 }) -> String {
        language == .zh ? chinese(names) : english(names)
    }

    func english(_ n: (String) -> String) -> String {
        func scope(_ dimensions: [String: String]) -> String {
            dimensions.isEmpty ? "" : " for " + dimensions.keys.sorted().map { "\($0) \(dimensions[$0] ?? "")" }.joined(separator: ", ")
        }
        switch detail {
        case .shortRow(let cells): return "the row has \(cells) cells, fewer than the header"
        case .unparseableDate(let text): return "'\(text)' is not a date"
        case let .dateOutsidePlan(date, window): return "\(date) is outside the plan (\(window.first)..\(window.last))"
        case let .unparseableNumber(text, metric): return "'\(text)' is not a number (\(n(metric)))"
        case let .ambiguousNumber(text, metric):
            return "'\(text)' could be a decimal comma or a thousands grouping (\(n(metric))); it is not read"
        case let .unknownMetric(label, suggestion):
            let hint = suggestion.map { $0.label == $0.metric ? " (did you mean \($0.metric)?)" : " (did you mean \($0.label) (\($0.metric))?)" } ?? ""
            return "'\(label)' is not a metric of the plan\(hint)"
        case let .duplicateKey(metrics, date, dimensions, wholeRow):
            let what = wholeRow
                ? "the row repeats an earlier one: all \(metrics.count) values on \(date)\(scope(dimensions)) are given twice"
                : metrics.map(n).joined(separator: ", ") + " on \(date)\(scope(dimensions)) \(metrics.count == 1 ? "is" : "are") given twice"
            return what + "; the first is kept"
        case .noMetricColumn: return "the file has no metric column, so the row gives nothing"
        case .noValueInColumns(let headers): return "no value in any metric column (\(headers.joined(separator: ", ")))"
        case .noValueFor(let metric): return "no value for \(n(metric))"
        case let .overlap(metrics, date, dimensions, earlierFile, earlierRow, keptLater):
            let kept = keptLater ? "this file's value is kept (--on-overlap last)" : "the first is kept"
            return "\(metrics.joined(separator: ", ")) on \(date)\(scope(dimensions)) \(metrics.count == 1 ? "is" : "are") also given by \(earlierFile):\(earlierRow); \(kept)"
        case .noRows: return "the file has a header and no data rows"
        case .unmappedColumn(let why): return why.english
        case .unreadableCell(let fault): return fault.text.en
        }
    }

    func chinese(_ n: (String) -> String) -> String {
        // "2026-09-01 " or "2026-09-01（渠道 门店）": the day, then the dimension values if any.
        func scope(_ dimensions: [String: String]) -> String {
            dimensions.isEmpty ? " " : "（" + dimensions.keys.sorted().map { "\($0) \(dimensions[$0] ?? "")" }.joined(separator: "，") + "）"
        }
        switch detail {
        case .shortRow(let cells): return "该行只有 \(cells) 个单元格，少于表头的列数"
        case .unparseableDate(let text): return "「\(text)」不是日期"
        case let .dateOutsidePlan(date, window): return "\(date) 不在计划时间内（\(window.first)…\(window.last)）"
        case let .unparseableNumber(text, metric): return "「\(text)」不是数字（\(n(metric))）"
        case let .ambiguousNumber(text, metric): return "「\(text)」可能是小数逗号，也可能是千分位分隔（\(n(metric))），未读取"
        case let .unknownMetric(label, suggestion):
            return "「\(label)」不是计划中的指标" + (suggestion.map { "（是否为「\(n($0.metric) == $0.metric ? $0.label : n($0.metric))」？）" } ?? "")
        case let .duplicateKey(metrics, date, dimensions, wholeRow):
            let what = wholeRow
                ? "该行与前面的行重复：\(date)\(scope(dimensions))的全部 \(metrics.count) 个数值都出现了两次"
                : "\(metrics.map(n).joined(separator: "、")) 在 \(date)\(scope(dimensions))出现了两次"
            return what + "，保留第一次的值"
        case .noMetricColumn: return "文件没有指标列，该行没有可读的数值"
        case .noValueInColumns(let headers): return "各指标列（\(headers.joined(separator: "、"))）都没有数值"
        case .noValueFor(let metric): return "没有\(n(metric))的数值"
        case let .overlap(metrics, date, dimensions, earlierFile, earlierRow, keptLater):
            let kept = keptLater ? "保留本文件的值（后给出的文件优先）" : "保留第一次的值"
            return "\(metrics.joined(separator: "、")) 在 \(date)\(scope(dimensions))的数值已由 \(earlierFile):\(earlierRow) 给出；\(kept)"
        case .noRows: return "文件只有表头，没有数据行"
        case .unmappedColumn(let why): return why.chinese
        case .unreadableCell(let fault): return fault.text.zh
        }
    }

    /// `file:row:column: warning: [id] message`, then a hint, as diagnostics are printed.
    public var rendered: String { rendered(.en) }

    /// The same in `language` (the place and the id stay as they are).
    public func rendered(_ language: ReviewLanguage, names: (String) -> String = { $0 }) -> String {
        renderedLine(language, names: names) + (language == .zh ? "  提示：\(hint(.zh))\n" : "  hint: \(hint(.en))\n")
    }

    /// The place, id and message on one line, without the hint.
    public var renderedLine: String { renderedLine(.en) }

    public func renderedLine(_ language: ReviewLanguage, names: (String) -> String = { $0 }) -> String {
        let level = language == .zh ? (severity == .error ? "错误" : "警告") : severity.rawValue
        return "\(file):\(row)\(column.map { ":\($0)" } ?? ""): \(level): [\(kind.rawValue)] \(text(language, names: names))\n"
    }

    /// What to do about it.
    public var hint: String { hint(.en) }

    public func hint(_ language: ReviewLanguage) -> String {
        language == .zh ? chineseHint : englishHint
    }

    private var englishHint: String {
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
        case .groupedColumns:
            return "name the dimension whose values head the groups in the file's source ('groups: 渠道'), "
                + "or leave the columns out ('ignore: [HEADER]')"
        }
    }

    private var chineseHint: String {
        switch kind {
        case .unparseableNumber: return "数字可写作 12,345、5.2%、¥1,200.00 或 1.2万；请改正该单元格或留空"
        case .unparseableDate: return "日期可写作 2026-09-01、2026/9/1、2026年9月1日 或 Excel 日期"
        case .dateOutsidePlan: return "该行不在计划的排期内；只导出计划期间的数据，或检查年份"
        case .unknownMetric: return "在计划的 'actuals: {columns: {…}}' 中把该标签对应到指标 id，或用 --column 标签=指标id"
        case .duplicateKey: return "同一天、同一指标和维度出现了两次，使用第一次的值——请删除重复的行"
        case .shortRow: return "该行的单元格少于表头；请检查导出文件的分隔符和引号"
        case .unmappedColumn:
            return "把它对应到指标（'actuals: {columns: {表头: 指标id}}' 或 --column 表头=指标id），声明为维度"
                + "（'dimensions: {表头: 渠道}'），或不读取（'ignore: [表头]'）"
        case .ambiguousNumber: return "导出文件若用逗号作小数点，请在其来源中写 'decimal: \",\"'；否则请按千分位写作 1,234"
        case .noValues: return "该行有日期，但所有指标单元格都为空；没有发生的填 0，或删除该行"
        case .overlap: return "导出互不重叠的时段，只给其中一个文件，或用 --on-overlap last|first 选择"
        case .noRows: return "文件只有表头；请连同数据行重新导出，或不给这个文件"
        case .unreadableCell: return "工作簿已损坏：请在 Excel 或 WPS 中打开并重新保存，或重新导出"
        case .groupedColumns: return "在该文件的来源中写明分组列的取值属于哪个维度（'groups: 渠道'），或不读取这些列（'ignore: [表头]'）"
        }
    }
}
