import PlanModel
import PlanScheduling

/// The workload view as a heat map (`cycleplan load -o load.svg|html`): one row per role or
/// person, one cell per day (or week), shaded by booked ÷ available person-days; an
/// over-booked cell is red with "!", a day with nothing available grey. Every cell carries a
/// tooltip with its figures. Deterministic: the same workload gives the same bytes.
public struct WorkloadChart: Sendable {
    public var workload: Workload
    public var title: String
    /// The language of the chart's words; names stay as the plan writes them.
    public var language: Language

    public init(workload: Workload, title: String, language: Language = .zh) {
        self.workload = workload
        self.title = title
        self.language = language
    }

    var text: GanttText { GanttText(language) }

    static let rowHeight = 24
    static let top = 64

    var cellWidth: Int { workload.step == 7 ? 56 : (workload.days <= 62 ? 26 : 14) }
    var labelWidth: Int { max(120, (workload.rows.map { DisplayWidth.of($0.name) + 4 }.max() ?? 0) * 7 + 16) }
    var width: Int { labelWidth + cellWidth * max(workload.days, 1) + 20 }
    var height: Int { Self.top + Self.rowHeight * workload.rows.count + 70 }

    /// The chart as a standalone SVG document.
    ///
    /// - Complexity: O(rows × columns).
    public func svg() -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
        out += "font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        out += "<text x=\"12\" y=\"22\" font-size=\"16\" font-weight=\"bold\">\(XMLText.escape(title))</text>\n"
        out += "<text x=\"12\" y=\"40\" fill=\"#555\">\(caption)</text>\n"
        out += columnLabels()
        for (index, row) in workload.rows.enumerated() {
            let y = Self.top + index * Self.rowHeight
            let indent = row.kind == .person ? 16 : 0
            out += "<text x=\"\(12 + indent)\" y=\"\(y + 16)\"\(row.kind == .role ? " font-weight=\"bold\"" : "")>\(XMLText.escape(row.name))</text>\n"
            for column in 0..<workload.days { out += cell(row, column, y: y) }
        }
        out += legend(y: Self.top + workload.rows.count * Self.rowHeight + 24)
        out += "</svg>\n"
        return out
    }

    private func columnLabels() -> String {
        var out = ""
        // Daily: every Monday (and the first day); weekly: every week.
        for column in 0..<workload.days {
            let date = workload.date(column)
            guard workload.step == 7 || column == 0 || date.weekday == .mon else { continue }
            let x = labelWidth + column * cellWidth
            out += "<text x=\"\(x + 1)\" y=\"\(Self.top - 6)\" font-size=\"10\" fill=\"#333\">\(date.description.dropFirst(5))</text>\n"
        }
        return out
    }

    private func cell(_ row: Workload.Row, _ column: Int, y: Int) -> String {
        let x = labelWidth + column * cellWidth
        let booked = row.booked[column], available = row.available[column]
        let over = row.isOver(column)
        let fill: String
        if available < 1e-9 && booked < 1e-9 { fill = "#eceff3" }
        else if over { fill = "#dc2626" }
        else { fill = Self.shade(available > 0 ? booked / available : 0) }
        let figures = "\(ValueFormatter.grouped(booked, maxFraction: 2))/\(ValueFormatter.grouped(available, maxFraction: 2))"
        let tip = "\(row.name) \(workload.label(column, language: language)): \(figures) " + unit + (over ? overBooked : "")
        var out = "<g><title>\(XMLText.escape(tip))</title>"
        out += "<rect x=\"\(x)\" y=\"\(y + 2)\" width=\"\(cellWidth - 1)\" height=\"\(Self.rowHeight - 4)\" fill=\"\(fill)\"/>"
        if cellWidth >= 26 && booked > 1e-9 {
            let text = ValueFormatter.grouped(booked, maxFraction: 1) + (over ? "!" : "")
            out += "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 16)\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(over || booked / max(available, 1e-9) > 0.6 ? "#fff" : "#14532d")\">\(text)</text>"
        } else if over {
            out += "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 16)\" text-anchor=\"middle\" font-size=\"10\" fill=\"#fff\">!</text>"
        }
        return out + "</g>\n"
    }

    /// Light to dark green as the use goes from 0 to 100 %.
    static func shade(_ use: Double) -> String {
        let t = min(max(use, 0), 1)
        let from = (240.0, 253.0, 244.0), to = (21.0, 128.0, 61.0)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        let (r, g, b) = (mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
        return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    private func legend(y: Int) -> String {
        var out = ""
        for (fill, label, x) in legendItems {
            out += "<rect x=\"\(x)\" y=\"\(y)\" width=\"14\" height=\"14\" fill=\"\(fill)\"/>"
            out += "<text x=\"\(x + 20)\" y=\"\(y + 12)\">\(XMLText.escape(label))</text>\n"
        }
        return out
    }

    /// The legend's swatches: colour, word and x, each after the previous word's width.
    var legendItems: [(fill: String, label: String, x: Int)] {
        let items: [(String, String)] = [
            (Self.shade(0.25), text.pick("低", "light")), (Self.shade(1), text.pick("满", "full")),
            ("#dc2626", text.pick("超出 !", "over-booked !")), ("#eceff3", text.pick("不工作", "not working")),
        ]
        var x = 12
        return items.map { fill, label in
            defer { x += 30 + DisplayWidth.of(label) * 7 }
            return (fill, label, x)
        }
    }

    /// The line under the title: what the figures are and per what.
    var caption: String {
        text.pick("已排/可用人天", "booked/available person-days")
            + (workload.step == 7 ? text.pick("，按周", ", by week") : text.pick("，按日", ", by day"))
    }

    /// The unit and the over-booked mark of a cell's tooltip.
    var unit: String { text.pick("人天", "person-days") }
    var overBooked: String { text.pick(" — 超出", " — over-booked") }

    /// An HTML page: the heat map, then the over-booked cells as a list.
    public func html() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(text.htmlLang)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"cycleplan\">\n"
        out += "<title>\(XMLText.escape(title))</title>\n"
        out += "<style>body{font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:16px}.chart{overflow-x:auto}li{margin:2px 0}</style>\n"
        out += "</head>\n<body>\n<div class=\"chart\">\n" + svg() + "</div>\n"
        var over: [String] = []
        for row in workload.rows {
            for column in 0..<workload.days where row.isOver(column) {
                over.append("<li>\(XMLText.escape(row.name)) \(workload.label(column, language: language)): \(ValueFormatter.grouped(row.booked[column], maxFraction: 2))/\(ValueFormatter.grouped(row.available[column], maxFraction: 2))</li>")
            }
        }
        out += "<h2>\(text.pick("超出人手", "Over-booked"))</h2>\n"
        out += over.isEmpty ? "<p>\(text.pick("无", "None"))</p>\n" : "<ul>\n" + over.joined(separator: "\n") + "\n</ul>\n"
        out += "</body>\n</html>\n"
        return out
    }
}
