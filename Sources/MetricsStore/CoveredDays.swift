/// The days of a window on which a metric has data, and the gaps of its dimension values:
/// what a KPI's coverage and its missing days are computed from (`MetricsSource.coveredDays`).
/// Days are counted since the epoch (`CivilDate.daysSinceEpoch`), distinct and ascending.
///
/// Only the gaps are kept, not each value's days: a store with thousands of values over a
/// month answers a few rows when its data is complete, not one per (value, day).
public struct CoveredDays: Sendable, Equatable {
    /// The days on which the metric has any observation.
    public var all: [Int]
    /// Per dimension, per value of the metric that lacks some of `all`, the days it lacks.
    /// A value the metric carries anywhere in the source but not in the window lacks every
    /// day of `all`: a store whose export was left out entirely is a gap, not an absence.
    public var missing: [String: [String: [Int]]]

    public init(all: [Int] = [], missing: [String: [String: [Int]]] = [:]) {
        self.all = all
        self.missing = missing
    }

    /// From each value's days in the window, for the `known` values (dimension → values the
    /// metric carries anywhere): `present` may hold days for values `known` lacks (ignored
    /// when `known` is given) and lack values that have no day in the window.
    ///
    /// - Complexity: O(v·d) for v known values over d days.
    public init(all: [Int], present: [String: [String: [Int]]], known: [String: Set<String>]) {
        self.init(all: all)
        guard !all.isEmpty else { return }
        for (dimension, values) in known {
            for value in values {
                let lacking = Self.difference(all, present[dimension]?[value] ?? [])
                if !lacking.isEmpty { missing[dimension, default: [:]][value] = lacking }
            }
        }
    }

    /// Gathered from observations in the store's order (by date) — `window` those in the
    /// window, `everywhere` all the metric's — the way a source without a question of its own
    /// answers.
    ///
    /// - Complexity: O(m + n + v·d) for m observations in the window and n in all.
    public init(_ window: [Observation], everywhere: [Observation]) {
        var all: [Int] = []
        var present: [String: [String: [Int]]] = [:]
        for observation in window {
            let day = observation.date.daysSinceEpoch
            if all.last != day { all.append(day) }
            for (dimension, value) in observation.dimensions where present[dimension]?[value]?.last != day {
                present[dimension, default: [:]][value, default: []].append(day)
            }
        }
        var known: [String: Set<String>] = [:]
        for observation in everywhere {
            for (dimension, value) in observation.dimensions { known[dimension, default: []].insert(value) }
        }
        self.init(all: all, present: present, known: known)
    }

    /// The elements of the ascending `whole` that the ascending `part` lacks.
    ///
    /// - Complexity: O(|whole| + |part|).
    public static func difference(_ whole: [Int], _ part: [Int]) -> [Int] {
        var result: [Int] = [], index = 0
        for element in whole {
            while index < part.count && part[index] < element { index += 1 }
            if index >= part.count || part[index] != element { result.append(element) }
        }
        return result
    }
}
