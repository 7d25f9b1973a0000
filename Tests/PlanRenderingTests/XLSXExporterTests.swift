import Foundation
import PlanModel
import Testing
@testable import PlanRendering

/// The XLSX writer's own rules; openpyxl and LibreOffice read the whole workbook in
/// `Tests/interop/check_xlsx.py`.
@Suite("XLSX export")
struct XLSXExporterTests {
    @Test func textIsEscapedAsSpreadsheetMLWantsIt() {
        #expect(SpreadsheetText.escape("设计 & <b>") == "设计 &amp; &lt;b&gt;")
        #expect(SpreadsheetText.escape("响铃\u{07}") == "响铃_x0007_")
        #expect(SpreadsheetText.escape("ESC\u{1B}[31m") == "ESC_x001B_[31m")
        // A literal escape sequence keeps its meaning: its "_" is escaped itself.
        #expect(SpreadsheetText.escape("_x0041_ and _X00fF_") == "_x005F_x0041_ and _x005F_X00fF_")
        #expect(SpreadsheetText.escape("a_b _x12_ _x") == "a_b _x12_ _x")
        #expect(SpreadsheetText.escape("第一行\r\n第二行\t") == "第一行&#13;\n第二行\t")
        #expect(SpreadsheetText.escape("\u{FFFE}") == "_xFFFE_")
    }

    @Test func columnsAndSerialDays() {
        #expect([0, 25, 26, 51, 701, 702].map(XLSXSheet.columnName) == ["A", "Z", "AA", "AZ", "ZZ", "AAA"])
        // Excel shows 46266 as 2026-09-01.
        #expect(XLSXSheet.serial(CivilDate(year: 2026, month: 9, day: 1)!) == 46266)
    }

    @Test func predecessorsInMSProjectNotation() throws {
        let chart = try #require(TestPlans.chart(yaml: TestPlans.links))
        let plan = try #require(PlanLoader().load(bytes: Array(TestPlans.links.utf8), path: "chart.yaml").plan)
        let sheet = XLSXExporter().taskSheet(chart, plan: plan)
        var written: [String: String] = [:]
        for row in sheet.rows.dropFirst() {
            guard case .text(let id) = row.cells.last?.value else { continue }
            if let cell = row.cells.first(where: { $0.column == 6 }), case .text(let text) = cell.value { written[id] = text }
        }
        let number = String(try #require(chart.rows.firstIndex { $0.id == "a" }) + 1)
        #expect(written["b"] == number)
        #expect(written["c"] == "\(number)SS+2 个工作日")
        #expect(written["d"] == "\(number)FF")
        #expect(written["e"] == "\(number)SF")
        #expect(written["f"] == "\(number)FS-2 个工作日")
    }

    @Test func sameChartSameBytes() throws {
        let chart = try #require(TestPlans.hostile())
        let plan = try #require(PlanLoader().load(file: TestPlans.hostilePath).plan)
        let first = try XLSXExporter().render(chart, plan: plan)
        let second = try XLSXExporter().render(chart, plan: plan)
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func aMissingRendererNamesItsPackage() throws {
        let rasterizer = SVGRasterizer(environment: ["PATH": "/nonexistent"])
        do {
            _ = try rasterizer.render("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", as: .pdf, path: "plan.pdf", revision: nil)
            Issue.record("rendered without a renderer")
        } catch {
            #expect(error.id == .rendererMissing)
            #expect(error.message.contains("rsvg-convert") && error.hint.contains("librsvg2-bin"))
            // Each language on its own (the run prints one), not one line "中文 / English".
            #expect(error.text.zh.contains("没有找到") && !error.text.zh.contains("not found"))
            #expect(error.text.en.contains("not found") && !error.text.en.contains("没有找到"))
            #expect(error.hintText.zh.contains("安装 Debian 包 librsvg2-bin") && !error.hintText.en.contains("安装"))
        }
    }

    @Test func svgPixelSize() {
        let size = SVGRasterizer.pixelSize("<?xml?><svg xmlns=\"x\" width=\"1442\" height=\"980.5\" viewBox=\"0 0 1442 980.5\">")
        #expect(size?.width == 1442 && size?.height == 980.5)
        // Millimetres (--paper) at 96 px per inch: 254 mm is 960 px, so PNG pages get 2× too.
        let paper = SVGRasterizer.pixelSize("<svg width=\"254mm\" height=\"127mm\">")
        #expect(paper.map { abs($0.width - 960) < 1e-9 && abs($0.height - 480) < 1e-9 } == true)
        #expect(SVGRasterizer.pixelSize("<svg width=\"100%\" height=\"190mm\">") == nil)
    }
}
