/// Colors of the chart: one per role, grey for unassigned work, red for the critical path.
///
/// The first eight role colors are Tableau's (without its red and grey, kept for the
/// critical path and unassigned work); the other 22 were picked greedily among muted colors,
/// each the candidate farthest in CIELAB from all before it and from the chart's red, greys
/// and white, so no two of the 30 are closer than ΔE 22 (a test checks ΔE ≥ 20). A plan with more than 30 roles reuses them in order.
public enum GanttPalette {
    public static let roleColors = [
        "#4E79A7", "#F28E2B", "#59A14F", "#76B7B2", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F",
        "#6C5BD9", "#D95BC8", "#D0D998", "#5E468C", "#307354", "#8C873B", "#5BD95B", "#8C3B4B",
        "#B7D95B", "#5BD9A6", "#D95B8D", "#D97D5B", "#AB82D9", "#D9A65B", "#306A73", "#98B6D9",
        "#D9B698", "#8C3B77", "#85A674", "#D95B63", "#5B85D9", "#735063",
    ]
    public static let unassigned = "#8C8C8C"
    public static let critical = "#D62728"
    public static let phase = "#333333"
    public static let nonWorking = "#EBEBEB"
    public static let today = "#D62728"
    public static let target = "#7A4B00"
    /// Holiday names and 班 in the header.
    public static let holiday = "#A0451A"
    /// A deadline met (green, as MS Project's deadline arrow) and missed (the critical red).
    public static let deadline = "#2E7D32"
    public static let missedDeadline = "#D62728"
    public static let pin = "#444444"
    /// The past: a blue-grey hatch, unlike the flat grey of non-working days.
    public static let past = "#5B7FA6"

    /// Each role's color by its position in the plan's role list, so a chart filtered by
    /// role, phase or critical path colors a role as the full chart does.
    public static func colors(forPlanRoles roles: [String]) -> [String: String] {
        var colors: [String: String] = [:]
        for (index, role) in roles.enumerated() where colors[role] == nil {
            colors[role] = roleColors[index % roleColors.count]
        }
        return colors
    }

    /// The color of each role of a chart.
    public static func colors(for chart: GanttChart) -> [String: String] { chart.roleColors }
}

/// Numbers in SVG attributes: one decimal at most, no exponent, stable across platforms.
func svgNumber(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths) % 10)
    if fraction == 0 { return String(whole) }
    return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
}
