import Foundation
import PlanModel

/// `--shift N UNIT`: how far back the period a review compares with lies. `1cycle` is the
/// previous cycle (环比), `1y` the same dates last year (同比); days, weeks and months give an
/// exact step (`52w` keeps weekdays aligned a year back, `1m` a calendar month).
///
/// Grammar: a count from 1 to 999 followed (optionally after spaces) by a unit:
/// `cycle|cycles|c`, `d|day|days`, `w|week|weeks`, `m|month|months`, `y|year|years`.
public struct PeriodShift: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable {
        case cycle, day, week, month, year
    }

    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// 同比 (year on year) for years, 环比 (against the previous period) for any other step.
    public var kind: ComparisonKind { unit == .year ? .yearOnYear : .periodOnPeriod }

    /// The canonical spelling: `1cycle`, `2cycles`, `1y`, `28d`, `4w`, `1m`.
    public var description: String {
        switch unit {
        case .cycle: return "\(count)cycle" + (count == 1 ? "" : "s")
        case .day: return "\(count)d"
        case .week: return "\(count)w"
        case .month: return "\(count)m"
        case .year: return "\(count)y"
        }
    }

    static let units: [String: Unit] = [
        "cycle": .cycle, "cycles": .cycle, "c": .cycle, "d": .day, "day": .day, "days": .day,
        "w": .week, "week": .week, "weeks": .week, "m": .month, "month": .month, "months": .month,
        "y": .year, "year": .year, "years": .year,
    ]

    /// Parses `1cycle`, `2 cycles`, `1y`, `52w`…; a failure says what was wrong and, for a
    /// misspelt unit, the closest one.
    public static func parse(_ text: String) -> Result<PeriodShift, PeriodShiftError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let rest = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty else { return .failure(.noCount(text)) }
        guard digits.count <= 3, let count = Int(digits), count >= 1 else { return .failure(.badCount(text)) }
        guard let unit = units[rest] else {
            let suggestion = units.keys.filter { $0.count > 1 }.map { ($0, editDistance($0, rest)) }
                .filter { $0.1 <= 2 }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
            return .failure(.badUnit(text, suggestion: suggestion.map { "\(count)\($0)" }))
        }
        return .success(PeriodShift(count: count, unit: unit))
    }

    /// Levenshtein distance, for the did-you-mean of a misspelt unit.
    ///
    /// - Complexity: O(|a| · |b|) on two short words.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
