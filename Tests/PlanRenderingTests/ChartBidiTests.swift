import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

@Suite("Bidi controls in charts (issue #13 defect 7)")
struct ChartBidiTests {
    /// Defect 7: a right-to-left override in a name reversed its label ("exe.jpg").
    @Test func chartsCarryNoBidiControl() throws {
        let chart = try ExportDefectPlan.chart()
        for (format, text) in [("svg", SVGRenderer().render(chart)), ("html", HTMLRenderer().render(chart))] {
            let bidi = text.unicodeScalars.filter(\.isBidiControl)
            #expect(bidi.isEmpty, "\(format)")
            #expect(text.contains("\u{FFFD}gpj.exe"), "\(format)")
            #expect(text.contains("B \u{FFFD}x\u{FFFD}"), "\(format)")
        }
    }
}
