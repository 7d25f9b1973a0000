import PlanModel

/// Geometry of a Gantt chart, shared by the SVG and HTML renderers: the scale and day width,
/// the label column, the y of each row (a phase with many targets is taller), the header bands
/// repeated down a tall chart, the x of each date, the notes right of the bars, the legend.
///
/// - Complexity: O(rows + days) to build; every accessor is O(1) except the date lists.
public struct GanttLayout: Sendable {
    public let chart: GanttChart
    public let dayWidth: Double
    public let scale: GanttOptions.Scale
    public let labelWidth: Double
    public let rowHeight: Double = 22
    /// Extra height per wrapped line of phase targets.
    public let lineHeight: Double = 14
    public let headerHeight: Double
    /// Whether the header has a lane for holiday names and 班 (`GanttLayout+Marks.swift`).
    public let hasHolidayLane: Bool
    static let holidayLaneHeight = 14.0
    public let titleHeight: Double = 34
    public let fontSize: Double = 12
    /// A bar is never drawn narrower than this, so a one-day task stays visible at month scale.
    public let minimumBarWidth: Double = 7
    /// First and last day drawn (a margin around the schedule).
    public let firstDay: CivilDate
    public let lastDay: CivilDate
    /// A repeated date header every this many rows, on charts taller than `bandThreshold` rows.
    public static let bandEvery = 40
    public static let bandThreshold = 60
    public let bandHeight: Double
    /// The top of each row, and its height.
    public let rowTops: [Double]
    public let rowHeights: [Double]
    /// The tops of the repeated header bands.
    public let bandTops: [Double]
    /// Text right of each row's shape: role names, a milestone's date, phase targets (lines).
    public let notes: [[String]]
    /// Each row's name, and the widest line of its note, in display cells.
    public let nameCells: [Int]
    /// The lines of each name too long for the label column (nil for a name that fits).
    public let wrappedLabels: [[String]?]
    static let widestLabelColumn = 420.0
    static func labelBudget(labelWidth: Double, depth: Int) -> Int { Int((labelWidth - Double(depth) * 12 - 20) / 6.6) }
    public let noteCells: [Int]
    public let legendTop: GanttLegendLayout?
    public let legendBottom: GanttLegendLayout
    /// Wide enough for the timeline and for the notes right of the bars, so nothing is cut.
    public let width: Double
    public let height: Double

    /// - Parameter repeatingHeaders: `false` for printed pages (`GanttPagination`), which
    ///   repeat the header on every page instead of every 40 rows.
    public init(chart: GanttChart, scale requested: GanttOptions.Scale? = nil, repeatingHeaders: Bool = true) {
        self.chart = chart
        let scale = Self.scale(for: chart, requested: requested ?? chart.scale)
        self.scale = scale
        switch scale {
        case .day: dayWidth = 24
        case .week: dayWidth = 9
        case .month, .auto: dayWidth = 4
        case .quarter: dayWidth = 2.2  // 61 px for February: room for "2027年2月" at 10 px
        }
        bandHeight = 34
        // Two tiers (months over week numbers or days and weekdays; quarters over months),
        // then a lane for holiday names and 班 when the calendar has some in view, then a
        // lane for the today and status-date labels.
        hasHolidayLane = Self.needsHolidayLane(chart)
        headerHeight = (scale == .day ? 54 : 36) + (hasHolidayLane ? Self.holidayLaneHeight : 0) + (chart.today == nil && chart.tracking == nil ? 0 : 16)
        let padding = scale == .day ? 1 : (scale == .week ? 3 : 7)
        let span = chart.drawnSpan
        firstDay = span.start.advanced(by: -padding)
        lastDay = span.finish.advanced(by: padding + 1)
        var widest = 120.0
        // Measured once: East Asian widths read Unicode properties, the slowest part of a label.
        nameCells = chart.rows.map { DisplayWidth.of($0.name) }
        for (index, row) in chart.rows.enumerated() {
            widest = max(widest, Double(nameCells[index]) * 6.6 + Double(row.depth) * 12 + 20)
        }
        // The column widens to 420 px (60 cells at the top level); a longer name wraps to a
        // second line, so none of the shipped plans' names is cut.
        labelWidth = min(max(widest, 140), Self.widestLabelColumn)
        var wrapped: [[String]?] = Array(repeating: nil, count: chart.rows.count)
        for (index, row) in chart.rows.enumerated() {
            let budget = Self.labelBudget(labelWidth: labelWidth, depth: row.depth)
            if nameCells[index] > budget { wrapped[index] = GanttLayoutText.wrap(row.name, cells: budget) }
        }
        wrappedLabels = wrapped
        let roleNames = Dictionary(chart.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // Tasks share few role combinations: each note is cut and measured once per combination.
        var roleNotes: [[String]: (text: [String], cells: Int)] = [:]
        var texts: [[String]] = [], widths: [Int] = []
        texts.reserveCapacity(chart.rows.count)
        widths.reserveCapacity(chart.rows.count)
        for row in chart.rows {
            if row.kind == .task, row.lateDays == 0 {
                if let known = roleNotes[row.roles] {
                    texts.append(known.text)
                    widths.append(known.cells)
                    continue
                }
                let text = Self.note(for: row, roleNames: roleNames, scale: scale, text: chart.text)
                let cells = text.map(DisplayWidth.of).max() ?? 0
                roleNotes[row.roles] = (text, cells)
                texts.append(text)
                widths.append(cells)
            } else {
                let text = Self.note(for: row, roleNames: roleNames, scale: scale, text: chart.text)
                texts.append(text)
                widths.append(text.map(DisplayWidth.of).max() ?? 0)
            }
        }
        notes = texts
        noteCells = widths
        var right = labelWidth + Double(firstDay.distance(to: lastDay)) * dayWidth
        for (index, row) in chart.rows.enumerated() where widths[index] > 0 {
            let end = labelWidth + Double(firstDay.distance(to: row.finish.advanced(by: 1))) * dayWidth
            right = max(right, end + Self.noteGap + 7 + Double(widths[index]) * Self.noteCellWidth(row.kind))
        }
        width = (right + 16).rounded(.up)
        legendBottom = GanttLegendLayout(chart: chart, width: width)
        let tall = repeatingHeaders && chart.rows.count > Self.bandThreshold
        legendTop = tall ? GanttLegendLayout(chart: chart, width: width) : nil
        var y = titleHeight + (legendTop?.height ?? 0) + headerHeight
        var tops: [Double] = [], heights: [Double] = [], bands: [Double] = []
        tops.reserveCapacity(chart.rows.count)
        heights.reserveCapacity(chart.rows.count)
        for (index, row) in chart.rows.enumerated() {
            if tall, index > 0, index % Self.bandEvery == 0 {
                bands.append(y)
                y += bandHeight
            }
            let lines = max(row.kind == .phase ? notes[index].count : 1, wrapped[index]?.count ?? 1, 1)
            tops.append(y)
            heights.append(rowHeight + Double(lines - 1) * lineHeight)
            y += heights[index]
        }
        rowTops = tops
        rowHeights = heights
        bandTops = bands
        bodyBottom = y
        height = (y + 12 + legendBottom.height).rounded(.up)
    }

    /// `auto` picks by span, and for a tall chart (read by scrolling, not on one page) keeps
    /// the week scale longer, so one-day bars stay 9 px wide instead of 4.
    static func scale(for chart: GanttChart, requested: GanttOptions.Scale) -> GanttOptions.Scale {
        guard requested == .auto else { return requested }
        let span = chart.start.distance(to: chart.finish) + 1
        if span <= 45 { return .day }
        if span <= 200 || (chart.rows.count > 100 && span <= 400) { return .week }
        return .month
    }

    /// Space between a shape's right end and its note, left free for link stubs (6 px).
    static let noteGap = 12.0
    static func noteCellWidth(_ kind: GanttChart.Kind) -> Double { kind == .phase ? 6 : 5.5 }

    static func note(for row: GanttChart.Row, roleNames names: [String: String], scale: GanttOptions.Scale, text: GanttText) -> [String] {
        let plain = plainNote(for: row, roleNames: names, scale: scale, text: text)
        guard row.lateDays > 0 else { return plain }
        // A missed deadline leads the note (drawn red), on a line of its own above a phase's targets.
        let late = lateText(row.lateDays, text)
        if row.kind == .phase { return [late] + plain }
        return [plain.first.map { late + lateSeparator + $0 } ?? late]
    }

    static func plainNote(for row: GanttChart.Row, roleNames names: [String: String], scale: GanttOptions.Scale, text: GanttText) -> [String] {
        switch row.kind {
        case .phase:
            return GanttLayoutText.targetLines(row.targets, label: text.targetsLabel)
        case .milestone:
            return ["\(row.start.components.month)/\(row.start.components.day)"]
        case .task:
            // At month scale a day is 4 px: role names would bury the bars; the legend tells.
            guard scale != .month, scale != .quarter, !row.roles.isEmpty else { return [] }
            return [roleNote(row.roles.map { names[$0] ?? $0 }, text)]
        }
    }

    /// A row's label as drawn: one line, or two for a long name (cut only past two lines).
    public func labelLines(_ index: Int) -> (lines: [String], truncated: Bool) {
        let row = chart.rows[index]
        guard let lines = wrappedLabels[index] else {
            let fitted = fittedLabel(row, index: index)
            return ([fitted.text], fitted.truncated)
        }
        return (lines, lines.last?.hasSuffix("…") == true && !row.name.hasSuffix("…"))
    }

    /// Characters of a label that fit the label column at its indentation.
    public func fittedLabel(_ row: GanttChart.Row, index: Int? = nil) -> (text: String, truncated: Bool) {
        let budget = Self.labelBudget(labelWidth: labelWidth, depth: row.depth)
        if let index, nameCells[index] <= budget, !row.name.utf8.contains(where: { $0 < 0x20 || $0 == 0xE2 || $0 == 0xC2 }) {
            return (row.name, false)
        }
        let name = GanttLayoutText.singleLine(row.name)
        let text = DisplayWidth.truncate(name, toWidth: budget)
        return (text, text != name)
    }

    public var timelineX: Double { labelWidth }
    public var timelineRight: Double { x(lastDay) }
    /// Where the title's band ends and the (top legend and) header begin.
    public var headerTop: Double { titleHeight + (legendTop?.height ?? 0) }
    public var bodyTop: Double { headerTop + headerHeight }
    /// Below the last row.
    public let bodyBottom: Double

    /// The x of the start of a day.
    public func x(_ date: CivilDate) -> Double {
        timelineX + Double(firstDay.distance(to: date)) * dayWidth
    }

    public func y(row index: Int) -> Double { rowTops[index] }

    /// The vertical center of a row's bar (its first line).
    public func mid(row index: Int) -> Double { rowTops[index] + rowHeight / 2 }

    /// Where a row's shape starts and ends: a bar's days (at least `minimumBarWidth`), a
    /// milestone's diamond (7 px either side of its day's center).
    public func shape(row index: Int) -> (start: Double, end: Double) {
        let row = chart.rows[index]
        if row.kind == .milestone {
            let center = x(row.start) + dayWidth / 2
            return (center - 7, center + 7)
        }
        let start = x(row.start)
        return (start, max(x(row.finish.advanced(by: 1)), start + minimumBarWidth))
    }

    /// The x range a row's shape and note cover, which links must not cross.
    public func occupied(row index: Int) -> (start: Double, end: Double) {
        let shape = shape(row: index)
        let cells = noteCells[index]
        guard cells > 0 else { return shape }
        return (shape.start, shape.end + Self.noteGap + Double(cells) * Self.noteCellWidth(chart.rows[index].kind))
    }
}
