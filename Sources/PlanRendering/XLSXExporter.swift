import PlanModel

/// The chart as an Excel workbook (`-o plan.xlsx`) for colleagues who live in Excel or MS
/// Project: a task sheet in MS Project's column layout, a Gantt sheet of coloured day or
/// week cells, and the legend. Every date and number is a typed cell under a number
/// format, so it sorts, filters and sums; text is shared and escaped (`SpreadsheetText`).
public struct XLSXExporter: Sendable {
    public init() {}

    static let dateFormat = "yyyy-mm-dd"
    /// Working days as MS Project shows them in each language: "5 个工作日", "5 days".
    static func daysFormat(_ text: GanttText) -> String { text.pick("0\" 个工作日\"", "0\" days\"") }
    static let header = XLSXStyle(bold: true, fill: "#DDE3EA", border: [.bottom], borderColor: "#7F8FA6")

    /// - Throws: when zipping fails (it writes to memory, so in practice never).
    /// - Complexity: O(rows × time columns) for the Gantt sheet, O(rows + links) for the rest.
    public func render(_ chart: GanttChart, plan: Plan) throws -> [UInt8] {
        var workbook = XLSXWorkbook()
        workbook.add(taskSheet(chart, plan: plan))
        workbook.add(ganttSheet(chart))
        workbook.add(legendSheet(chart))
        return try workbook.package()
    }

    /// MS Project's entry table: 标识号, WBS, 名称, 工期, 开始, 完成, 前置任务 (its 标识号 with the
    /// link type and lag, as MS Project writes them: `3`, `5SS+2 个工作日`), 角色 (names, with
    /// the units beside them when not one: `设计[200%]`), 期限, 总可宽延时间, 关键, 目标 and the
    /// plan's own id, so rows can be matched after editing. In English, the English MS
    /// Project's headers (ID, WBS, Name, Duration, Start, Finish, Predecessors, Resource Names,
    /// Deadline, Total Slack, Critical) and `5FS+2 days`.
    func taskSheet(_ chart: GanttChart, plan: Plan) -> XLSXSheet {
        let text = chart.text
        let daysFormat = Self.daysFormat(text)
        var sheet = XLSXSheet(name: text.pick("任务", "Tasks"))
        let titles = text.zh ? ["标识号", "WBS", "名称", "工期", "开始", "完成", "前置任务", "角色", "期限", "总可宽延时间", "关键", "目标", "计划编号"]
            : ["ID", "WBS", "Name", "Duration", "Start", "Finish", "Predecessors", "Resource Names", "Deadline", "Total Slack", "Critical", "Targets", "Plan ID"]
        sheet.append(titles.enumerated().map { XLSXSheet.Cell(column: $0, value: .text($1), style: Self.header) }, height: 20)
        sheet.frozenRows = 1
        sheet.frozenColumns = 3
        sheet.autoFilter = (1, titles.count)
        sheet.fitToWidth = true
        var number: [String: Int] = [:]
        for (index, row) in chart.rows.enumerated() { number[row.id] = index + 1 }
        var incoming: [String: [GanttChart.Link]] = [:]
        for link in chart.links { incoming[link.to, default: []].append(link) }
        let outline = chart.outlineNumbers
        let roleNames = Dictionary(plan.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let deadlines = Self.deadlines(plan)
        var nameWidth = 12
        for (index, row) in chart.rows.enumerated() {
            let summary = row.kind == .phase
            let plain = XLSXStyle(bold: summary)
            let centered = XLSXStyle(bold: summary, alignment: .center)
            let deadline = deadlines[row.id]
            let late = deadline.map { row.finish > $0 } ?? false
            var cells: [XLSXSheet.Cell] = [
                .init(column: 0, value: .number(Double(index + 1)), style: centered),
                .init(column: 1, value: .text(outline[row.id] ?? ""), style: plain),
                .init(column: 2, value: .text(row.name), style: XLSXStyle(bold: summary, indent: row.depth)),
                .init(column: 3, value: .number(Double(row.workingDays)), style: XLSXStyle(numberFormat: daysFormat, bold: summary)),
                .init(column: 4, value: .date(row.start), style: XLSXStyle(numberFormat: Self.dateFormat, bold: summary)),
                .init(column: 5, value: .date(row.finish),
                      style: XLSXStyle(numberFormat: Self.dateFormat, bold: summary || late, fontColor: late ? GanttPalette.critical : nil)),
            ]
            let links = (incoming[row.id] ?? []).compactMap { link in number[link.from].map { Self.predecessor($0, link, text: text) } }
            if !links.isEmpty { cells.append(.init(column: 6, value: .text(links.joined(separator: ",")), style: plain)) }
            let roles = zip(row.roles, row.units.count == row.roles.count ? row.units : row.roles.map { _ in 1 }).map { role, units in
                let name = roleNames[role] ?? role
                return units == 1 ? name : "\(name)[\(Int((units * 100).rounded()))%]"
            }
            if !roles.isEmpty { cells.append(.init(column: 7, value: .text(roles.joined(separator: text.listSeparator)), style: plain)) }
            if let deadline {
                cells.append(.init(column: 8, value: .date(deadline),
                                   style: XLSXStyle(numberFormat: Self.dateFormat, bold: late, fontColor: late ? GanttPalette.critical : nil)))
            }
            cells.append(.init(column: 9, value: .number(Double(row.totalFloat)), style: XLSXStyle(numberFormat: daysFormat, bold: summary)))
            cells.append(.init(column: 10, value: .bool(row.critical),
                               style: XLSXStyle(bold: row.critical, fontColor: row.critical ? GanttPalette.critical : nil, alignment: .center)))
            if !row.targets.isEmpty { cells.append(.init(column: 11, value: .text(row.targets.joined(separator: text.pick("；", "; "))), style: plain)) }
            cells.append(.init(column: 12, value: .text(row.id), style: plain))
            sheet.append(cells)
            nameWidth = max(nameWidth, DisplayWidth.of(row.name) + 2 * row.depth + 2)
        }
        sheet.columnWidths = [7, 8, Double(min(nameWidth, 50)), 12, 12, 12, 16, 18, 12, 13, 7, 40, 16]
        return sheet
    }

    /// `5`, `5SS`, `5FS+2 个工作日`, `5FF-1 个工作日` (`5FS+2 days`): MS Project's predecessor notation.
    static func predecessor(_ number: Int, _ link: GanttChart.Link, text words: GanttText = GanttText(.zh)) -> String {
        var text = String(number)
        if link.kind != .finishToStart || link.lagDays != 0 { text += link.kind.rawValue }
        if link.lagDays != 0 { text += (link.lagDays > 0 ? "+" : "") + words.pick("\(link.lagDays) 个工作日", "\(link.lagDays) days") }
        return text
    }

    /// Each task's and phase's own deadline.
    static func deadlines(_ plan: Plan) -> [String: CivilDate] {
        var result: [String: CivilDate] = [:]
        for phase in plan.phases { if let date = phase.deadline { result[phase.id] = date } }
        for task in plan.tasks { if let date = task.deadline { result[task.id] = date } }
        return result
    }
}
