import PlanModel
import PlanScheduling

extension HTMLRenderer {
    /// Turns the inert workload text into SVG when the reader scrolls to it.
    static let scriptWorkload = EmbeddedAssets.text("gantt/workload.js")

    /// The workload section under the chart, as `cycleplan load -o x.svg` draws it. The map
    /// travels as the text of a `<script type="text/html">`, which the browser neither parses
    /// into elements nor lays out until `workload.js` inserts it: a year of twenty roles is
    /// some 30,000 elements, which held the chart's first paint back by a second. The section
    /// keeps the map's height meanwhile.
    static func workloadSection(_ workload: Workload, chart: GanttChart) -> String {
        let heading = chart.text.pick("负荷", "Workload")
        let map = WorkloadChart(workload: workload, title: heading, language: chart.language)
        let svg = map.svg()
        // On screen only: the printed pages are the chart's own (their count is checked).
        var out = "<style>#workload{overflow-x:auto;padding:8px 16px}@media print{#workload{display:none}}</style>\n"
        out += "<section id=\"workload\" aria-label=\"\(heading)\""
        if let inert = inertText(svg) {
            out += " style=\"min-height:\(map.height)px\">\n<script type=\"text/html\" id=\"workload-svg\">\(inert)</script>"
        } else {
            out += ">\n" + svg
        }
        return out + "</section>\n"
    }

    /// Markup a script element can carry as raw text, or `nil` when it holds something that
    /// would end or change the element's text early (our SVG escapes every `<` of a name, so
    /// only a future change could bring one; the map is then inlined as before).
    static func inertText(_ markup: String) -> String? {
        let lowered = markup.lowercased()
        return lowered.contains("</script") || lowered.contains("<!--") ? nil : markup
    }
}
