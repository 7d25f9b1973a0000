import PlanModel
import Foundation

/// Reads a sheet of an Excel workbook (.xlsx): the archive's directory and entries with
/// `XLSXArchive`, each XML part streamed from zlib into Foundation's `XMLParser`
/// (`XMLPartReader`), the sheet into a `SparseSheet`. Shared strings and inline strings
/// become text; numbers styled as dates become `YYYY-MM-DD`; the header row is the first of
/// the top rows that names a date column (title rows above it are skipped); a merged cell
/// gives its text to the cells it spans.
///
/// Everything is bounded by `XLSXLimits` (file size, inflated bytes, Excel's sheet size,
/// the table's cells) and every fault is a `Failure` with its place: a hostile workbook is
/// refused, never trapped on, looped on or inflated without end.
public enum XLSXReader {
    /// The inflated budget, as the messages explain it.
    static let budgetRule = Bilingual(zh: "文件大小的 64 倍，至少 16 MiB，至多 1 GiB", en: "64× the file's size, at least 16 MiB and at most 1 GiB")

    public static func read(_ bytes: [UInt8], sheet wanted: String? = nil, header: HeaderDetector.Options = HeaderDetector.Options(),
                            limits: XLSXLimits = .standard) throws(Failure) -> SheetTable {
        guard bytes.count <= limits.maxFileBytes else {
            throw .tooLarge(Bilingual(zh: "文件有 \(bytes.count) 字节，超过最多读取的 \(limits.maxFileBytes) 字节",
                                      en: "the file has \(bytes.count) bytes, more than the \(limits.maxFileBytes) read at most"))
        }
        let archive = try XLSXArchive(bytes)
        let budget = InflateBudget(total: limits.inflatedBudget(fileBytes: bytes.count))

        let workbook = XMLCollector(element: "sheet")
        guard try workbook.read("xl/workbook.xml", in: archive, budget: budget) else { throw .notAWorkbook(Bilingual(zh: "缺少 xl/workbook.xml", en: "xl/workbook.xml is missing")) }
        let relations = XMLCollector(element: "Relationship")
        _ = try relations.read("xl/_rels/workbook.xml.rels", in: archive, budget: budget)
        let sheets = workbook.found
        let chosen = wanted.map { name in sheets.first { $0["name"] == name } } ?? sheets.first
        guard let sheetInfo = chosen else { throw .noSuchSheet(wanted ?? "", available: sheets.compactMap { $0["name"] }) }
        let sheetName = sheetInfo["name"] ?? ""
        let relationID = sheetInfo["r:id"] ?? sheetInfo["id"] ?? ""
        var target = relations.found.first { $0["Id"] == relationID }?["Target"] ?? "worksheets/sheet1.xml"
        if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }

        let strings = SharedStringsParser()
        let hasStrings = try strings.read("xl/sharedStrings.xml", in: archive, budget: budget)
        let styles = StylesParser()
        let hasStyles = try styles.read("xl/styles.xml", in: archive, budget: budget)
        let shared = hasStrings ? strings.take() : (text: SheetText(), ranges: [])
        let parser = SheetParser(sheetName: sheetName, text: shared.text, strings: shared.ranges,
                                 dateStyles: hasStyles ? styles.dateStyles : [])
        guard try parser.read(target, in: archive, budget: budget) else { throw .notAWorkbook(Bilingual(zh: "缺少 \(target)", en: "\(target) is missing")) }
        let sheet = parser.sheet
        // The header is found as in CSV files (HeaderDetector): titles above it, two rows.
        let top = try sheet.topRows(HeaderDetector.searchedRows)
        guard let found = HeaderDetector.detect(top.map(\.cells), options: header) else { throw .noHeader }
        var table = try sheet.table(headerRow: top[found.dataStart - 1].row, sheet: sheetName, limits: limits)
        if found.rows > 1 {
            // A grouped header names each column "上级 / 下级"; the table keeps the lower row's width.
            table.header = table.header.indices.map { $0 < found.names.count ? found.names[$0] : table.header[$0] }
            table.headerRows = found.rows
        }
        return table
    }
}
