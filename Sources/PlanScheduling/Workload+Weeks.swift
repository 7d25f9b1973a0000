import PlanModel

extension Workload {
    /// Week columns, Monday to Sunday, each the sum of its days (booked and available
    /// person-days). A week is over-booked when its sum is: a day over inside a week with
    /// room elsewhere shows in the daily view only.
    ///
    /// - Complexity: O(rows × days).
    public func weekly() -> Workload {
        guard step == 1 else { return self }
        let back = Weekday.allCases.firstIndex(of: start.weekday) ?? 0  // Monday first
        let monday = start.advanced(by: -back)
        let weeks = days == 0 ? 0 : (back + days + 6) / 7
        let rows = self.rows.map { row -> Row in
            var copy = row
            copy.available = [Double](repeating: 0, count: weeks)
            copy.booked = [Double](repeating: 0, count: weeks)
            for day in 0..<days {
                copy.available[(day + back) / 7] += row.available[day]
                copy.booked[(day + back) / 7] += row.booked[day]
            }
            return copy
        }
        var out = Workload(start: monday, days: weeks, rows: rows)
        out.step = 7
        return out
    }

    /// The label of column `index`: the date, or for a week "2027-W06 (02-08)".
    public func label(_ index: Int) -> String {
        let first = date(index)
        guard step == 7 else { return first.description }
        return "\(first.description) 周/week"
    }

    /// The same in one language: "2027-01-04 周" / "2027-01-04 week".
    public func label(_ index: Int, language: Language) -> String {
        let first = date(index)
        guard step == 7 else { return first.description }
        return "\(first.description) " + language.pick(zh: "周", en: "week")
    }
}
