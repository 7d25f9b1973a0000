import Foundation
import PlanModel
import Testing
@testable import PlanAnalysis

@Suite("Reading exports")
struct ImportTests {
    @Test(arguments: [
        ("12,345", 12_345.0), ("5.2%", 0.052), ("¥1,200.00", 1_200), ("1.2万", 12_000), ("(300)", -300),
        ("  42  ", 42), ("１２３", 123), ("3.5亿", 350_000_000), ("1200元", 1_200), ("-7.5", -7.5),
    ])
    func numbers(_ text: String, _ value: Double) {
        let parsed = ActualsValue.number(text)
        #expect(parsed.map { abs($0 - value) < 1e-9 * max(1, abs(value)) } == true, "\(text) → \(String(describing: parsed))")
    }

    @Test(arguments: ["", "-", "abc", "12..3", "N/A", "1,2.3,4"])
    func notNumbers(_ text: String) {
        #expect(ActualsValue.number(text) == nil)
    }

    @Test func dates() {
        #expect(ActualsValue.date("2026-09-01") == CivilDate("2026-09-01"))
        #expect(ActualsValue.date("2026/9/1") == CivilDate("2026-09-01"))
        #expect(ActualsValue.date("2026年9月1日") == CivilDate("2026-09-01"))
        #expect(ActualsValue.date("2026.09.01") == CivilDate("2026-09-01"))
        #expect(ActualsValue.date("2026/9/1 13:45:00") == CivilDate("2026-09-01"))
        // Excel serials: 46266 is 2026-09-01; 61 is 1900-03-01 (Excel's phantom 1900-02-29 is 60).
        #expect(ActualsValue.date("46266") == CivilDate("2026-09-01"))
        #expect(ActualsValue.date("61") == CivilDate("1900-03-01"))
        #expect(ActualsValue.date("1") == CivilDate("1900-01-01"))
        #expect(ActualsValue.date("46266", allowSerial: false) == nil)
        #expect(ActualsValue.date("2026/2/30") == nil)
        #expect(ActualsValue.date("九月一日") == nil)
    }

    @Test func decodingFindsTheEncoding() throws {
        let utf8 = Array("日期,访客数\n2026-09-01,100\n".utf8)
        #expect(TextDecoding.decode(utf8)?.encoding == .utf8)
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + utf8)?.text.hasPrefix("日期") == true)
        let gb18030: [UInt8] = [0xC8, 0xD5, 0xC6, 0xDA, 0x2C, 0xB7, 0xC3, 0xBF, 0xCD, 0xCA, 0xFD, 0x0A]
        let decoded = try #require(TextDecoding.decode(gb18030))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "日期,访客数\n")
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("日期".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(TextDecoding.decode(utf16)?.text == "日期")
    }

    @Test func delimitersAreSniffed() {
        #expect(DelimiterSniffer.sniff("a,b,c\n1,2,3\n") == ",")
        #expect(DelimiterSniffer.sniff("a;b;c\n1;\"2,5\";3\n") == ";")
        #expect(DelimiterSniffer.sniff("日期\t渠道\t访客数\n2026-09-01\t门店\t1,200\n") == "\t")
    }

    @Test func tablesKeepQuotedFieldsAndDropTrailingBlankLines() throws {
        let text = "\u{FEFF}日期,渠道,访客数,成交额\n2026/9/1,门店,\"12,345\",\"¥1,200.00\"\n2026/9/2,\"社群, 私聊\",\"1.2万\",\n\n"
        let table = try CSVTable.read(Array(text.utf8))
        #expect(table.header == ["日期", "渠道", "访客数", "成交额"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0][2] == "12,345")
        #expect(table.rows[1][1] == "社群, 私聊")
        #expect(ActualsValue.number(table.rows[1][2]) == 12_000)
        #expect(table.delimiter == ",")
        #expect(throws: CSVTable.Failure.empty) { try CSVTable.read(Array("\n\n".utf8)) }
        #expect(throws: CSVTable.Failure.undecodable) { try CSVTable.read([0xFF, 0x00, 0x81]) }
    }
}

@Suite("CSV scanner")
struct CSVScannerTests {
    @Test func quotesLineBreaksAndLineEnds() throws {
        let text = "a,b,c\r\n1,\"x, \"\"y\"\"\",\"多\n行\"\n,,\n\"\",2,3"
        let records = try CSVScanner.records(text, delimiter: UInt8(ascii: ","))
        #expect(records == [["a", "b", "c"], ["1", "x, \"y\"", "多\n行"], ["", "", ""], ["", "2", "3"]])
    }

    @Test func otherDelimitersAndUnclosedQuotes() throws {
        #expect(try CSVScanner.records("日期\t值\n2026-09-01\t5\n", delimiter: 0x09) == [["日期", "值"], ["2026-09-01", "5"]])
        // The place is where the quote opened: record 2, its first cell, line 2.
        #expect(throws: CSVScanner.Failure.unclosedQuote(record: 2, column: 1, line: 2)) {
            try CSVScanner.records("a,b\n\"open,2\n3,4\n", delimiter: UInt8(ascii: ","))
        }
        #expect(throws: CSVScanner.Failure.unclosedQuote(record: 3, column: 2, line: 4)) {
            try CSVScanner.records("a,b\n\"x\ny\",2\n1,\"open\n3,4\n", delimiter: UInt8(ascii: ","))
        }
    }
}

@Suite("XLSX")
struct XLSXTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/cycle-review/actuals.xlsx")

    @Test func theExampleWorkbookReadsLikeItsCSV() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.example))
        let table = try XLSXReader.read(bytes)
        #expect(table.sheet == "日报")
        // The merged title row is skipped: the header is the second row.
        #expect(table.headerRecord == 2)
        #expect(table.header.prefix(3) == ["日期", "渠道", "分组"])
        #expect(table.rows.count == 186)
        // Date cells come out as dates, numbers as numbers.
        #expect(table.rows[0][0] == "2026-12-01")
        #expect(ActualsValue.number(table.rows[0][4]) != nil)
        #expect(throws: XLSXReader.Failure.noSuchSheet("汇总", available: ["日报"])) { try XLSXReader.read(bytes, sheet: "汇总") }
    }

    @Test func notAWorkbookIsAFailureNotACrash() {
        #expect(throws: XLSXReader.Failure.self) { try XLSXReader.read(Array("日期,值\n".utf8)) }
    }

    @Test func cellReferences() throws {
        #expect(try CellReference(parsing: "A1") == CellReference(row: 0, column: 0))
        #expect(try CellReference(parsing: "BC12") == CellReference(row: 11, column: 54))
        #expect(try CellReference(parsing: "XFD1048576") == CellReference(row: 1_048_575, column: 16_383))
        #expect(CellReference(row: 11, column: 54).description == "BC12")
        #expect(throws: CellReference.Problem.malformed) { try CellReference(parsing: "12") }
        #expect(throws: CellReference.Problem.malformed) { try CellReference(parsing: "A0") }
        #expect(throws: CellReference.Problem.beyondLimits) { try CellReference(parsing: "XFE1") }
        #expect(throws: CellReference.Problem.beyondLimits) { try CellReference(parsing: "A1048577") }
        // Digits and letters that would overflow an Int are counted only up to the limits.
        #expect(throws: CellReference.Problem.beyondLimits) { try CellReference(parsing: "A" + String(repeating: "9", count: 40)) }
        #expect(throws: CellReference.Problem.beyondLimits) { try CellReference(parsing: String(repeating: "Z", count: 40) + "1") }
    }
}
