import PlanModel

extension Workload {
    /// The terminal table: one line per day (or week), one column per role or person with
    /// "booked/available" person-days, `!` after an over-booked cell; days on which nothing
    /// is available or booked show "·". Names, not ids, head the columns; words in `language`.
    public func table(color: Bool, language: Language = .zh) -> String {
        func figure(_ value: Double) -> String { ValueFormatter.grouped(value, maxFraction: 2) }
        let zh = language == .zh
        var cells: [[String]] = [[step == 7 ? (zh ? "周" : "week") : (zh ? "日期" : "date")] + rows.map(\.name)]
        var overLines: Set<Int> = []
        for column in 0..<days {
            var line = [step == 7 ? label(column, language: language) : "\(date(column)) \(Self.weekdayName(date(column), language: language))"]
            for row in rows {
                if row.available[column] < 1e-9 && row.booked[column] < 1e-9 { line.append("·"); continue }
                let over = row.isOver(column)
                if over { overLines.insert(cells.count) }
                line.append("\(figure(row.booked[column]))/\(figure(row.available[column]))\(over ? " !" : "")")
            }
            cells.append(line)
        }
        let lines = TextTable.render(cells).split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let text = String(line)
            if color && index == 0 { out += "\u{1B}[1;4m\(text)\u{1B}[0m\n" }
            else if color && overLines.contains(index) { out += "\u{1B}[31m\(text)\u{1B}[0m\n" }
            else { out += text + "\n" }
        }
        let overCount = rows.reduce(0) { count, row in count + (0..<days).filter(row.isOver).count }
        if zh {
            out += "\n已排/可用人天；! 超出" + (overCount == 0 ? "；无超出\n" : "；\(overCount) 处超出\n")
        } else {
            out += "\nbooked/available person-days; ! over-booked" + (overCount == 0 ? "; none over\n" : "; \(overCount) cells over\n")
        }
        return out
    }

    /// 一 … 日 / Mon … Sun, for the daily table.
    static func weekdayName(_ date: CivilDate, language: Language) -> String {
        let index = Weekday.allCases.firstIndex(of: date.weekday) ?? 0
        return language == .zh ? ["一", "二", "三", "四", "五", "六", "日"][index] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index]
    }

    /// CSV, one line per row and column: `date,kind,id,name,role,booked,available,over`
    /// (`date` the first day of a week with `--week`).
    public var csv: String {
        var writer = CSVWriter()
        writer.row(["date", "kind", "id", "name", "role", "booked", "available", "over"])
        for column in 0..<days {
            for row in rows {
                writer.row([date(column).description, row.kind.rawValue, row.id, row.name, row.role,
                            ValueFormatter.trimmed(row.booked[column], maxFraction: 4),
                            ValueFormatter.trimmed(row.available[column], maxFraction: 4), String(row.isOver(column))])
            }
        }
        return writer.output
    }

    /// The JSON contract: the columns' dates and, per row, booked and available arrays and
    /// the dates over-booked.
    public var json: JSONValue {
        .object([
            ("start", .string(start.description)), ("step", .int(step)),
            ("dates", .array((0..<days).map { .string(date($0).description) })),
            ("rows", .array(rows.map { row in
                .object([
                    ("kind", .string(row.kind.rawValue)), ("id", .string(row.id)), ("name", .string(row.name)),
                    ("role", .string(row.role)),
                    ("booked", .array(row.booked.map { .number($0) })),
                    ("available", .array(row.available.map { .number($0) })),
                    ("over", .array((0..<days).filter(row.isOver).map { .string(date($0).description) })),
                ])
            })),
        ])
    }
}
