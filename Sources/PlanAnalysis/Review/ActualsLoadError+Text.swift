import PlanModel

/// Why an actuals file could not be used, in both languages: the one table of its texts.
/// `review`, `status --actuals` and `actuals import` print `rendered(in:)`.
extension ActualsLoadError {
    public func message(in language: Language) -> String { text.text(in: language) }

    public func hint(in language: Language) -> String { hintText.text(in: language) }

    /// `place: error: [id] message` and the hint below it, as diagnostics are printed.
    public func rendered(in language: Language) -> String {
        "\(place): \(language.pick(zh: "错误", en: "error")): [\(id)] \(message(in: language))\n"
            + "  \(language.pick(zh: "提示", en: "hint")): \(hint(in: language))\n"
    }

    var text: Bilingual {
        switch self {
        case let .unreadable(path, reason):
            return Bilingual(zh: "无法读取 '\(path)'：\(reason.zh)", en: "cannot read '\(path)': \(reason.en)")
        case .notATable(_, let reason), .malformed(_, _, _, let reason), .mixedEncoding(_, _, _, let reason): return reason
        case .noDateColumn(_, let header):
            let shown = header.prefix(8).map { "'\($0)'" }
            let more = header.count > 8
            let rows = HeaderDetector.searchedRows
            return Bilingual(zh: "前 \(rows) 行的表头（\(shown.joined(separator: "、"))\(more ? "……" : "")）里没有日期列",
                             en: "no date column among the headers (\(shown.joined(separator: ", "))\(more ? ", …" : "")) in the first \(rows) rows")
        }
    }

    var hintText: Bilingual {
        switch self {
        case .unreadable: return Bilingual(zh: "检查路径；导出文件是 .csv 或 .xlsx 文件", en: "check the path; exports are .csv or .xlsx files")
        case .notATable:
            return Bilingual(zh: "把报表导出为 CSV（UTF-8 或 GB18030）或 Excel 工作簿（.xlsx）",
                             en: "export the report as CSV (UTF-8 or GB18030) or as an Excel workbook (.xlsx)")
        case .malformed:
            return Bilingual(zh: "闭合这个引号（带引号的格子里的引号要写两次：\"\"），或重新导出报表",
                             en: "close the quote (a quote inside a quoted cell is written twice: \"\"), or export the report again")
        case .mixedEncoding(_, _, let likely, _):
            return Bilingual(zh: "把整个文件存成一种编码（UTF-8，或全部用 \(likely)），例如重新导出，或转换粘贴进来的行",
                             en: "save the whole file in one encoding (UTF-8, or \(likely) throughout), e.g. by exporting it again or converting the pasted rows")
        case .noDateColumn:
            // 日期 and date are the headers the reader knows by itself, in either language.
            return Bilingual(zh: "把它命名为「日期」或「date」，或在计划里声明：'actuals: {date: 统计时间}'，或用 --date-column 统计时间",
                             en: "name it '日期' or 'date', or declare it: 'actuals: {date: <header>}' in the plan, or --date-column <header>")
        }
    }
}
