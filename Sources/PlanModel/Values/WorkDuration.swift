/// A length of work in working days: `3d`, `0.5d`, `2w` (a week is 5 working days), `4h`
/// (8 working hours make a day). Chinese units `天`, `周` and `小时` are read too. A bare
/// number means days. `7cd` (`7自然日`) is 7 **calendar** days, elapsed time whatever the
/// calendar says (TaskJuggler's `duration` and `gapduration`).
public struct WorkDuration: Hashable, Sendable, Comparable {
    public static let hoursPerDay = 8.0
    public static let daysPerWeek = 5.0
    /// The longest task or lag accepted: about forty years of working days.
    public static let maximumDays = 10_000.0

    public var days: Double
    /// Calendar days (elapsed time) rather than working days.
    public var calendarDays: Bool

    public init(days: Double, calendarDays: Bool = false) {
        self.days = days
        self.calendarDays = calendarDays
    }

    public static func < (lhs: WorkDuration, rhs: WorkDuration) -> Bool { lhs.days < rhs.days }

    /// Longer suffixes first: `cd` before `d`, `自然日` before `日`-less units.
    private static let units: [(suffix: String, days: Double, calendar: Bool)] = [
        ("自然日", 1, true), ("cd", 1, true),
        ("小时", 1 / hoursPerDay, false), ("天", 1, false), ("周", daysPerWeek, false),
        ("d", 1, false), ("w", daysPerWeek, false), ("h", 1 / hoursPerDay, false),
    ]

    /// Parses a duration; a sign is accepted only when `signed` (lags and leads).
    public static func parse(_ text: String, signed: Bool = false) -> WorkDuration? {
        if let fast = parseCompact(text, signed: signed) { return fast }
        var body = text.trimmingSpaces()
        var sign = 1.0
        if signed, let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            body = body.dropFirst().drop(while: { $0 == " " })
        }
        var perUnit = 1.0, calendar = false
        for unit in units where body.hasSuffix(unit.suffix) {
            perUnit = unit.days
            calendar = unit.calendar
            body = body.dropLast(unit.suffix.count)
            break
        }
        while body.last == " " { body = body.dropLast() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let number = Double(body), number.isFinite else { return nil }
        return WorkDuration(days: sign * number * perUnit, calendarDays: calendar)
    }

    /// The common case, `3d` or `2w` (`+1d` for a lag): whole numbers and an ASCII unit, read
    /// byte by byte.
    private static func parseCompact(_ text: String, signed: Bool) -> WorkDuration? {
        var value = 0
        var digits = 0
        var perUnit: Double?
        var sign = 1.0
        var bytes = text.utf8[...]
        if signed, let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            bytes = bytes.dropFirst()
        }
        for byte in bytes {
            guard perUnit == nil else { return nil }
            switch byte {
            case 0x30...0x39:
                guard digits < 9 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            case UInt8(ascii: "d"): perUnit = 1
            case UInt8(ascii: "w"): perUnit = daysPerWeek
            case UInt8(ascii: "h"): perUnit = 1 / hoursPerDay
            default: return nil
            }
        }
        guard digits > 0, let perUnit else { return nil }
        // The same arithmetic as the general path: sign × number × days per unit.
        return WorkDuration(days: sign * Double(value) * perUnit)
    }
}

extension WorkDuration: CustomStringConvertible {
    public var description: String {
        let rounded = (days * 1000).rounded() / 1000
        let unit = calendarDays ? "cd" : "d"
        return rounded == rounded.rounded() ? "\(Int(rounded))\(unit)" : "\(rounded)\(unit)"
    }
}
