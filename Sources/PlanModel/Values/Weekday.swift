public enum Weekday: String, Sendable, CaseIterable, Codable {
    case mon, tue, wed, thu, fri, sat, sun

    /// Accepts `sat`, `saturday`, `Sat`, `周六`, `星期六`.
    public init?(name: String) {
        let lower = name.lowercased()
        if let day = Weekday(rawValue: lower) {
            self = day
            return
        }
        let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let chinese = ["一", "二", "三", "四", "五", "六", "日"]
        for (index, day) in Weekday.allCases.enumerated() {
            if lower == english[index] || name == "周" + chinese[index] || name == "星期" + chinese[index]
                || (index == 6 && (name == "周天" || name == "星期天")) {
                self = day
                return
            }
        }
        return nil
    }

    public static let names = Weekday.allCases.map(\.rawValue)
}
