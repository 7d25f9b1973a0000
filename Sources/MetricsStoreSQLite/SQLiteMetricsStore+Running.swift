import GRDB
import MetricsStore
import PlanModel

extension SQLiteMetricsStore {
    /// A flow's pacing line from its window's scan (`windowScan`), or filtered in one query
    /// (`cp_running`); a stock's, day by day.
    ///
    /// - Complexity: one pass over the window's rows for a flow, instead of one per day.
    public func aggregates(_ metric: String, _ aggregation: Aggregation, from first: CivilDate, through days: [CivilDate],
                           where filter: [String: String]) throws -> [Double?] {
        guard aggregation == .sum, let lastDay = days.last else {
            return try days.map { try aggregate(metric, aggregation, in: DateRange(first: first, last: $0), where: filter) }
        }
        if filter.isEmpty {
            let scan = try windowScan(metric, from: first.daysSinceEpoch, through: lastDay.daysSinceEpoch)
            return days.map { scan.sum(through: $0.daysSinceEpoch) }
        }
        var arguments: [any DatabaseValueConvertible] = [metric, first.daysSinceEpoch, lastDay.daysSinceEpoch]
        let combinations = Self.combinationFilter(filter, arguments: &arguments)
        let sql = """
            SELECT cp_running(day, value) FROM (
                SELECT day, value FROM observations
                WHERE superseded_by IS NULL AND metric_id = (SELECT id FROM metrics WHERE name = ?) AND day BETWEEN ? AND ?\(combinations)
                ORDER BY day, import_id, seq)
            """
        let text = try read { db in try String.fetchOne(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)) }
        guard let text else { return days.map { _ in nil } }
        guard let running = RunningSequentialSum.decode(text) else {
            throw MetricsStoreError.database(path: path, message: "cp_running gave a result it cannot read back")
        }
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
