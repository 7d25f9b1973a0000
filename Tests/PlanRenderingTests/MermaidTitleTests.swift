import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

@Suite("Mermaid title (issue #13 defect 5)")
struct MermaidTitleTests {
    /// Defect 5: Mermaid sanitises its title (only), so `&` showed as "&amp;" and a
    /// `<script>` title vanished; entity codes pass through and are decoded at the end.
    @Test func mermaidTitleIsEscapedLikeNames() throws {
        let chart = try ExportDefectPlan.chart()
        #expect(MermaidExporter().render(chart).contains("\n    title A #38; B #60;script#62;x#60;/script#62;\n"))
    }
}
