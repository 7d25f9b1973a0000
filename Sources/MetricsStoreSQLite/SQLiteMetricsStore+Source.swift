import GRDB
import MetricsStore
import PlanModel

/// The review's questions answered in SQL: sums and last values are computed by SQLite over
/// the current rows, and only one number comes back.
extension SQLiteMetricsStore {
    /// - Complexity: a flow unfiltered or filtered by one dimension value is answered by its
    ///   window's scan (`windowScan`: one pass over the window's rows through
    ///   the table in series order, O(log N + m), kept while read-only); by several, one
    ///   such pass of its own; a stock groups the matching rows up to the window's end by
    ///   combination.
    public func aggregate(_ metric: String, _ aggregation: Aggregation, in window: DateRange,
                          where filter: [String: String]) throws -> Double? {
        if aggregation == .sum && filter.count <= 1 {
            let scan = try windowScan(metric, from: window.first.daysSinceEpoch, through: window.last.daysSinceEpoch)
            guard let (dimension, value) = filter.first else { return scan.total }
            return scan.sum(of: dimension, value)
        }
        if let grouped, filter.count == 1, let (dimension, value) = filter.first {
            let question = GroupedAnswers.Question(metric: metric, aggregation: aggregation, first: window.first.daysSinceEpoch,
                                                   last: window.last.daysSinceEpoch, dimension: dimension)
            return try grouped.answer(question) { try lastByValue(metric, in: window, of: dimension) }[value]
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
                    WHERE superseded_by IS NULL AND metric_id = (SELECT id FROM metrics WHERE name = ?) AND day BETWEEN ? AND ?\(combinations)
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
                          WHERE superseded_by IS NULL AND metric_id = (SELECT id FROM metrics WHERE name = ?) AND day <= ?\(combinations)
                          GROUP BY combination_id) AS latest
                    JOIN observations AS o
                      ON o.superseded_by IS NULL AND o.metric_id = (SELECT id FROM metrics WHERE name = ?) AND o.day = latest.day AND o.combination_id = latest.combination_id
                    WHERE latest.day >= ?
                    ORDER BY latest.combination_id)
                """
        }
        return try read { db in try Double.fetchOne(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)) }
    }

    /// A stock's last values summed for every value of `dimension` at once, each in the order
    /// `aggregate(…, .last, where: [dimension: value])` sums them (a flow's per-value sums come
    /// from its window's scan).
    func lastByValue(_ metric: String, in window: DateRange, of dimension: String) throws -> [String: Double] {
        let arguments: StatementArguments = [metric, window.last.daysSinceEpoch, metric, dimension, window.first.daysSinceEpoch]
        let sql = """
            SELECT cp_sum_by(g, value) FROM (
                SELECT cv.value AS g, o.value AS value
                FROM (SELECT combination_id, max(day) AS day FROM observations
                      WHERE superseded_by IS NULL AND metric_id = (SELECT id FROM metrics WHERE name = ?) AND day <= ?
                      GROUP BY combination_id) AS latest
                JOIN observations AS o
                  ON o.superseded_by IS NULL AND o.metric_id = (SELECT id FROM metrics WHERE name = ?) AND o.day = latest.day AND o.combination_id = latest.combination_id
                JOIN combination_values AS cv ON cv.combination_id = latest.combination_id AND cv.dimension = ?
                WHERE latest.day >= ?
                ORDER BY latest.combination_id)
            """
        let text = try read { db in try String.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) }
        guard let text else { return [:] }
        guard let decoded = GroupedSequentialSum.decode(text) else {
            throw MetricsStoreError.database(path: path, message: "cp_sum_by gave a result it cannot read back")
        }
        return decoded
    }

    public func values(of dimension: String) throws -> [String] {
        try remembered(.values(dimension: dimension)) { try currentValues(of: dimension) }
    }

    private func currentValues(of dimension: String) throws -> [String] {
        let found = try read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT value FROM combination_values AS cv
                WHERE dimension = ?
                  AND EXISTS (SELECT 1 FROM series AS s WHERE s.combination_id = cv.combination_id)
                """, arguments: [dimension])
        }
        // Distinct and sorted as Swift Strings, as the in-memory store answers.
        return Set(found).sorted()
    }

    /// - Complexity: O(s·p) for the s (metric, combination) pairs of the store (`series`,
    ///   kept at import), p dimensions each — not a pass over the store's rows, which grew
    ///   with every cycle imported.
    public func dimensionsByMetric() throws -> [String: Set<String>] {
        try remembered(.dimensionsByMetric) { try currentDimensionsByMetric() }
    }

    private func currentDimensionsByMetric() throws -> [String: Set<String>] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.name AS metric, cv.dimension
                FROM series AS s JOIN metrics AS m ON m.id = s.metric_id
                LEFT JOIN combination_values AS cv ON cv.combination_id = s.combination_id
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
            metricClause = " AND o.metric_id IN (SELECT id FROM metrics WHERE name IN (\(sorted.map { _ in "?" }.joined(separator: ", "))))"
            arguments += sorted as [any DatabaseValueConvertible]
        }
        let combinations = Self.combinationFilter(filter, arguments: &arguments)
        let found = try read { db -> [Observation] in
            let table = try combinationTable(db)
            var dimensions: [Int: [String: String]] = [:]
            var result: [Observation] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT m.name AS metric, o.day, o.combination_id, o.value
                FROM observations AS o JOIN metrics AS m ON m.id = o.metric_id
                WHERE o.superseded_by IS NULL AND o.day BETWEEN ? AND ?\(metricClause)\(combinations)
                ORDER BY o.day, o.import_id, o.seq
                """, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let combination: Int = row["combination_id"]
                if dimensions[combination] == nil {
                    // One dictionary per combination, shared by its observations.
                    dimensions[combination] = table.dimensions(of: combination)
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
