/// The capacity of one row (a role, or a listed person) day by day, kept as ranges so that a
/// year of leave costs one entry, not one per day: the base (headcount, or units), less the
/// people on leave (`minus`), at most those on duty (`atMost`), and 0 on days off (`off`,
/// which win).
struct CapacityProfile: Sendable {
    var base: Double
    var minus: [(days: ClosedRange<Int>, units: Double)] = []
    var atMost: [(days: ClosedRange<Int>, units: Double)] = []
    var off: [ClosedRange<Int>] = []

    var isConstant: Bool { minus.isEmpty && atMost.isEmpty && off.isEmpty }

    /// The capacity of each day of `days`.
    ///
    /// - Complexity: O(days + ranges).
    func values(_ days: Range<Int>) -> [Double] {
        var out = [Double](repeating: base, count: days.count)
        guard !isConstant, !days.isEmpty else { return out }
        func each(_ range: ClosedRange<Int>, _ body: (Int) -> Void) {
            let low = max(range.lowerBound, days.lowerBound), high = min(range.upperBound, days.upperBound - 1)
            if low <= high { for day in low...high { body(day - days.lowerBound) } }
        }
        for entry in minus { each(entry.days) { out[$0] -= entry.units } }
        for entry in atMost { each(entry.days) { out[$0] = min(out[$0], entry.units) } }
        for range in off { each(range) { out[$0] = 0 } }
        for index in out.indices where out[index] < 0 { out[index] = 0 }
        return out
    }

    /// The capacity on one day.
    ///
    /// - Complexity: O(ranges).
    func value(on day: Int) -> Double {
        guard !isConstant else { return base }
        if off.contains(where: { $0.contains(day) }) { return 0 }
        var units = base
        for entry in minus where entry.days.contains(day) { units -= entry.units }
        for entry in atMost where entry.days.contains(day) { units = min(units, entry.units) }
        return max(units, 0)
    }
}
