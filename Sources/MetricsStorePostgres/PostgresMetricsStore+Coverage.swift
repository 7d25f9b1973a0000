import MetricsStore
import PlanModel
import PostgresNIO

extension PostgresMetricsStore {
    /// The distinct days of the metric in the window, and the days each dimension value it
    /// carries anywhere in the store lacks of them, found by the server: a row per covered day
    /// and per missing (value, day), not per (value, day) present — a complete store of
    /// thousands of values answers its days alone.
    ///
    /// - Complexity: one pass over the window's rows of the metric (the
    ///   `observations_current_series` index), O(log N + m); the values the metric carries by
    ///   one probe of `observations_current_combination` per combination value; the gaps by
    ///   the server's `EXCEPT` over v values × d days.
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        var binds = Binds()
        let name = binds.add(metric)
        let rows = try run("""
            WITH o AS (SELECT DISTINCT combination_id, day FROM observations
                       WHERE superseded_by IS NULL AND metric = \(name)
                         AND day BETWEEN \(binds.add(Int64(window.first.daysSinceEpoch))) AND \(binds.add(Int64(window.last.daysSinceEpoch)))),
            days AS (SELECT DISTINCT day FROM o),
            present AS (SELECT DISTINCT cv.dimension, cv.value, o.day
                        FROM o JOIN combination_values AS cv ON cv.combination_id = o.combination_id),
            known AS (SELECT DISTINCT cv.dimension, cv.value FROM combination_values AS cv
                      WHERE EXISTS (SELECT 1 FROM observations AS x
                                    WHERE x.combination_id = cv.combination_id AND x.metric = \(name) AND x.superseded_by IS NULL))
            SELECT NULL::text, NULL::text, day FROM days
            UNION ALL
            (SELECT k.dimension, k.value, d.day FROM known AS k CROSS JOIN days AS d
             EXCEPT SELECT dimension, value, day FROM present)
            """, binds)
        var days: [Int] = []
        var missing: [String: [String: [Int]]] = [:]
        for row in rows {
            let (dimension, value, day) = try decoded(row, (String?, String?, Int).self)
            if let dimension, let value { missing[dimension, default: [:]][value, default: []].append(day) } else { days.append(day) }
        }
        // Ascending, as the protocol answers (the server's set operations keep no order).
        return CoveredDays(all: days.sorted(), missing: missing.mapValues { $0.mapValues { $0.sorted() } })
    }
}
