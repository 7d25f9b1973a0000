import Foundation
import PlanModel
import Testing
@testable import PlanAnalysis

/// Every way an actuals file is refused (the XLSX and CSV readers' failures, and the
/// `ActualsLoadError` that carries them) is said wholly in each language: the 中文 text holds
/// no English sentence and the English no Chinese, with the same id and place in both.
@Suite("actuals files refused in one language")
struct LoadFailureLanguageTests {
    static let header = XLSXHostileTests.header

    /// Workbooks each reader refuses, from the archive to the sheet's cells.
    static func brokenWorkbooks() throws -> [[UInt8]] {
        let zipped = try WorkbookFixture(rows: header + XLSXHostileTests.row(2, "2026-09-01", "5")).zipped()
        var utf8 = Array(#"<worksheet><sheetData><row r="1"><c rX="A1"/></row></sheetData></worksheet>"#.utf8)
        utf8[utf8.firstIndex(of: UInt8(ascii: "X"))!] = 0xFF
        let cases = try [
            #"<row r="0"><c t="str"><v>x</v></c></row>"#,
            #"<row r="3"><c t="str"><v>x</v></c></row><row r="2"><c t="str"><v>y</v></c></row>"#,
            #"<row r="2"><c r="B2" t="str"><v>x</v></c><c r="A2" t="str"><v>y</v></c></row>"#,
            #"<row r="2"><c r="A5" t="str"><v>x</v></c></row>"#,
            #"<row r="2"><c r="ZZZZZZ2" t="str"><v>x</v></c></row>"#,
            #"<row r="1048576"><c t="str"><v>x</v></c></row><row><c t="str"><v>y</v></c></row>"#,
            #"<row r="2"><c r="A2" t="str"><v>x</v></c></row><row r="2"#,
        ].map { try WorkbookFixture(rows: header + $0, sheetName: "Daily").zipped() }
        return [Array("not a workbook".utf8), [0x50, 0x4B, 3, 4], [0xD0, 0xCF, 0x11, 0xE0] + Array(repeating: 0, count: 60),
                Array(zipped.prefix(zipped.count / 2)), try WorkbookFixture(sheet: utf8).zipped(),
                try WorkbookFixture(rows: #"<row r="1"><c t="str"><v>a</v></c></row>"#, sheetName: "Daily").zipped()] + cases
    }

    static func expectOneLanguage(_ text: Bilingual, _ what: String = "") {
        #expect(LanguageCheck.englishPhrase(in: text.zh) == nil, "中文 \(what): \(text.zh)")
        #expect(LanguageCheck.chinese(in: text.en) == nil, "English \(what): \(text.en)")
        #expect(text.zh != text.en)
    }

    @Test func workbookFailuresAreSaidInEachLanguage() throws {
        var kinds = Set<String>()
        for (index, bytes) in try Self.brokenWorkbooks().enumerated() {
            do {
                _ = try XLSXReader.read(bytes)
                Issue.record("read: workbook \(index)")
            } catch {
                Self.expectOneLanguage(error.text)
                kinds.insert(String("\(error)".prefix(12)))
            }
        }
        Self.expectOneLanguage(XLSXReader.Failure.noSuchSheet("sum", available: (1...30).map { "s\($0)" }).text)
        // Archive, entry, XML and sheet failures are all among them.
        #expect(kinds.count >= 3, "\(kinds)")
    }

    @Test func csvFailuresAreSaidInEachLanguage() {
        let failures: [CSVTable.Failure] = [.undecodable, .empty, .unclosedQuote(record: 3, column: 2, line: 3),
                                            .mixedEncoding(offset: 40, line: 3, byte: 0xC3, likely: "GBK/GB18030")]
        for failure in failures { Self.expectOneLanguage(failure.text, "\(failure)") }
    }

    /// Through the loader, as `review`, `status --actuals` and `actuals import` meet them.
    @Test func loadErrorsKeepTheirIDAndPlaceInEachLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files: [(String, [UInt8])] = [
            ("quote.csv", Array("date,visits\n2026-09-01,5\n2026-09-02,\"6\n".utf8)),
            ("nodate.csv", Array("when,visits\n1,5\n".utf8)),
            ("bad.xlsx", Array("not a zip".utf8)),
            ("mixed.csv", Array("日期,渠道,老客数\n2026-09-01,门店,5\n".utf8)
                + [0x32, 0x30, 0x32, 0x36, 0x2D, 0x30, 0x39, 0x2D, 0x30, 0x32, 0x2C, 0xC3, 0xC5, 0xB5, 0xEA, 0x2C, 0x36, 0x0A]),
            ("folder", []),
        ]
        let plan = try ImportAccountingTests.plan()
        var ids = Set<String>()
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            if name == "folder" { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } else { try Data(bytes).write(to: url) }
            do {
                _ = try ActualsLoader(plan: plan).load([url.path], window: nil)
                Issue.record("loaded \(name)")
            } catch {
                ids.insert(error.id)
                let zh = error.rendered(in: .zh), en = error.rendered(in: .en)
                #expect(zh.hasPrefix("\(error.place): 错误: [\(error.id)] ") && en.hasPrefix("\(error.place): error: [\(error.id)] "))
                #expect(zh.contains("\n  提示: ") && en.contains("\n  hint: "))
                let body = { (text: String) in String(text.dropFirst(error.place.count)) }
                Self.expectOneLanguage(Bilingual(zh: body(zh), en: body(en)), name)
            }
        }
        #expect(ids == ["actuals_unreadable", "actuals_not_a_table", "actuals_no_date_column", "actuals_mixed_encoding"])
    }

    @Test func commandLineMappingAndFormatErrorsAreSaidInEachLanguage() throws {
        let metrics = try ImportAccountingTests.plan().metrics
        var errors: [Bilingual] = []
        for (columns, metric, value) in [(["x=orderz"], nil, nil), (["novalue"], nil, nil), ([], "指标", nil)] as [([String], String?, String?)] {
            do {
                _ = try ActualsSpec.commandLine(dateColumn: nil, metricColumn: metric, valueColumn: value, columns: columns, dimensions: [], metrics: metrics)
            } catch {
                errors.append(error.text)
            }
        }
        #expect(errors.count == 3)
        #expect(errors.first?.en.contains("did you mean 'orders'?") == true && errors.first?.zh.contains("是否想写 'orders'？") == true)
        for format in ["pdf", nil] as [String?] {
            do { _ = try ReviewFormat.choose(format: format, output: "review.pdf") } catch { errors.append(error.text) }
        }
        #expect(errors.count == 5)
        for error in errors { Self.expectOneLanguage(error) }
    }

    @Test func templateRefusalsAreSaidInEachLanguage() {
        var errors: [Bilingual] = []
        do { _ = try TemplateInstantiator().instantiate(template: "nope", fileName: "x.yaml", id: "x", start: nil) } catch { errors.append(error.text) }
        do { _ = try TemplateInstantiator.fileName(for: "../x", id: nil) } catch { errors.append(error.text) }
        do { _ = try TemplateInstantiator.fileName(for: "我的计划", id: nil) } catch { errors.append(error.text) }
        do { _ = try TemplateInstantiator.fileName(for: "x", id: "9bad") } catch { errors.append(error.text) }
        errors.append(TemplateInstantiator.Failure.brokenTemplate(Bilingual(zh: "缺少 cycle.yaml", en: "cycle.yaml is missing")).text)
        errors.append(TemplateInstantiator.WriteFailure.exists("x.yaml").text)
        #expect(errors.count == 6)
        for error in errors { Self.expectOneLanguage(error) }
    }
}
