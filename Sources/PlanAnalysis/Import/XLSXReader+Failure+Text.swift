import PlanModel

extension XLSXReader.Failure {
    /// What went wrong, in both languages: the one table of this failure's texts.
    public var text: Bilingual {
        switch self {
        case .notAWorkbook(let why): return Bilingual(zh: "不是 Excel 工作簿（.xlsx）：\(why.zh)", en: "not an Excel workbook (.xlsx): \(why.en)")
        case let .noSuchSheet(name, available):
            let shown = available.prefix(Self.listedSheets)
            let more = available.count - Self.listedSheets
            return Bilingual(zh: "没有名为 '\(name)' 的工作表（工作表：\(shown.joined(separator: "、"))\(more > 0 ? "……另有 \(more) 个" : "")）",
                             en: "no sheet named '\(name)' (sheets: \(shown.joined(separator: ", "))\(more > 0 ? ", … and \(more) more" : ""))")
        case .noHeader:
            return Bilingual(zh: "前 20 行里没有带日期列（「日期」「date」「统计日期」……）的表头行",
                             en: "no header row with a date column ('日期', 'date', '统计日期'…) in the first 20 rows")
        case .damaged(let why): return Bilingual(zh: "工作簿已损坏：\(why.zh)", en: "the workbook is damaged: \(why.en)")
        case .tooLarge(let why): return Bilingual(zh: "工作簿太大，无法读取：\(why.zh)", en: "the workbook is too large to read: \(why.en)")
        }
    }
}
