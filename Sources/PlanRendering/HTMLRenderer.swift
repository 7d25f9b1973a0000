import PlanModel

/// One self-contained, interactive HTML page with the chart: no network access at all (no
/// CDN, no fonts to fetch), so a team can email it. The schedule travels as JSON inside the
/// page; a script draws the chart as SVG the way `SVGRenderer` does (same layout numbers,
/// same routing of links) and redraws it on zoom (day, week, month), when a phase is
/// collapsed, when a role is picked, and when the critical path is toggled. Hovering a bar
/// shows its details. Printing draws the current view as one chart, labels beside bars,
/// fitted to the page width, split into pages of whole rows with the header on each.
///
/// `#selftest` in the URL makes the page exercise its own controls and report the results
/// in `#selftest-result`, which the browser test reads.
public struct HTMLRenderer: Sendable {
    public init() {}

    /// - Complexity: O(rows + links + days).
    public func render(_ chart: GanttChart) -> String {
        let layout = GanttLayout(chart: chart)
        let title = XMLText.escape(GanttLayoutText.singleLine(chart.title))
        var out = "<!DOCTYPE html>\n<html lang=\"\(chart.text.htmlLang)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"cycleplan\">\n"
        out += "<title>\(title)</title>\n<style>\n\(HTMLRenderer.styles)</style>\n</head>\n<body>\n"
        // The chart fills the window: #page is the window's height, the chart its rest.
        out += "<div id=\"page\">\n"
        out += "<header><h1>\(title)</h1><span class=\"span\">\(chart.start) – \(chart.finish)</span></header>\n"
        out += HTMLRenderer.controls(chart, scale: layout.scale)
        out += HTMLRenderer.legend(chart)
        out += "<main id=\"gantt\" data-t-label=\"chart\" aria-label=\"\(chart.text.pick("甘特图", "Gantt chart"))\" style=\"--label:\(svgNumber(layout.labelWidth))px\"></main>\n</div>\n"
        out += "<div id=\"tip\" role=\"tooltip\" hidden></div>\n<div id=\"print\"></div>\n"
        if let map = HTMLRenderer.workloadMap(chart) { out += HTMLRenderer.workloadSection(map) }
        // Arrowheads for every chart the script draws, on screen and in print, defined once
        // outside both so neither hides them.
        out += "<svg class=\"defs\" aria-hidden=\"true\"><defs>"
        out += "<marker id=\"an\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#777\"/></marker>"
        out += SVGRenderer.pastPattern(id: "past")
        out += "<marker id=\"ac\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"\(GanttPalette.critical)\"/></marker>"
        out += "</defs></svg>\n"
        out += "<pre id=\"selftest-result\" hidden></pre>\n"
        out += "<script id=\"gantt-data\" type=\"application/json\">\(HTMLRenderer.embeddedJSON(chart, layout: layout))</script>\n"
        out += "<script>\n\(HTMLRenderer.script)</script>\n</body>\n</html>\n"
        return out
    }

    /// The legend as the page first shows it; the script rewrites it when a filter changes
    /// which roles color a bar.
    static func legend(_ chart: GanttChart) -> String {
        let text = chart.text
        var out = "<div class=\"legend\" id=\"legend\"><span><i style=\"border:2px solid \(GanttPalette.critical)\"></i>\(text.critical)</span>"
        out += "<span>◆ \(text.milestone)</span><span><i style=\"background:\(GanttPalette.phase);height:4px\"></i>\(text.phase)</span>"
        out += "<span><i style=\"background:\(GanttPalette.nonWorking);border:1px solid #ccc\"></i>\(text.nonWorking)</span>"
        out += marksLegend(chart)
        out += trackingLegend(chart)
        for role in chart.legendRoles {
            out += "<span class=\"role\"><i style=\"background:\(chart.roleColors[role.id] ?? GanttPalette.unassigned)\"></i>\(XMLText.escape(GanttLayoutText.singleLine(role.name)))</span>"
        }
        return out + "</div>\n"
    }

    /// The controls; their words come from `text.js` by `data-t` keys (中文 or English, as
    /// the page's language), written here too in the chart's language so the page reads
    /// before its script.
    static func controls(_ chart: GanttChart, scale: GanttOptions.Scale) -> String {
        let t = chart.text.pick
        var out = "<nav class=\"controls\">"
        out += "<span class=\"group\" role=\"group\" data-t-label=\"zoom\" aria-label=\"\(t("缩放", "Zoom"))\">"
        for (value, label) in [("day", t("日", "Day")), ("week", t("周", "Week")), ("month", t("月", "Month")), ("quarter", t("季", "Quarter"))] {
            out += "<button type=\"button\" data-scale=\"\(value)\" data-t=\"\(value)\"\(value == scale.rawValue ? " class=\"on\"" : "")>\(label)</button>"
        }
        out += "</span><label><input type=\"search\" id=\"search\" data-t-placeholder=\"searchPlaceholder\" placeholder=\"\(t("任务、角色或人员", "Task, role or person"))\" "
        out += "data-t-label=\"searchLabel\" aria-label=\"\(t("按任务名称、角色或人员搜索", "Search by task name, role or person"))\" autocomplete=\"off\"></label>"
        out += "<label><span data-t=\"phase\">\(t("阶段", "Phase"))</span> <select id=\"phase\"><option value=\"\" data-t=\"allPhases\">\(t("全部阶段", "All phases"))</option>"
        for row in chart.rows where row.kind == .phase {
            // An ideographic space in Chinese, two no-break spaces in English.
            let indent = String(repeating: chart.language == .zh ? "\u{3000}" : "\u{00A0}\u{00A0}", count: row.depth)
            out += "<option value=\"\(XMLText.escape(row.id))\">\(indent)\(XMLText.escape(GanttLayoutText.singleLine(GanttLayoutText.withoutBidiControls(row.name))))</option>"
        }
        out += "</select></label>"
        out += "<label><input type=\"checkbox\" id=\"critical\"> <span data-t=\"criticalOnly\">\(t("只看关键路径", "Critical path only"))</span></label>"
        out += "<label><span data-t=\"role\">\(t("角色", "Role"))</span> <select id=\"role\"><option value=\"\" data-t=\"all\">\(t("全部", "All"))</option>"
        for role in chart.roles {
            out += "<option value=\"\(XMLText.escape(role.id))\">\(XMLText.escape(GanttLayoutText.singleLine(role.name)))</option>"
        }
        out += "</select></label>"
        out += "<button type=\"button\" id=\"collapse-all\" data-t=\"collapseAll\">\(t("全部折叠", "Collapse all"))</button>"
        out += "<button type=\"button\" id=\"expand-all\" data-t=\"expandAll\">\(t("全部展开", "Expand all"))</button>"
        out += "<button type=\"button\" id=\"jump-today\" data-t=\"today\">\(t("回到今天", "Jump to today"))</button>"
        out += "<span class=\"group\" role=\"group\" data-t-label=\"downloadLabel\" aria-label=\"\(t("下载当前视图", "Download the current view"))\">"
        out += "<button type=\"button\" id=\"download-svg\" data-t=\"downloadSVG\">\(t("下载 SVG", "Download SVG"))</button>"
        out += "<button type=\"button\" id=\"download-png\" data-t=\"downloadPNG\">\(t("下载 PNG", "Download PNG"))</button></span>"
        out += "<output id=\"shown\" aria-live=\"polite\"></output>"
        out += "</nav>\n"
        return out
    }

    /// The chart as compact JSON, safe inside a `<script>` element: every `<` is written
    /// `\u003c`, so no text can close the element or open a comment. Texts the script would otherwise
    /// have to measure (wrapped targets, role notes, cut labels) come with their widths in
    /// display cells, computed here by the same rules as the SVG.
    static func embeddedJSON(_ chart: GanttChart, layout: GanttLayout) -> String {
        let span = chart.drawnSpan
        let origin = span.start.advanced(by: -7)
        func day(_ date: CivilDate) -> JSONValue { .int(origin.distance(to: date)) }
        let last = span.finish.advanced(by: 60)
        func offDays(_ calendar: CalendarSpec) -> JSONValue {
            var days: [JSONValue] = []
            var date = origin
            while date <= last {
                if !calendar.isWorkingDay(date) { days.append(day(date)) }
                date = date.advanced(by: 1)
            }
            return .array(days)
        }
        let nonWorking = offDays(chart.calendar)
        let names = Dictionary(chart.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows: [JSONValue] = chart.rows.enumerated().map { index, row in
            var fields: [(String, JSONValue)] = [
                ("id", .string(row.id)), ("name", .string(GanttLayoutText.withoutBidiControls(row.name))),
                ("kind", .string(row.kind == .phase ? "phase" : (row.kind == .milestone ? "milestone" : "task"))),
                ("depth", .int(row.depth)), ("parent", .optional(row.parent)),
                ("start", day(row.start)), ("end", day(row.kind == .milestone ? row.start : row.finish.advanced(by: 1))),
                ("startDate", .string(row.start.description)), ("finishDate", .string(row.finish.description)),
                ("workingDays", .int(row.workingDays)), ("totalFloat", .int(row.totalFloat)), ("critical", .bool(row.critical)),
                ("roles", .array(row.roles.map { .string($0) })), ("targets", .array(row.targets.map { .string($0) })),
                ("notes", .optional(row.notes)), ("leveledDelay", .int(row.leveledDelay)), ("delayedBy", .optional(row.delayedBy)),
            ]
            let (lines, truncated) = layout.labelLines(index)
            if lines.count > 1 { fields.append(("ll", .array(lines.map { .string($0) }))) } else if truncated { fields.append(("label", .string(lines[0]))) }
            if row.kind == .phase, !row.targets.isEmpty {
                fields.append(("tl", .array(GanttLayoutText.targetLines(row.targets, label: chart.text.targetsLabel).map { .array([.string($0), .int(DisplayWidth.of($0))]) })))
            }
            if row.kind == .task, !row.roles.isEmpty {
                let note = GanttLayout.roleNote(row.roles.map { names[$0] ?? $0 }, chart.text)
                fields.append(("rl", .array([.string(note), .int(DisplayWidth.of(note))])))
            }
            if !row.people.isEmpty { fields.append(("people", .array(row.people.map { .string(GanttLayoutText.withoutBidiControls($0)) }))) }
            if let member = row.memberCalendar, member > 0 { fields.append(("cal", .int(member))) }
            fields += markFields(row, text: chart.text, day: day)
            fields += trackingFields(row, language: chart.language, day: day)
            return .object(fields)
        }
        var members: [(String, JSONValue)] = [
            ("title", .string(GanttLayoutText.singleLine(chart.title))), ("origin", .string(origin.description)),
            ("scale", .string(layout.scale.rawValue)), ("labelWidth", .number(layout.labelWidth)),
            ("start", day(span.start)), ("finish", day(span.finish.advanced(by: 1))),
            ("today", chart.today.map(day) ?? .null), ("todayDate", .optional(chart.today?.description)),
            ("status", chart.tracking.map { day($0.asOf.advanced(by: 1)) } ?? .null), ("statusDate", .optional(chart.tracking?.asOf.description)),
            ("nonWorking", nonWorking), ("focusRole", .optional(chart.focusRole)),
            ("lane", .bool(layout.hasHolidayLane)), ("hol", .array(holidayFields(chart, day: day))),
            ("ban", .array(makeUpDays(chart, from: origin, through: last).map(day))),
            ("roles", .array(chart.roles.map { .object([("id", .string($0.id)), ("name", .string(GanttLayoutText.singleLine($0.name))), ("color", .string(chart.roleColors[$0.id] ?? GanttPalette.unassigned))]) })),
            ("rows", .array(rows)),
            ("links", .array(chart.links.map { link in
                .object([("from", .string(link.from)), ("to", .string(link.to)), ("kind", .string(link.kind.rawValue))] + (link.driving ? [("dr", .bool(true))] : []))
            })),
        ]
        // Plans on different calendars: each plan's days off, shaded behind its rows (`cal`).
        if !chart.memberCalendars.isEmpty { members.append(("cals", .array(chart.memberCalendars.map(offDays)))) }
        if let map = workloadMap(chart) { members.append(("workload", map.pageData())) }
        let value = JSONValue.object(members)
        let cells = chart.workload.map { $0.rows.count * $0.days } ?? 0
        let out = value.compactBytes(capacity: 400 * chart.rows.count + 4 * cells + 4096)
        return String(decoding: out, as: UTF8.self)
    }
}
