import MetricsStore
import PlanModel
import PostgresNIO

extension PostgresMetricsStore {
    /// A flow's pacing line in one query: `sum(value) OVER (ORDER BY day, import_id, seq ROWS
    /// UNBOUNDED PRECEDING)` is the running sequential sum (the frame only grows, so each row's
    /// value is one more addition to the previous one), read at each day's last row — the bits
    /// `aggregate` gives for first…that day. A stock's line, day by day.
    ///
    /// - Complexity: one pass over the window's rows for a flow, instead of one per day.
    public func aggregates(_ metric: String, _ aggregation: Aggregation, from first: CivilDate, through days: [CivilDate],
                           where filter: [String: String]) throws -> [Double?] {
        guard aggregation == .sum, let lastDay = days.last else {
            return try days.map { try aggregate(metric, aggregation, in: DateRange(first: first, last: $0), where: filter) }
        }
        var binds = Binds()
        let rows = try run("""
            SELECT day, running + CAST(0 AS DOUBLE PRECISION) FROM (
                SELECT day,
                       sum(value) OVER (ORDER BY day, import_id, seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running,
                       row_number() OVER (PARTITION BY day ORDER BY import_id DESC, seq DESC) AS from_end
                FROM observations
                WHERE superseded_by IS NULL AND metric = \(binds.add(metric))
                  AND day BETWEEN \(binds.add(Int64(first.daysSinceEpoch))) AND \(binds.add(Int64(lastDay.daysSinceEpoch)))\
            \(Self.combinationFilter(filter, &binds))) AS steps
            WHERE from_end = 1
            ORDER BY day
            """, binds)
        var running: [(day: Int, sum: Double)] = []
        for row in rows { running.append(try decoded(row, (Int, Double).self)) }
        // Each day takes the running sum after the last day with rows on or before it.
        var result: [Double?] = []
        var next = 0
        var current: Double?
        for day in days {
            while next < running.count && running[next].day <= day.daysSinceEpoch {
                current = running[next].sum
                next += 1
            }
            result.append(current)
        }
        return result
    }
}
