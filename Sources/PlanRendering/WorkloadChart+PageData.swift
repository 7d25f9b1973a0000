import PlanModel
import PlanScheduling

extension WorkloadChart {
    /// The map as numbers for the HTML chart's data (`workload` in `gantt-data`), from which
    /// `workload.js` draws the same SVG as `svg()` once the reader scrolls to it. Ten years of
    /// twenty roles are 80,000 cells: as SVG text 8 MB of the page, which the browser had to
    /// read before the chart was ready; as numbers some 300 KB.
    ///
    /// Geometry and words come from here (widths are measured in display cells by the same
    /// rules as the SVG; the tooltip is a template in the chart's language), so the script
    /// measures and translates nothing. Each row's figures are person-days as JSON numbers
    /// (exact: the script computes shades and "over" from the same doubles), a run of three
    /// or more equal values written `[value, count]` (weekends, idle months, a constant
    /// headcount).
    ///
    /// - Complexity: O(rows × columns).
    func pageData() -> JSONValue {
        let rows: [JSONValue] = workload.rows.map { row in
            var fields: [(String, JSONValue)] = [("name", .string(row.name))]
            if row.kind == .person { fields.append(("person", .bool(true))) }
            fields.append(("a", Self.runs(row.available)))
            fields.append(("b", Self.runs(row.booked)))
            return .object(fields)
        }
        return .object([
            ("width", .int(width)), ("height", .int(height)), ("labelWidth", .int(labelWidth)), ("cellWidth", .int(cellWidth)),
            ("rowHeight", .int(Self.rowHeight)), ("top", .int(Self.top)),
            ("start", .string(workload.start.description)), ("columns", .int(workload.days)), ("step", .int(workload.step)),
            ("title", .string(title)), ("caption", .string(caption)),
            ("tip", .string("{name} {when}: {booked}/{available} " + unit)), ("over", .string(overBooked)),
            ("week", .string(workload.step == 7 ? " " + text.pick("周", "week") : "")),
            ("legend", .array(legendItems.map { .array([.string($0.fill), .string($0.label), .int($0.x)]) })),
            ("rows", .array(rows)),
        ])
    }

    /// `values` with every run of three or more equal values as `[value, count]`.
    ///
    /// - Complexity: O(n).
    static func runs(_ values: [Double]) -> JSONValue {
        var out: [JSONValue] = []
        var index = 0
        while index < values.count {
            var end = index + 1
            while end < values.count, values[end] == values[index] { end += 1 }
            let count = end - index
            if count >= 3 {
                out.append(.array([.number(values[index]), .int(count)]))
            } else {
                out += Array(repeating: JSONValue.number(values[index]), count: count)
            }
            index = end
        }
        return .array(out)
    }
}
