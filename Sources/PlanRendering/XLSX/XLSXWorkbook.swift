import Foundation
import PlanModel
import ZIPFoundation

/// A minimal SpreadsheetML package: worksheets, one shared-string table, one style sheet,
/// zipped with ZIPFoundation (docs/design.md: why not a hand-written zip, why no XLSX
/// library). The bytes depend only on the sheets: entries in a fixed order with a fixed
/// modification time, deflated by zlib at its default level.
struct XLSXWorkbook {
    private var styles = XLSXStyles()
    private var strings: [String: Int] = [:]
    private var stringList: [String] = []
    private var sheets: [(name: String, xml: String, filter: String?)] = []
    /// Every entry's time: 2020-01-01 00:00 UTC (ZIPFoundation writes it in UTC).
    static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)

    /// Writes a sheet's XML, interning its text and styles.
    ///
    /// - Complexity: O(cells).
    mutating func add(_ sheet: XLSXSheet) {
        let columns = XLSXSheet.columnName
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        out += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        let widest = sheet.rows.map { $0.cells.map(\.column).max() ?? 0 }.max() ?? 0
        if sheet.fitToWidth { out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        out += "<dimension ref=\"A1:\(columns(max(widest, 0)))\(max(sheet.rows.count, 1))\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\"" + (sheets.isEmpty ? " tabSelected=\"1\"" : "") + ">"
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            let corner = "\(columns(sheet.frozenColumns))\(sheet.frozenRows + 1)"
            let pane = sheet.frozenRows > 0 && sheet.frozenColumns > 0 ? "bottomRight" : sheet.frozenRows > 0 ? "bottomLeft" : "topRight"
            out += "<pane" + (sheet.frozenColumns > 0 ? " xSplit=\"\(sheet.frozenColumns)\"" : "")
            out += (sheet.frozenRows > 0 ? " ySplit=\"\(sheet.frozenRows)\"" : "")
            out += " topLeftCell=\"\(corner)\" activePane=\"\(pane)\" state=\"frozen\"/>"
            out += "<selection pane=\"\(pane)\" activeCell=\"\(corner)\" sqref=\"\(corner)\"/>"
        }
        out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"16\"/>"
        if !sheet.columnWidths.isEmpty {
            out += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        let letters = (0...max(widest, 0)).map(columns)
        for (offset, row) in sheet.rows.enumerated() {
            let number = offset + 1
            out += "<row r=\"\(number)\"" + (row.height.map { " ht=\"\(self.number($0))\" customHeight=\"1\"" } ?? "") + ">"
            for cell in row.cells {
                let style = styles.id(cell.style)
                let reference = letters[cell.column] + String(number)
                let s = style == 0 ? "" : " s=\"\(style)\""
                switch cell.value {
                case .text(let text): out += "<c r=\"\(reference)\"\(s) t=\"s\"><v>\(intern(text))</v></c>"
                case .number(let value): out += "<c r=\"\(reference)\"\(s)><v>\(self.number(value))</v></c>"
                case .date(let date): out += "<c r=\"\(reference)\"\(s)><v>\(XLSXSheet.serial(date))</v></c>"
                case .bool(let value): out += "<c r=\"\(reference)\"\(s) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
                case .blank: out += "<c r=\"\(reference)\"\(s)/>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        var filterRange: String?
        if let filter = sheet.autoFilter, filter.columns > 0 {
            let last = max(sheet.rows.count, filter.headerRow)
            out += "<autoFilter ref=\"A\(filter.headerRow):\(columns(filter.columns - 1))\(last)\"/>"
            filterRange = "$A$\(filter.headerRow):$\(columns(filter.columns - 1))$\(last)"
        }
        out += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"landscape\"" + (sheet.fitToWidth ? " fitToWidth=\"1\" fitToHeight=\"0\"" : "") + "/>"
        out += "</worksheet>"
        sheets.append((sheet.name, out, filterRange))
    }

    private mutating func intern(_ text: String) -> Int {
        if let known = strings[text] { return known }
        strings[text] = stringList.count
        stringList.append(text)
        return stringList.count - 1
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// The `.xlsx` bytes.
    ///
    /// - Throws: what ZIPFoundation throws (it writes to memory, so in practice nothing).
    func package() throws -> [UInt8] {
        var entries: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbookXML), ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles.xml), ("xl/sharedStrings.xml", sharedStringsXML),
        ]
        for (index, sheet) in sheets.enumerated() { entries.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml)) }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.entryDate,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private var contentTypes: String {
        var out = Self.header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        out += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        for index in sheets.indices {
            out += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
            out += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>"
    }

    private var rootRelationships: String {
        Self.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>"
    }

    private var workbookXML: String {
        var out = Self.header + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        out += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><bookViews><workbookView/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            out += "<sheet name=\"\(SpreadsheetText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        out += "</sheets>"
        // Excel keeps each auto-filter's range as a hidden defined name; LibreOffice needs it to
        // show the filter buttons.
        var names = ""
        for (index, sheet) in sheets.enumerated() {
            guard let range = sheet.filter else { continue }
            let quoted = "'" + SpreadsheetText.escape(sheet.name).replacingOccurrences(of: "'", with: "''") + "'"
            names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(quoted)!\(range)</definedName>"
        }
        if !names.isEmpty { out += "<definedNames>" + names + "</definedNames>" }
        return out + "</workbook>"
    }

    private var workbookRelationships: String {
        var out = Self.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheets.indices {
            out += "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            out += "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let base = sheets.count
        out += "<Relationship Id=\"rId\(base + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId\(base + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return out + "</Relationships>"
    }

    private var sharedStringsXML: String {
        var out = Self.header + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        out += "count=\"\(stringList.count)\" uniqueCount=\"\(stringList.count)\">"
        for text in stringList {
            let escaped = SpreadsheetText.escape(text)
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            out += "<si><t" + (preserve ? " xml:space=\"preserve\"" : "") + ">\(escaped)</t></si>"
        }
        return out + "</sst>"
    }
}
