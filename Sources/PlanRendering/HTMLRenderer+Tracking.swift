import PlanModel

/// Tracking in the HTML chart, drawn by the script from the same geometry as the SVG
/// (`GanttLayout+Tracking`): ghost bars and diamonds at the baseline, the done fill, late
/// marks, the status-date line; the tooltip's tracking lines come written from Swift.
extension HTMLRenderer {
    /// A row's tracking in the embedded JSON: `bs`/`be` its baseline days (end exclusive; a
    /// milestone's day in both), `pc` its share done, `late`, `tt` the tooltip's lines.
    static func trackingFields(_ row: GanttChart.Row, day: (CivilDate) -> JSONValue) -> [(String, JSONValue)] {
        guard let progress = row.progress else { return [] }
        var fields: [(String, JSONValue)] = []
        if let first = progress.baselineStart, let last = progress.baselineFinish {
            fields += [("bs", day(row.kind == .milestone ? last : first)), ("be", day(row.kind == .milestone ? last : last.advanced(by: 1)))]
        }
        let share = progress.percentComplete.isFinite ? min(max(progress.percentComplete, 0), 1) : 0
        fields += [("pc", .number((share * 10_000).rounded() / 10_000)), ("late", .bool(progress.late)),
                   ("tt", .string(GanttLayout.trackingTip(row)))]
        return fields
    }

    static func trackingLegend(_ chart: GanttChart) -> String {
        chart.tracking == nil ? "" : trackingLegendText
    }

    static let scriptTracking = #"""
        var REMAINING = \#(GanttPalette.remainingOpacity), GHOST_Y = \#(svgNumber(GanttLayout.ghostOffset)), GHOST_H = \#(svgNumber(GanttLayout.ghostHeight));

        /// The baseline under a bar, or a hollow diamond where a slipped milestone was due.
        function ghostSVG(L, row, g) {
          if (row.bs === undefined) { return ''; }
          if (row.kind === 'milestone') {
            if (row.bs === row.start) { return ''; }
            var cx = L.x(row.bs) + L.dw / 2, cy = g.top + ROW / 2;
            return '<path class="ghost" d="M' + cx + ',' + (cy - 6) + ' l6,6 l-6,6 l-6,-6 z" fill="#FFF" stroke="\#(GanttPalette.baseline)" stroke-width="1.5"/>';
          }
          var s = L.x(row.bs), e = Math.max(L.x(row.be), s + MINBAR);
          return '<rect class="ghost" x="' + (s + 0.5) + '" y="' + (g.top + GHOST_Y) + '" width="' + Math.max(e - s - 1, 3) + '" height="' + GHOST_H + '" fill="\#(GanttPalette.baseline)"/>';
        }

        /// The done part of a task's bar in full color, and the late mark beside its end.
        function progressSVG(L, row, g) {
          if (row.pc === undefined) { return ''; }
          var out = '';
          if (row.kind === 'task' && row.pc > 0) {
            var end = g.s + (g.e - g.s) * row.pc;
            out += '<rect class="done" x="' + (g.s + 0.5) + '" y="' + (g.top + 5) + '" width="' + Math.max(end - g.s - 1, 1) + '" height="12" rx="2" fill="' + (colors[colorRole(row)] || '#8C8C8C') + '"/>';
          }
          if (row.late && row.kind !== 'phase') { out += '<circle class="late" cx="' + (g.e + 5) + '" cy="' + (g.top + 6) + '" r="3" fill="\#(GanttPalette.late)"/>'; }
          return out;
        }

        function statusSVG(L, y0, y1) {
          if (L.status === undefined) { return ''; }
          return '<line class="status-date" pointer-events="none" x1="' + L.status + '" y1="' + y0 + '" x2="' + L.status + '" y2="' + y1 + '" stroke="\#(GanttPalette.statusDate)" stroke-width="1.5"/>';
        }

        function statusLabelSVG(L) {
          if (L.status === undefined) { return ''; }
          var fits = L.status - 100 >= 0;
          return '<text class="status-date" x="' + (fits ? L.status - 3 : L.status + 3) + '" y="' + (L.head - 5) + '" text-anchor="' + (fits ? 'end' : 'start') + '" font-size="10" fill="\#(GanttPalette.statusDate)">状态日期 ' + esc(data.statusDate) + '</text>';
        }

        function trackingLegendHTML() {
          return data.status === null ? '' : \#(jsString(trackingLegendText));
        }

        """#

    static let trackingLegendText = "<span><i style=\"background:\(GanttPalette.baseline);height:3px\"></i>基线</span>"
        + "<span><i style=\"background:linear-gradient(90deg,#555 55%,#bbb 55%)\"></i>已完成部分</span>"
        + "<span><i style=\"width:2px;background:\(GanttPalette.statusDate)\"></i>状态日期</span>"
        + "<span><i style=\"width:6px;height:6px;border-radius:3px;background:\(GanttPalette.late)\"></i>延误</span>"

    /// A JavaScript string literal of plain ASCII-and-CJK text without quotes' surprises.
    static func jsString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
