import PlanModel

/// The legend's items placed in lines that wrap at the chart's width: the fixed symbols
/// (critical path, milestone, phase, non-working day) and then the roles that color a bar.
public struct GanttLegendLayout: Sendable {
    public enum Symbol: Sendable, Equatable { case critical, milestone, phase, nonWorking, role(String), baseline, done, statusDate, late, past, deadline, pin }

    public struct Item: Sendable {
        public var symbol: Symbol
        public var label: String
        public var color: String
        public var x: Double
        /// The baseline of the item's line, from the legend's top.
        public var y: Double
    }

    public let items: [Item]
    public let height: Double
    static let lineHeight = 20.0

    /// - Complexity: O(roles).
    public init(chart: GanttChart, width: Double) {
        var entries: [(Symbol, String, String)] = [
            (.critical, "关键路径", GanttPalette.critical), (.milestone, "里程碑", "#222"),
            (.phase, "阶段", GanttPalette.phase), (.nonWorking, "非工作日", GanttPalette.nonWorking),
        ]
        if chart.today != nil { entries.append((.past, "已过去", GanttPalette.past)) }
        if chart.rows.contains(where: { $0.deadline != nil }) { entries.append((.deadline, "截止日", GanttPalette.deadline)) }
        if chart.rows.contains(where: { $0.pin != nil && $0.kind != .phase }) { entries.append((.pin, "固定开始", GanttPalette.pin)) }
        if chart.tracking != nil {
            entries += [(.baseline, "基线", GanttPalette.baseline), (.done, "已完成部分", "#555"),
                        (.statusDate, "状态日期", GanttPalette.statusDate), (.late, "延误", GanttPalette.late)]
        }
        for role in chart.legendRoles {
            entries.append((.role(role.id), GanttLayoutText.truncate(role.name, cells: 18), chart.roleColors[role.id] ?? GanttPalette.unassigned))
        }
        let right = max(width - 12, 300)
        var x = 12.0, y = 20.0
        var placed: [Item] = []
        for (symbol, label, color) in entries {
            // A swatch of 18 px, 6 px, the label at 11 px (5.5 px a cell), 18 px to the next.
            let itemWidth = 24 + Double(DisplayWidth.of(label)) * 5.5 + 18
            if x > 12, x + itemWidth > right {
                x = 12
                y += Self.lineHeight
            }
            placed.append(Item(symbol: symbol, label: label, color: color, x: x, y: y))
            x += itemWidth
        }
        items = placed
        height = y + 12
    }
}
