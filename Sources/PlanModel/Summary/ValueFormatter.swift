/// Shows metric values the way the plan declares them: `3.5%`, `¥1,200,000`, `20,000`.
public enum ValueFormatter {
    public static func format(_ value: Double, as format: Metric.Format?, unit: String? = nil) -> String {
        switch format {
        case .percent:
            return trimmed(value * 100, maxFraction: 2) + "%"
        case .currency:
            let text = grouped(abs(value), maxFraction: 2)
            let sign = value < 0 && text != "0" ? "-" : ""
            return unit == nil || unit == "CNY" || unit == "元" ? sign + "¥" + text : sign + text + " " + (unit ?? "")
        case .integer:
            return grouped(value.rounded(), maxFraction: 0) + (unit.map { " " + $0 } ?? "")
        case .number, nil:
            return grouped(value, maxFraction: 2) + (unit.map { " " + $0 } ?? "")
        }
    }

    /// A difference of two values: always signed, and for a rate in percentage points
    /// (`-0.38 pt`), so that a drop from 3.5% to 3.12% cannot be read as a relative −0.38%.
    public static func change(_ value: Double, as format: Metric.Format?, unit: String? = nil) -> String {
        let text = format == .percent ? trimmed(value * 100, maxFraction: 2) + " pt" : self.format(value, as: format, unit: unit)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// Thousands separated by commas, at most `maxFraction` decimals, trailing zeros dropped.
    public static func grouped(_ value: Double, maxFraction: Int) -> String {
        let text = trimmed(abs(value), maxFraction: maxFraction)
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        let sign = value < 0 && text != "0" ? "-" : ""
        return sign + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }

    public static func trimmed(_ value: Double, maxFraction: Int) -> String {
        var scale = 1.0
        for _ in 0..<maxFraction { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
