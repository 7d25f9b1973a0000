import PlanModel

/// Tracking in the HTML chart, drawn by the script from the same geometry as the SVG
/// (`GanttLayout+Tracking`): ghost bars and diamonds at the baseline, the done fill, late
/// marks, the status-date line; the tooltip's tracking lines come written from Swift.
extension HTMLRenderer {
    /// A row's tracking in the embedded JSON: `bs`/`be` its baseline days (end exclusive; a
    /// milestone's day in both), `pc` its share done, `late`, `tt` the tooltip's lines.
    static func trackingFields(_ row: GanttChart.Row, language: Language, day: (CivilDate) -> JSONValue) -> [(String, JSONValue)] {
        guard let progress = row.progress else { return [] }
        var fields: [(String, JSONValue)] = []
        if let first = progress.baselineStart, let last = progress.baselineFinish {
            fields += [("bs", day(row.kind == .milestone ? last : first)), ("be", day(row.kind == .milestone ? last : last.advanced(by: 1)))]
        }
        let share = progress.percentComplete.isFinite ? min(max(progress.percentComplete, 0), 1) : 0
        fields += [("pc", .number((share * 10_000).rounded() / 10_000)), ("late", .bool(progress.late)),
                   ("tt", .string(GanttLayout.trackingTip(row, language: language)))]
        return fields
    }

    static func trackingLegend(_ chart: GanttChart) -> String {
        guard chart.tracking != nil else { return "" }
        let text = chart.text
        let words = ["baseline": text.baseline, "donePart": text.donePart, "statusDate": text.statusDate, "slipped": text.slipped]
        return trackingLegendSwatches.map { "<span>\($0.swatch)\(words[$0.key] ?? "")</span>" }.joined()
    }

    /// The tracking legend's swatches and the `text.js` keys of their words: the page's first
    /// legend takes the words from `GanttText`, the script's redrawn one from its `T` table.
    static let trackingLegendSwatches: [(swatch: String, key: String)] = [
        ("<i style=\"background:\(GanttPalette.baseline);height:3px\"></i>", "baseline"),
        ("<i style=\"background:linear-gradient(90deg,#555 55%,#bbb 55%)\"></i>", "donePart"),
        ("<i style=\"width:2px;background:\(GanttPalette.statusDate)\"></i>", "statusDate"),
        ("<i style=\"width:6px;height:6px;border-radius:3px;background:\(GanttPalette.late)\"></i>", "slipped"),
    ]

    /// `tracking.js` with its `__NAME__` placeholders (valid JavaScript identifiers, or text
    /// inside a string) filled from the palette and the layout, so the colors and sizes have
    /// one source with the SVG.
    static let scriptTracking = filling(EmbeddedAssets.text("gantt/tracking.js"), [
        "__REMAINING_OPACITY__": "\(GanttPalette.remainingOpacity)",
        "__GHOST_OFFSET__": svgNumber(GanttLayout.ghostOffset),
        "__GHOST_HEIGHT__": svgNumber(GanttLayout.ghostHeight),
        "__BASELINE_COLOR__": GanttPalette.baseline,
        "__LATE_COLOR__": GanttPalette.late,
        "__STATUS_DATE_COLOR__": GanttPalette.statusDate,
        "__TRACKING_LEGEND__": "(" + trackingLegendSwatches.map { jsString("<span>" + $0.swatch) + " + T.\($0.key) + '</span>'" }.joined(separator: " + ") + ")",
    ])


    /// `template` with each placeholder replaced by its value; every placeholder must occur
    /// (a renamed one would otherwise reach the page unfilled).
    static func filling(_ template: String, _ values: [String: String]) -> String {
        var out = template
        for (placeholder, value) in values.sorted(by: { $0.key < $1.key }) {
            precondition(out.contains(placeholder), "\(placeholder) is missing from the script")
            out = out.replacingOccurrences(of: placeholder, with: value)
        }
        return out
    }

    /// A JavaScript string literal of plain ASCII-and-CJK text without quotes' surprises.
    static func jsString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
