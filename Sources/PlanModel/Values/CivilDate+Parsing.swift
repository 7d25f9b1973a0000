extension CivilDate {
    /// Why a text is not a date, in words a planner understands.
    public enum ParseFailure: Error, Equatable, Sendable {
        case notISO
        case noSuchDay(year: Int, month: Int, day: Int)
        case outOfRange(year: Int)

        public var message: String { text.en }

        /// Why, in both languages.
        public var text: Bilingual {
            Bilingual(zh: chinese, en: english)
        }

        private var chinese: String {
            switch self {
            case .notISO:
                return "日期应写作 YYYY-MM-DD"
            case let .noSuchDay(year, month, day) where (1...12).contains(month):
                let shown = String(year) + "-" + (month < 10 ? "0" : "") + String(month)
                return "\(shown) 只有 \(CivilDate.daysIn(month: month, year: year)) 天，没有 \(day) 日"
            case let .noSuchDay(_, month, _):
                return "没有 \(month) 月"
            case let .outOfRange(year):
                return "年份 \(year) 不在 \(CivilDate.plannableYears.lowerBound)–\(CivilDate.plannableYears.upperBound) 之内"
            }
        }

        private var english: String {
            switch self {
            case .notISO:
                return "expected a date as YYYY-MM-DD"
            case let .noSuchDay(year, month, day) where (1...12).contains(month):
                let shown = String(year) + "-" + (month < 10 ? "0" : "") + String(month)
                return "\(shown) has \(CivilDate.daysIn(month: month, year: year)) days, so day \(day) does not exist"
            case let .noSuchDay(_, month, _):
                return "month \(month) does not exist"
            case let .outOfRange(year):
                return "the year \(year) is outside \(CivilDate.plannableYears.lowerBound)–\(CivilDate.plannableYears.upperBound)"
            }
        }
    }

    /// The years a plan's dates may take. Every export writes four-digit years, and a
    /// schedule must end inside them even after 10,000 working days; a year outside is a typo.
    public static let plannableYears = 1900...2999

    /// Parses `YYYY-MM-DD` exactly (four, two and two digits).
    public static func parse(_ text: some StringProtocol) -> Result<CivilDate, ParseFailure> {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return .failure(.notISO)
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return .failure(.notISO)
        }
        guard plannableYears.contains(year) else { return .failure(.outOfRange(year: year)) }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(year: year, month: month, day: day))
        }
        return .success(date)
    }

    /// Convenience for tests and literals: `nil` for anything but a valid `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        guard case .success(let date) = CivilDate.parse(text) else { return nil }
        self = date
    }
}
