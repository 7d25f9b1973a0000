import Foundation
import Testing
@testable import PlanRendering

/// The page's search box, phase picker, jump-to-today and download buttons as the renderer
/// writes them (their behavior is tested in Tests/js and, in Chromium, check_page.py).
@Suite("HTML page controls")
struct HTMLPageControlsTests {
    @Test func thePhasePickerListsTheShownPhasesIndentedAndEscaped() throws {
        let chart = try #require(TestPlans.chart(yaml: """
        cycleplan: 1
        id: p
        title: t
        start: 2027-03-01
        roles: {ops: {name: 运营, headcount: 1}}
        phases:
          - id: a
            name: "A <b> & \\"c\\""
            phases:
              - id: a1
                name: 子阶段
                tasks: [{id: x, name: X, role: ops, duration: 2d}]
          - id: b
            name: B
            tasks: [{id: y, name: Y, role: ops, duration: 1d, after: x}]
        """))
        let page = HTMLRenderer().render(chart)
        let range = try #require(page.range(of: #"<select id="phase">.*?</select>"#, options: .regularExpression))
        #expect(String(page[range]) == #"<select id="phase"><option value="" data-t="allPhases">全部阶段</option>"#
            + #"<option value="a">A &lt;b&gt; &amp; &quot;c&quot;</option><option value="a1">　子阶段</option><option value="b">B</option></select>"#)
        for id in ["search", "jump-today", "download-svg", "download-png", "shown"] { #expect(page.contains("id=\"\(id)\""), "\(id)") }
        // The chart fills the window inside #page; the workload, when any, follows it.
        #expect(page.contains("<div id=\"page\">\n<header>"))
    }

    @Test func everyWordKeyThePageUsesIsInTheTextTable() throws {
        let chart = try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign")))
        let page = HTMLRenderer().render(chart)
        let table = try #require(EmbeddedAssets.files["gantt/text.js"])
        let zhStart = try #require(table.range(of: "zh: {"))
        let enStart = try #require(table.range(of: "en: {"))
        let zh = String(table[zhStart.upperBound..<enStart.lowerBound])
        // The markup before the scripts (text.js's own comments name a key too).
        let markup = page[..<(try #require(page.range(of: "<script")).lowerBound)]
        let keys = markup.matches(of: /data-t(?:-placeholder|-label|-title)?="([a-zA-Z]+)"/).map { String($0.1) }
        #expect(keys.count >= 15)
        for key in Set(keys) { #expect(zh.contains("\(key): "), "\(key) is missing from text.js") }
    }

    @Test func namedPeopleTravelWithTheirTasksForTheSearch() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PlanModelTests/Fixtures/valid/team_calendars.yaml").path
        let chart = try #require(TestPlans.chart(file: path))
        #expect(chart.rows.first { $0.id == "banner" }?.people == ["小王"])
        #expect(chart.rows.first { $0.id == "recap" }?.people == [])
        let page = HTMLRenderer().render(chart)
        #expect(page.contains(#""people":["小王"]"#))
        #expect(page.components(separatedBy: #""people":"#).count == 2)
    }
}
