import PlanModel

/// A period a review compares each KPI with: a shift back from the plan's own windows
/// (`--shift 1cycle`, `--shift 1y`), or another plan whose scheduled windows are the exact
/// ones to compare with (`--previous PLAN`, `--last-year PLAN`: last year's 春节 campaign,
/// whose dates moved with the lunar calendar).
///
/// Every window the review measures maps to one window of the period: the same node's window
/// in the other plan, else the window shifted. A shifted window never reaches into the window
/// one step later (a monthly cycle of 36 days, review phase included, compares December with
/// November, not with November plus December's first days).
public struct ComparisonPeriod: Sendable {
    public enum Basis: Sendable {
        case shift(PeriodShift)
        /// Another plan: its id, and its scheduled windows by node (`plan`, then phase and
        /// task ids); `offset` (days from this plan's start to the other's) places a window
        /// the other plan has no node for.
        case plan(id: String, title: String, windows: [String: DateRange], offset: Int)
    }

    public var kind: ComparisonKind
    public var basis: Basis
    public var cycle: CycleLength

    public init(shift: PeriodShift, cycle: CycleLength) {
        kind = shift.kind
        basis = .shift(shift)
        self.cycle = cycle
    }

    public init(kind: ComparisonKind, plan id: String, title: String, windows: [String: DateRange], offset: Int, cycle: CycleLength) {
        self.kind = kind
        basis = .plan(id: id, title: title, windows: windows, offset: offset)
        self.cycle = cycle
    }

    /// How the JSON names the basis: `1cycle`, `1y`, or `plan:ID`.
    public var label: String {
        switch basis {
        case .shift(let shift): return shift.description
        case .plan(let id, _, _, _): return "plan:\(id)"
        }
    }

    /// The window to compare `measured` (a part, from its start, of the node's `scheduled`
    /// window) with. With another plan: the node's window there, cut to the same number of
    /// days when only a part of this one is measured yet (like for like to date), and cut
    /// before this window begins when it would reach into it. `node` is
    /// `nil` for a target with a window of its own: moved by the plans' offset.
    public func window(for measured: DateRange, scheduled: DateRange, node: String?) -> DateRange? {
        switch basis {
        case .shift(let shift):
            return Self.shifted(measured, by: shift.count, unit: shift.unit, cycle: cycle)
        case let .plan(_, _, windows, offset):
            guard let node, let other = windows[node] else {
                return DateRange(first: measured.first.advanced(by: offset), last: measured.last.advanced(by: offset))
            }
            let elapsed = measured.first == scheduled.first ? measured.dayCount : other.dayCount
            var last = min(other.last, other.first.advanced(by: max(elapsed, 1) - 1))
            // Last month's plan with its review days runs into this month: cut where this
            // window begins, as a shifted window is.
            if other.first < measured.first && last >= measured.first { last = measured.first.advanced(by: -1) }
            return DateRange(first: other.first, last: last)
        }
    }

    /// `window` moved back `count` units, clipped so that it ends before the window one
    /// step later (`count − 1` units back) starts. `nil` beyond the calendar.
    public static func shifted(_ window: DateRange, by count: Int, unit: PeriodShift.Unit, cycle: CycleLength) -> DateRange? {
        guard let back = move(window, by: count, unit: unit, cycle: cycle) else { return nil }
        guard count > 0, let later = count == 1 ? window : move(window, by: count - 1, unit: unit, cycle: cycle) else { return back }
        guard back.last >= later.first else { return back }
        let last = later.first.advanced(by: -1)
        return last >= back.first ? DateRange(first: back.first, last: last) : nil
    }

    private static func move(_ window: DateRange, by count: Int, unit: PeriodShift.Unit, cycle: CycleLength) -> DateRange? {
        func days(_ n: Int) -> DateRange { DateRange(first: window.first.advanced(by: -n), last: window.last.advanced(by: -n)) }
        func months(_ n: Int) -> DateRange? {
            guard let first = CycleLength.shift(window.first, months: -n), let last = CycleLength.shift(window.last, months: -n) else { return nil }
            return DateRange(first: first, last: last)
        }
        switch unit {
        case .day: return days(count)
        case .week: return days(7 * count)
        case .month: return months(count)
        case .year: return months(12 * count)
        case .cycle:
            switch cycle {
            case .months(let length): return months(length * count)
            case .days(let length): return days(length * count)
            }
        }
    }
}
