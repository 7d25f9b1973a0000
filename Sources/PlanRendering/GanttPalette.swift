/// Colors of the chart: one per role (colorblind-friendly Tableau hues; red is kept for the
/// critical path), grey for unassigned work.
public enum GanttPalette {
    public static let roleColors = [
        "#4E79A7", "#F28E2B", "#59A14F", "#76B7B2", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F",
        "#A0CBE8", "#FFBE7D", "#8CD17D", "#B6992D", "#86BCB6", "#D4A6C8", "#BAB0AC",
    ]
    public static let unassigned = "#8C8C8C"
    public static let critical = "#D62728"
    public static let phase = "#333333"
    public static let nonWorking = "#F1F1F1"
    public static let today = "#D62728"

    /// The color of each role, in the chart's legend order.
    public static func colors(for chart: GanttChart) -> [String: String] {
        var colors: [String: String] = [:]
        for (index, role) in chart.roles.enumerated() { colors[role.id] = roleColors[index % roleColors.count] }
        return colors
    }
}

/// Numbers in SVG attributes: one decimal at most, no exponent, stable across platforms.
func svgNumber(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths) % 10)
    if fraction == 0 { return String(whole) }
    return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
}
