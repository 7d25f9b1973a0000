import PlanModel
import PlanScheduling

extension HTMLRenderer {
    /// Draws the workload map from the page's data when the reader scrolls to it.
    static let scriptWorkload = EmbeddedAssets.text("gantt/workload.js")

    /// The workload map under the chart, as `cycleplan load -o x.svg` draws it, or `nil`
    /// when the chart has none.
    static func workloadMap(_ chart: GanttChart) -> WorkloadChart? {
        guard let workload = chart.workload, workload.days > 0 else { return nil }
        return WorkloadChart(workload: workload, title: chart.text.pick("负荷", "Workload"), language: chart.language)
    }

    /// The workload section under the chart: empty, at the map's height, until `workload.js`
    /// draws the map into it from the page's data (`workload`, `WorkloadChart.pageData()`)
    /// when the reader scrolls to it. Parsed with the page, a year of twenty roles (some
    /// 30,000 elements) held the chart's first paint back by a second; carried as SVG text,
    /// ten years (80,000 cells, 8 MB) still took half a second to read.
    static func workloadSection(_ map: WorkloadChart) -> String {
        // On screen only: the printed pages are the chart's own (their count is checked).
        var out = "<style>#workload{overflow-x:auto;padding:8px 16px}@media print{#workload{display:none}}</style>\n"
        out += "<section id=\"workload\" aria-label=\"\(XMLText.escape(map.title))\" style=\"min-height:\(map.height)px\"></section>\n"
        return out
    }
}
