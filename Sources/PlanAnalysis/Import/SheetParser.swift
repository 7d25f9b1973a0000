import PlanModel
import Foundation

/// Reads a worksheet's XML into a `SparseSheet`: values by type (shared strings, inline
/// strings, booleans, numbers; numbers styled as dates become `YYYY-MM-DD`), rows and cells
/// placed by their `r` attributes or, without one, after the previous.
///
/// Every place is checked against Excel's limits before it is used, so no reference can
/// trap or allocate: a row or cell out of order, beyond XFD1048576, or malformed stops the
/// read with its place; a shared string that does not exist is an unreadable cell, which the
/// import reports.
final class SheetParser: XMLPartReader {
    let sheetName: String
    private let strings: [Range<Int>]
    private let dateStyles: Set<Int>
    private(set) var sheet = SparseSheet()
    /// Zero-based sheet row of the open `<row>` (or of the last one), and the last column used in it.
    private var row = -1
    private var inRow = false
    /// Whether the open row gave its number; if not, its first cell's reference may (a
    /// writer that leaves blank rows out without numbering rows), and the row before it.
    private var rowNumbered = false
    private var previousRow = -1
    private var column = -1
    private var type = "", style = 0
    private var value = ""
    private var inValue = false, inPhonetic = false

    /// A parser whose text buffer starts with the shared strings' `text`, string `i` being `strings[i]`.
    init(sheetName: String, text: SheetText, strings: [Range<Int>], dateStyles: Set<Int>) {
        self.sheetName = sheetName
        self.strings = strings
        self.dateStyles = dateStyles
        super.init()
        sheet.text = text
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row": startRow(attributes["r"])
        case "c": startCell(attributes)
        case "v": inValue = true
        case "t": inValue = !inPhonetic
        case "rPh": inPhonetic = true
        case "mergeCell": if let reference = attributes["ref"] { merge(reference) }
        default: break
        }
    }

    override func text(_ string: String) {
        if inValue { value += string }
    }

    override func end(_ name: String) {
        switch name {
        case "v", "t": inValue = false
        case "rPh": inPhonetic = false
        case "row": inRow = false
        case "c": endCell()
        default: break
        }
    }

    private func startRow(_ number: String?) {
        let next: Int
        if let number {
            guard let parsed = Int(number), parsed >= 1 else { return fail(Bilingual(zh: "行号 '\(number)' 不在 1…\(XLSXLimits.maxRows) 之间", en: "row number '\(number)' is not 1…\(XLSXLimits.maxRows)")) }
            guard parsed <= XLSXLimits.maxRows else {
                return fail(.tooLarge(Bilingual(zh: "工作表 \(sheetName) 的第 \(parsed) 行超过了 Excel 的最后一行 \(XLSXLimits.maxRows)", en: "sheet \(sheetName) row \(parsed) is past row \(XLSXLimits.maxRows), Excel's last")))
            }
            next = parsed - 1
        } else {
            guard row + 1 < XLSXLimits.maxRows else {
                return fail(.tooLarge(Bilingual(zh: "工作表 \(sheetName) 在 Excel 的最后一行 \(XLSXLimits.maxRows) 之后还有行", en: "sheet \(sheetName) has a row after row \(XLSXLimits.maxRows), Excel's last")))
            }
            next = row + 1
        }
        guard next > row else { return fail(Bilingual(zh: "第 \(next + 1) 行出现在第 \(row + 1) 行之后：行须按顺序排列", en: "row \(next + 1) comes after row \(row + 1): rows must be in order")) }
        previousRow = row
        rowNumbered = number != nil
        row = next
        inRow = true
        column = -1
    }

    private func startCell(_ attributes: [String: String]) {
        guard inRow else { return fail(Bilingual(zh: "有单元格不在任何行内", en: "a cell outside any row")) }
        if let reference = attributes["r"] {
            let place: CellReference
            do {
                place = try CellReference(parsing: reference)
            } catch .beyondLimits {
                return fail(.tooLarge(Bilingual(zh: "\(sheetName)!\(reference) 超过了 Excel 的最后一个单元格 XFD\(XLSXLimits.maxRows)", en: "\(sheetName)!\(reference) is past XFD\(XLSXLimits.maxRows), Excel's last cell")))
            } catch {
                return fail(Bilingual(zh: "'\(reference)' 不是单元格引用", en: "'\(reference)' is not a cell reference"))
            }
            if place.row != row && !rowNumbered && column == -1 && place.row > previousRow { row = place.row }
            guard place.row == row else { return fail(Bilingual(zh: "单元格 \(sheetName)!\(reference) 位于第 \(row + 1) 行内", en: "cell \(sheetName)!\(reference) is inside row \(row + 1)")) }
            guard place.column > column else { return fail(Bilingual(zh: "单元格 \(sheetName)!\(reference) 出现在 \(CellReference.letters(column)) 列之后：单元格须按顺序排列", en: "cell \(sheetName)!\(reference) comes after column \(CellReference.letters(column)): cells must be in order")) }
            column = place.column
        } else {
            guard column + 1 < XLSXLimits.maxColumns else {
                return fail(.tooLarge(Bilingual(zh: "\(sheetName) 第 \(row + 1) 行有单元格超过了 Excel 的最后一列 XFD", en: "\(sheetName) row \(row + 1) has a cell past column XFD, Excel's last")))
            }
            column += 1
        }
        type = attributes["t"] ?? ""
        style = attributes["s"].flatMap { Int($0) } ?? 0
        value = ""
    }

    private func endCell() {
        guard !value.isEmpty else { return }
        let range: Range<Int>
        switch type {
        case "s":
            guard let index = Int(value) ?? Int(value.trimmingCharacters(in: .whitespacesAndNewlines)), index >= 0,
                  index < strings.count else {
                let place = CellReference(row: row, column: column)
                let shown = value.trimmingCharacters(in: .whitespacesAndNewlines)
                sheet.addUnreadable(row: row, column: column,
                                    fault: .missingSharedString(cell: "\(sheetName)!\(place)", index: shown, available: strings.count))
                return
            }
            range = strings[index]
            if range.isEmpty { return }
        case "b":
            range = sheet.text.append(value == "1" ? "TRUE" : "FALSE")
        case "", "n":
            if dateStyles.contains(style), let date = ActualsValue.date(value) {
                range = sheet.text.append(date.description)
            } else {
                range = sheet.text.append(value)
            }
        default:
            range = sheet.text.append(value)
        }
        sheet.add(row: row, column: column, text: range)
    }

    private func merge(_ reference: String) {
        let ends = reference.split(separator: ":", omittingEmptySubsequences: false)
        do {
            guard ends.count == 2 else {
                if ends.count == 1 { _ = try CellReference(parsing: ends[0]); return }  // one cell: nothing to spread
                return fail(Bilingual(zh: "合并区域 '\(reference)' 不是区域", en: "merged range '\(reference)' is not a range"))
            }
            sheet.merges.append(CellRange(try CellReference(parsing: ends[0]), try CellReference(parsing: ends[1])))
        } catch .beyondLimits {
            fail(.tooLarge(Bilingual(zh: "\(sheetName)：合并区域 \(reference) 超过了 Excel 的最后一个单元格 XFD\(XLSXLimits.maxRows)", en: "\(sheetName): merged range \(reference) reaches past XFD\(XLSXLimits.maxRows), Excel's last cell")))
        } catch {
            fail(Bilingual(zh: "合并区域 '\(reference)' 不是单元格区域", en: "merged range '\(reference)' is not a range of cells"))
        }
    }
}
