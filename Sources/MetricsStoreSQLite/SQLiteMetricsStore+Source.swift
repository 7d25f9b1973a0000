import GRDB
import MetricsStore
import PlanModel

/// The review's questions answered in SQL: sums and last values are computed by SQLite over
/// the current rows, and only one number comes back.
extension SQLiteMetricsStore {
    /// - Complexity: a flow reads its window's rows through `observations_current_series`,
    ///   O(log N + m); a stock groups the matching rows up to the window's end by combination.
    public func aggregate(_ metric: String, _ aggregation: Aggregation, in window: DateRange,
                          where filter: [String: String]) throws -> Double? {
        if let grouped, filter.count == 1, let (dimension, value) = filter.first {
            let question = GroupedAnswers.Question(metric: metric, aggregation: aggregation, first: window.first.daysSinceEpoch,
                                                   last: window.last.daysSinceEpoch, dimension: dimension)
            return try grouped.answer(question) { try aggregateByValue(metric, aggregation, in: window, of: dimension) }[value]
        }
        var arguments: [any DatabaseValueConvertible] = []
        let first = window.first.daysSinceEpoch, last = window.last.daysSinceEpoch
        let sql: String
        switch aggregation {
        case .sum:
            arguments = [metric, first, last]
            let combinations = Self.combinationFilter(filter, arguments: &arguments)
            sql = """
                SELECT cp_sum(value) FROM (
                    SELECT value FROM observations
                    WHERE superseded_by IS NULL AND metric = ? AND day BETWEEN ? AND ?\(combinations)
                    ORDER BY day, import_id, seq)
                """
        case .last:
            arguments = [metric, last]
            let combinations = Self.combinationFilter(filter, arguments: &arguments)
            arguments += [metric, first]
            sql = """
                SELECT cp_sum(value) FROM (
                    SELECT o.value AS value
                    FROM (SELECT combination_id, max(day) AS day FROM observations
                          WHERE superseded_by IS NULL AND metric = ? AND day <= ?\(combinations)
                          GROUP BY combination_id) AS latest
                    JOIN observations AS o
                      ON o.superseded_by IS NULL AND o.metric = ? AND o.day = latest.day AND o.combination_id = latest.combination_id
                    WHERE latest.day >= ?
                    ORDER BY latest.combination_id)
                """
        }
        return try read { db in try Double.fetchOne(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)) }
    }

    /// The aggregate for every value of `dimension` at once, each summed in the store's order
    /// as `aggregate(…, where: [dimension: value])` sums it.
    func aggregateByValue(_ metric: String, _ aggregation: Aggregation, in window: DateRange, of dimension: String) throws -> [String: Double] {
        let first = window.first.daysSinceEpoch, last = window.last.daysSinceEpoch
        let sql: String
        let arguments: StatementArguments
        switch aggregation {
        case .sum:
            arguments = [dimension, metric, first, last]
            sql = """
                SELECT cp_sum_by(g, value) FROM (
                    SELECT cv.value AS g, o.value AS value
                    FROM observations AS o
                    JOIN combination_values AS cv ON cv.combination_id = o.combination_id AND cv.dimension = ?
                    WHERE o.superseded_by IS NULL AND o.metric = ? AND o.day BETWEEN ? AND ?
                    ORDER BY o.day, o.import_id, o.seq)
                """
        case .last:
            arguments = [metric, last, metric, dimension, first]
            sql = """
                SELECT cp_sum_by(g, value) FROM (
                    SELECT cv.value AS g, o.value AS value
                    FROM (SELECT combination_id, max(day) AS day FROM observations
                          WHERE superseded_by IS NULL AND metric = ? AND day <= ?
                          GROUP BY combination_id) AS latest
                    JOIN observations AS o
                      ON o.superseded_by IS NULL AND o.metric = ? AND o.day = latest.day AND o.combination_id = latest.combination_id
                    JOIN combination_values AS cv ON cv.combination_id = latest.combination_id AND cv.dimension = ?
                    WHERE latest.day >= ?
                    ORDER BY latest.combination_id)
                """
        }
        let text = try read { db in try String.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) }
        guard let text else { return [:] }
        guard let decoded = GroupedSequentialSum.decode(text) else {
            throw MetricsStoreError.database(path: path, message: "cp_sum_by gave a result it cannot read back")
        }
        return decoded
    }

    public func values(of dimension: String) throws -> [String] {
        let found = try read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT value FROM combination_values AS cv
                WHERE dimension = ?
                  AND EXISTS (SELECT 1 FROM observations AS o WHERE o.combination_id = cv.combination_id AND o.superseded_by IS NULL)
                """, arguments: [dimension])
        }
        // Distinct and sorted as Swift Strings, as the in-memory store answers.
        return Set(found).sorted()
    }

    public func dimensionsByMetric() throws -> [String: Set<String>] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.metric, cv.dimension
                FROM (SELECT DISTINCT combination_id, metric FROM observations WHERE superseded_by IS NULL) AS m
                LEFT JOIN combination_values AS cv ON cv.combination_id = m.combination_id
                """)
        }
        var result: [String: Set<String>] = [:]
        for row in rows {
            let metric: String = row["metric"]
            let dimension: String? = row["dimension"]
            result[metric, default: []].formUnion(dimension.map { [$0] } ?? [])
        }
        return result
    }

    public func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String]) throws -> [Observation] {
        var arguments: [any DatabaseValueConvertible] = [window.first.daysSinceEpoch, window.last.daysSinceEpoch]
        var metricClause = ""
        if let metrics {
            guard !metrics.isEmpty else { return [] }
            let sorted = metrics.sorted()
            metricClause = " AND metric IN (\(sorted.map { _ in "?" }.joined(separator: ", ")))"
            arguments += sorted as [any DatabaseValueConvertible]
        }
        let combinations = Self.combinationFilter(filter, arguments: &arguments)
        let found = try read { db -> [Observation] in
            var dimensions: [Int64: [String: String]] = [:]
            var result: [Observation] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT metric, day, combination_id, value FROM observations
                WHERE superseded_by IS NULL AND day BETWEEN ? AND ?\(metricClause)\(combinations)
                ORDER BY day, import_id, seq
                """, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let combination: Int64 = row["combination_id"]
                if dimensions[combination] == nil {
                    let pairs = try Row.fetchAll(db, sql: "SELECT dimension, value FROM combination_values WHERE combination_id = ?",
                                                 arguments: [combination])
                    dimensions[combination] = Dictionary(pairs.map { ($0["dimension"], $0["value"]) }, uniquingKeysWith: { first, _ in first })
                }
                result.append(Observation(date: CivilDate(daysSinceEpoch: row["day"]), metric: row["metric"], value: row["value"],
                                          dimensions: dimensions[combination] ?? [:]))
            }
            return result
        }
        // The store's order ties a day's metrics by Swift String order, as the in-memory store.
        return found.enumerated().sorted { a, b in
            (a.element.date.daysSinceEpoch, a.element.metric, a.offset) < (b.element.date.daysSinceEpoch, b.element.metric, b.offset)
        }.map(\.element)
    }

    /// ` AND combination_id IN (…)`: the combinations carrying every pair of the filter, with
    /// the pairs as parameters (the SQL's shape depends only on how many there are).
    static func combinationFilter(_ filter: [String: String], arguments: inout [any DatabaseValueConvertible]) -> String {
        guard !filter.isEmpty else { return "" }
        let pairs = filter.sorted { $0.key < $1.key }
        for (dimension, value) in pairs { arguments += [dimension, value] }
        let each = "SELECT combination_id FROM combination_values WHERE dimension = ? AND value = ?"
        return " AND combination_id IN (\(pairs.map { _ in each }.joined(separator: " INTERSECT ")))"
    }
}
