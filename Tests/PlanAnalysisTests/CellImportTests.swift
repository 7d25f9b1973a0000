import PlanModel
import Testing
@testable import PlanAnalysis

/// An observation with every String as its bytes and the value as its bits: equal only if
/// identical, where `==` would accept canonically equivalent text and -0 for 0.
private func exact(_ observation: Observation) -> String {
    let dimensions = observation.dimensions.map { "\(Array($0.key.utf8))=\(Array($0.value.utf8))" }.sorted()
    return "\(observation.date) \(Array(observation.metric.utf8)) \(observation.value.bitPattern) \(dimensions)"
}

/// Random CSV text made of the pieces that trip scanners: delimiters and line breaks in
/// quotes, `""`, text after a closing quote, quotes inside unquoted text, CR, CRLF, blank
/// lines, a missing last line break, and now and then an unclosed quote.
private func randomCSV(_ random: inout SeededRandom, delimiter: String) -> String {
    let pieces = ["a", "门店", "12,345", "\"", "\"\"", "\n", "\r\n", "\r", delimiter, " ", "¥1,200.00", "x\"y"]
    var text = ""
    for _ in 0..<random.below(40) {
        switch random.below(4) {
        case 0: text += "\"" + (0..<random.below(4)).map { _ in pieces[random.below(pieces.count)] }.joined() + "\""
        case 1: text += pieces[random.below(pieces.count)]
        case 2: text += delimiter
        default: text += "\n"
        }
    }
    return text
}

@Suite("Reading cells as bytes")
struct CellImportTests {
    @Test(arguments: 0..<300)
    func theScannerSplitsAsTheStringScannerDid(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let delimiter = [",", "\t", ";"][seed % 3]
        let text = randomCSV(&random, delimiter: delimiter)
        let expected = ReferenceImport.records(text, delimiter: UInt8(ascii: Unicode.Scalar(delimiter)!))
        do {
            let records = try CSVScanner.records(text, delimiter: UInt8(ascii: Unicode.Scalar(delimiter)!))
            #expect(expected.unclosed == nil && records == expected.records, "\(Array(text.utf8))")
        } catch {
            guard case let .unclosedQuote(record, _, _) = error else { return }
            #expect(record == expected.unclosed, "\(Array(text.utf8))")
        }
    }

    @Test func quotedCellsSpanLinesAndKeepTheirQuotes() throws {
        let text = "日期,备注,值\r\n2026-09-01,\"第一行\r\n第二行, 含逗号\",\"1,200\"\n2026-09-02,\"他说\"\"好\"\"\"x,3\n"
        let cells = try CSVScanner.cells(Array(text.utf8), delimiter: UInt8(ascii: ","))
        #expect(cells.recordCount == 3)
        #expect(cells.record(1) == ["2026-09-01", "第一行\r\n第二行, 含逗号", "1,200"])
        // Unescaped: `""` is a quote, and text after the closing quote is kept.
        #expect(cells.record(2) == ["2026-09-02", "他说\"好\"x", "3"])
    }

    @Test func tablesMadeOfStringsReadAsTheirCells() {
        let rows = [["日期", "值"], [], ["2026-09-01", ""], ["多\n行", "5"]]
        let cells = TableCells(rows: rows)
        #expect(cells.records() == rows)
        #expect(cells.isBlank(1) && cells.isBlank(2) == false)
        var table = CSVTable(header: ["日期", "值"], rows: [["2026-09-01", "5"]])
        #expect(table.rows == [["2026-09-01", "5"]])
        table.rows[0][1] = "6"
        #expect(table.rows == [["2026-09-01", "6"]])
    }

    @Test func theInternerNumbersDistinctBytesInOrder() {
        var interner = ByteInterner()
        let words = (0..<500).map { "门店\($0 % 200)" } + ["", " ", "门店1 "]
        var numbers: [String: Int] = [:]
        for word in words {
            let bytes = Array(word.utf8)
            let (number, isNew) = bytes.withUnsafeBufferPointer { interner.intern($0) }
            #expect(isNew == (numbers[word] == nil))
            #expect(number == numbers[word] ?? numbers.count)
            numbers[word] = number
        }
        #expect(interner.count == 203)
    }

    @Test(arguments: [false, true])
    func seenKeysKeepTheFirstOfEachKey(sparse: Bool) {
        var random = SeededRandom(seed: sparse ? 7 : 8)
        // Days thousands of years apart make the bitmap too big: the set takes over.
        let days = sparse ? -3_000_000...3_000_000 : 100...160
        var seen = SeenKeys(days: days, metrics: 3, combinations: 20, expected: 100)
        var reference: Set<[Int]> = []
        for _ in 0..<2000 {
            let key = [sparse ? [-3_000_000, 0, 3_000_000][random.below(3)] : 100 + random.below(61), random.below(3), random.below(20)]
            #expect(seen.insert(day: key[0], metric: key[1], combination: key[2]) == reference.insert(key).inserted)
        }
    }

    /// Keys fed as a stream does, days and combinations growing as they come (earlier days
    /// too), until the bitmap would outgrow the keys and the set takes over.
    @Test(arguments: [20, 4000, 200_000])
    func seenKeysGrowWithTheKeysMet(combinations: Int) {
        var random = SeededRandom(seed: UInt64(combinations))
        var seen = SeenKeys(metrics: 4)
        var reference: Set<[Int]> = []
        for step in 0..<6000 {
            let key = [500 - step / 20 + random.below(40), random.below(4), random.below(min(combinations, 1 + step * 3))]
            #expect(seen.insert(day: key[0], metric: key[1], combination: key[2]) == reference.insert(key).inserted)
        }
    }

    @Test func serialDatesReadByteByByteAsTheGeneralReaderReadsThem() {
        // A leading space keeps a cell off the fast paths, so the general reader answers it.
        for serial in [0, 1, 59, 60, 61, 62, 46266, 2_958_465, 2_958_466, 12_345_678] + (0..<200).map({ $0 * 14_791 }) {
            #expect(ActualsValue.date("\(serial)") == ActualsValue.date(" \(serial)"), "\(serial)")
            let bytes = Array("\(serial)".utf8)
            #expect(bytes.withUnsafeBufferPointer { ActualsValue.date(cell: $0) } == ActualsValue.date(" \(serial)"))
        }
        #expect(ActualsValue.date("0046266") == CivilDate("2026-09-01"))
        #expect(ActualsValue.date("46266", allowSerial: false) == nil)
    }

    @Test func blankCellsAreThoseThatTrimToNothing() {
        for text in ["", " ", "\u{3000}", "\u{A0}1", "1\u{FEFF}", "\u{2028}", " 1 ", "¥", "x\u{200B}"] {
            let bytes = Array(text.utf8)
            let blank = bytes.withUnsafeBufferPointer { ActualsValue.isBlank(cell: $0) }
            #expect(blank == ActualsValue.trimmed(text).isEmpty, "\(text.unicodeScalars.map(\.value))")
        }
    }
}

/// Random exports, wide and long, with every kind of cell the import rules name.
private func randomTable(_ random: inout SeededRandom, long: Bool) -> [[String]] {
    let dates = ["2026/9/1", "2026-09-02", "2026年9月3日", "2026.09.04", "46269", " 2026-09-01 ", "2026/13/1", "bad", "", "2026/9/1 13:45"]
    let channels = ["门店", " 门店", "社群 ", "e\u{301}", "\u{e9}", "", "私聊"]
    let numbers = ["12,345", "5.2%", "¥1,200.00", "1.2万", "(300)", "１２３", "abc", "", " ", "-", "7", "0.1", "3.5亿", "\u{3000}8"]
    let labels = ["访客数", " 订单数", "visitors", "客诉数", ""]
    let header = long ? ["日期", "指标", "数值", "渠道"] : ["日期", "渠道", "访客数", "门店", "订单数"]
    var rows = [header]
    for _ in 0..<random.below(60) {
        var row: [String]
        if long {
            row = [dates[random.below(dates.count)], labels[random.below(labels.count)], numbers[random.below(numbers.count)],
                   channels[random.below(channels.count)]]
        } else {
            row = [dates[random.below(dates.count)], channels[random.below(channels.count)], numbers[random.below(numbers.count)],
                   ["南京西路", "徐家汇"][random.below(2)], numbers[random.below(numbers.count)]]
        }
        if random.below(8) == 0 { row = Array(row.prefix(random.below(row.count + 1))) }
        rows.append(row)
    }
    return rows
}

private func csv(_ rows: [[String]]) -> String {
    rows.map { row in row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
        .joined(separator: "\n") + "\n"
}

@Suite("Importing cells as bytes")
struct CellImportEquivalenceTests {
    @Test(arguments: 0..<120)
    func importsAsTheStringImporterDid(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) + 1000)
        let rows = randomTable(&random, long: seed % 2 == 1)
        let metrics = [(id: "visitors", name: "访客数"), (id: "orders", name: "订单数")]
        let window: DateRange? = seed % 3 == 0 ? nil
            : DateRange(first: try #require(CivilDate("2026-09-02")), last: try #require(CivilDate("2026-09-30")))
        // Through the CSV reader (cells of the file's buffer) and through a sheet (cells laid out from Strings).
        let table = try CSVTable.read(Array(csv(rows).utf8))
        let sheet = SheetTable(header: table.header, rows: Array(rows.dropFirst()), headerRecord: 3, sheet: "日报")
        let mapping = try #require(ActualsMapping.infer(header: table.header, metrics: metrics))
        // (A row with no cells is one empty cell in CSV, so each is compared on the rows it has.)
        // A sheet's rows are as wide as its header (trailing empty cells are left out of a sheet).
        let paddedSheetRows = sheet.rows.map { $0 + Array(repeating: "", count: max(0, table.header.count - $0.count)) }
        for (candidate, candidateRows) in [(table as any ActualsTable, table.rows), (sheet, paddedSheetRows)] {
            let new = ActualsImporter(window: window).read(candidate, file: "x.csv", mapping: mapping)
            let old = ReferenceImport.read(header: table.header, rows: candidateRows, headerRecord: candidate.headerRecord,
                                           file: "x.csv", mapping: mapping, window: window)
            #expect(new.observations.map(exact) == old.observations.map(exact))
            #expect(new.report == old.report)
        }
    }
}
