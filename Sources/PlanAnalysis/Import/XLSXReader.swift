import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanModel
import ZIPFoundation

/// Reads a sheet of an Excel workbook (.xlsx): the archive with ZIPFoundation, its XML with
/// Foundation's XMLParser. Shared strings and inline strings become text; numbers styled as
/// dates become `YYYY-MM-DD`; the header row is the first of the top rows that names a date
/// column (title rows above it are skipped); a merged header cell gives its text to every
/// column it spans.
public enum XLSXReader {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAWorkbook(String)
        case noSuchSheet(String, available: [String])
        case noHeader

        public var description: String {
            switch self {
            case .notAWorkbook(let why): return "not an Excel workbook (.xlsx): \(why)"
            case let .noSuchSheet(name, available): return "no sheet named '\(name)' (sheets: \(available.joined(separator: ", ")))"
            case .noHeader: return "no header row with a date column (日期, date, 统计日期…) in the first 20 rows"
            }
        }
    }

    public static func read(_ bytes: [UInt8], sheet wanted: String? = nil,
                            header: HeaderDetector.Options = HeaderDetector.Options()) throws(Failure) -> SheetTable {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch { throw .notAWorkbook("\(error)") }
        func entry(_ path: String) -> Data? {
            guard let entry = archive[path] else { return nil }
            var data = Data()
            _ = try? archive.extract(entry, skipCRC32: true) { data.append($0) }
            return data
        }
        guard let workbook = entry("xl/workbook.xml") else { throw .notAWorkbook("xl/workbook.xml is missing") }
        let sheets = XMLCollector.collect(workbook, element: "sheet")
        let relations = entry("xl/_rels/workbook.xml.rels").map { XMLCollector.collect($0, element: "Relationship") } ?? []
        let names = sheets.compactMap { $0["name"] }
        let chosen = wanted.map { name in sheets.first { $0["name"] == name } } ?? sheets.first
        guard let sheetInfo = chosen else { throw .noSuchSheet(wanted ?? "", available: names) }
        let relationID = sheetInfo["r:id"] ?? sheetInfo["id"] ?? ""
        var target = relations.first { $0["Id"] == relationID }?["Target"] ?? "worksheets/sheet1.xml"
        if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
        guard let sheetData = entry(target) else { throw .notAWorkbook("\(target) is missing") }
        let strings = entry("xl/sharedStrings.xml").map(SharedStringsParser.parse) ?? []
        let dateStyles = entry("xl/styles.xml").map(StylesParser.dateStyles) ?? []
        let grid = SheetParser.parse(sheetData, strings: strings, dateStyles: dateStyles)
        // The header is found as in CSV files (HeaderDetector): titles above it, two rows.
        guard let found = HeaderDetector.detect(grid, options: header) else { throw .noHeader }
        let rows = grid[found.dataStart...].filter { row in row.contains { !$0.isEmpty } }
        return SheetTable(header: found.names, rows: Array(rows), headerRecord: found.dataStart, sheet: sheetInfo["name"] ?? "",
                          headerRows: found.rows)
    }
}

/// Attributes of every element with a given name.
private final class XMLCollector: NSObject, XMLParserDelegate {
    let element: String
    var found: [[String: String]] = []

    init(element: String) { self.element = element }

    static func collect(_ data: Data, element: String) -> [[String: String]] {
        let collector = XMLCollector(element: element)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        parser.parse()
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == element || name.hasSuffix(":" + element) { found.append(attributes) }
    }
}

/// The shared string table: each `<si>` is the concatenation of its `<t>` texts (rich runs
/// included, phonetic guides left out).
private final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false
    var inPhonetic = false

    static func parse(_ data: Data) -> [String] {
        let parser = XMLParser(data: data)
        let delegate = SharedStringsParser()
        parser.delegate = delegate
        parser.parse()
        return delegate.strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// Which cell styles show a date: built-in date formats and custom codes with date parts.
private final class StylesParser: NSObject, XMLParserDelegate {
    var customFormats: [Int: String] = [:]
    var cellFormats: [Int] = []
    var inCellXfs = false

    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    static func dateStyles(_ data: Data) -> Set<Int> {
        let parser = XMLParser(data: data)
        let delegate = StylesParser()
        parser.delegate = delegate
        parser.parse()
        var result: Set<Int> = []
        for (index, format) in delegate.cellFormats.enumerated() {
            if builtInDates.contains(format) || delegate.customFormats[format].map(isDateCode) == true { result.insert(index) }
        }
        return result
    }

    /// A format code shows a date when it has y, d, 年, 月 or 日 outside quotes and brackets
    /// (m alone is ambiguous with minutes, but never appears without a d or y in a date).
    static func isDateCode(_ code: String) -> Bool {
        var quoted = false, bracket = false
        for character in code {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default:
                if !quoted && !bracket && "yYdD年月日".contains(character) { return true }
            }
        }
        return false
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellXfs = false }
    }
}

/// The cells of a worksheet as a grid of text, merged ranges filled from their first cell.
final class SheetParser: NSObject, XMLParserDelegate {
    let strings: [String]
    let dateStyles: Set<Int>
    var grid: [[String]] = []
    var merges: [String] = []
    var row = 0, column = 0, type = "", style = 0
    var value = ""
    var inValue = false

    init(strings: [String], dateStyles: Set<Int>) {
        self.strings = strings
        self.dateStyles = dateStyles
    }

    static func parse(_ data: Data, strings: [String], dateStyles: Set<Int>) -> [[String]] {
        let parser = XMLParser(data: data)
        let delegate = SheetParser(strings: strings, dateStyles: dateStyles)
        parser.delegate = delegate
        parser.parse()
        delegate.fillMerges()
        return delegate.grid
    }

    /// "BC12" → (row 11, column 54), zero-based.
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, sawDigit = false
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A where !sawDigit: column = column * 26 + Int(scalar.value - 0x40)
            case 0x30...0x39: row = row * 10 + Int(scalar.value - 0x30); sawDigit = true
            default: return nil
            }
        }
        return column > 0 && row > 0 ? (row - 1, column - 1) : nil
    }

    func set(_ text: String, row: Int, column: Int) {
        while grid.count <= row { grid.append([]) }
        while grid[row].count <= column { grid[row].append("") }
        grid[row][column] = text
    }

    func fillMerges() {
        for range in merges {
            let ends = range.split(separator: ":").compactMap { Self.position(String($0)) }
            guard ends.count == 2, ends[0].row < grid.count, ends[0].column < grid[ends[0].row].count else { continue }
            let text = grid[ends[0].row][ends[0].column]
            for r in ends[0].row...ends[1].row {
                for c in ends[0].column...ends[1].column where (r, c) != (ends[0].row, ends[0].column) { set(text, row: r, column: c) }
            }
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            row = (attributes["r"].flatMap(Int.init) ?? (row + 2)) - 1
            column = -1
        case "c":
            if let reference = attributes["r"], let place = Self.position(reference) { (row, column) = place } else { column += 1 }
            type = attributes["t"] ?? ""
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
        case "v", "t": inValue = true
        case "mergeCell": if let reference = attributes["ref"] { merges.append(reference) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { value += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c":
            var text = value
            switch type {
            case "s": text = Int(value).flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            case "", "n":
                if dateStyles.contains(style), let date = ActualsValue.date(value) { text = date.description }
            default: break
            }
            if !text.isEmpty { set(text, row: row, column: column) }
        default: break
        }
    }
}

/// Test access to cell-reference parsing.
enum XLSXReaderTestSupport {
    static func position(_ reference: String) -> [Int]? {
        SheetParser.position(reference).map { [$0.row, $0.column] }
    }
}
