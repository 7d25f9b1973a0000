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
        let text = chart.text
        var entries: [(Symbol, String, String)] = [
            (.critical, text.critical, GanttPalette.critical), (.milestone, text.milestone, "#222"),
            (.phase, text.phase, GanttPalette.phase), (.nonWorking, text.nonWorking, GanttPalette.nonWorking),
        ]
        if chart.today != nil { entries.append((.past, text.past, GanttPalette.past)) }
        if chart.rows.contains(where: { $0.deadline != nil }) { entries.append((.deadline, text.deadline, GanttPalette.deadline)) }
        if chart.rows.contains(where: { $0.pin != nil && $0.kind != .phase }) { entries.append((.pin, text.pinned, GanttPalette.pin)) }
        if chart.tracking != nil {
            entries += [(.baseline, text.baseline, GanttPalette.baseline), (.done, text.donePart, "#555"),
                        (.statusDate, text.statusDate, GanttPalette.statusDate), (.late, text.slipped, GanttPalette.late)]
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
