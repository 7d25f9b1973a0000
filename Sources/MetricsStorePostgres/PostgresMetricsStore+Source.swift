import MetricsStore
import PlanModel
import PostgresNIO

/// The review's questions answered in SQL, bit for bit as the SQLite store answers them.
///
/// PostgreSQL's `sum(double precision)` adds with plain IEEE additions (`float8pl`), one value
/// after the other in the order its input comes; `sum(value ORDER BY day, import_id, seq)`
/// fixes that order to the store's (and an aggregate with ORDER BY is never split across
/// parallel workers). Its sum starts from the first value where the in-memory store starts
/// from 0, which differs only for a sum of negative zeros: `+ 0` after it makes that `+0.0`
/// too. So the sequential sum runs inside the server and one number comes back.
extension PostgresMetricsStore {
    /// `sum(value ORDER BY …) + 0`: the sequential sum of the rows in the given order.
    static func sequentialSum(_ value: String, orderedBy order: String) -> String {
        "(sum(\(value) ORDER BY \(order)) + CAST(0 AS DOUBLE PRECISION))"
    }

    /// - Complexity: a flow reads its window's rows through `observations_current_series`,
    ///   O(log N + m) plus the sort; a stock groups the matching rows up to the window's end.
    public func aggregate(_ metric: String, _ aggregation: Aggregation, in window: DateRange,
                          where filter: [String: String]) throws -> Double? {
        if let grouped, filter.count == 1, let (dimension, value) = filter.first {
            let question = GroupedAnswers.Question(metric: metric, aggregation: aggregation, first: window.first.daysSinceEpoch,
                                                   last: window.last.daysSinceEpoch, dimension: dimension)
            return try grouped.answer(question) { try aggregateByValue(metric, aggregation, in: window, of: dimension) }[value]
        }
        var binds = Binds()
        let first = Int64(window.first.daysSinceEpoch), last = Int64(window.last.daysSinceEpoch)
        let sql: String
        switch aggregation {
        case .sum:
            sql = """
                SELECT \(Self.sequentialSum("value", orderedBy: "day, import_id, seq")) FROM observations
                WHERE superseded_by IS NULL AND metric = \(binds.add(metric)) AND day BETWEEN \(binds.add(first)) AND \(binds.add(last))\
                \(Self.combinationFilter(filter, &binds))
                """
        case .last:
            let metricParameter = binds.add(metric)
            sql = """
                SELECT \(Self.sequentialSum("o.value", orderedBy: "latest.combination_id"))
                FROM (SELECT combination_id, max(day) AS day FROM observations
                      WHERE superseded_by IS NULL AND metric = \(metricParameter) AND day <= \(binds.add(last))\
                \(Self.combinationFilter(filter, &binds))
                      GROUP BY combination_id) AS latest
                JOIN observations AS o
                  ON o.superseded_by IS NULL AND o.metric = \(metricParameter) AND o.day = latest.day AND o.combination_id = latest.combination_id
                WHERE latest.day >= \(binds.add(first))
                """
        }
        let row = try run(sql, binds).first(where: { _ in true })
        do {
            return try row?.decode(Double?.self)
        } catch {
            throw MetricsStoreError.database(path: url.shown, message: "a sum cannot be read: \(PostgresSession.message(error))")
        }
    }

    /// The aggregate for every value of `dimension` at once (GROUP BY the value, each group's
    /// sum ordered as `aggregate(…, where: [dimension: value])` orders it).
    func aggregateByValue(_ metric: String, _ aggregation: Aggregation, in window: DateRange, of dimension: String) throws -> [String: Double] {
        var binds = Binds()
        let first = Int64(window.first.daysSinceEpoch), last = Int64(window.last.daysSinceEpoch)
        let sql: String
        switch aggregation {
        case .sum:
            sql = """
                SELECT cv.value, \(Self.sequentialSum("o.value", orderedBy: "o.day, o.import_id, o.seq"))
                FROM observations AS o
                JOIN combination_values AS cv ON cv.combination_id = o.combination_id AND cv.dimension = \(binds.add(dimension))
                WHERE o.superseded_by IS NULL AND o.metric = \(binds.add(metric)) AND o.day BETWEEN \(binds.add(first)) AND \(binds.add(last))
                GROUP BY cv.value
                """
        case .last:
            let metricParameter = binds.add(metric)
            sql = """
                SELECT cv.value, \(Self.sequentialSum("o.value", orderedBy: "latest.combination_id"))
                FROM (SELECT combination_id, max(day) AS day FROM observations
                      WHERE superseded_by IS NULL AND metric = \(metricParameter) AND day <= \(binds.add(last))
                      GROUP BY combination_id) AS latest
                JOIN observations AS o
                  ON o.superseded_by IS NULL AND o.metric = \(metricParameter) AND o.day = latest.day AND o.combination_id = latest.combination_id
                JOIN combination_values AS cv ON cv.combination_id = latest.combination_id AND cv.dimension = \(binds.add(dimension))
                WHERE latest.day >= \(binds.add(first))
                GROUP BY cv.value
                """
        }
        var result: [String: Double] = [:]
        for row in try run(sql, binds) {
            guard let (value, sum) = try? row.decode((String, Double).self) else {
                throw MetricsStoreError.database(path: url.shown, message: "a grouped sum cannot be read")
            }
            result[value] = sum
        }
        return result
    }

    public func values(of dimension: String) throws -> [String] {
        var binds = Binds()
        let rows = try run("""
            SELECT DISTINCT value FROM combination_values AS cv
            WHERE dimension = \(binds.add(dimension))
              AND EXISTS (SELECT 1 FROM observations AS o WHERE o.combination_id = cv.combination_id AND o.superseded_by IS NULL)
            """, binds)
        var found = Set<String>()
        for row in rows { found.insert(try decoded(row, String.self)) }
        // Distinct and sorted as Swift Strings, as the in-memory store answers.
        return found.sorted()
    }

    public func dimensionsByMetric() throws -> [String: Set<String>] {
        let rows = try run("""
            SELECT m.metric, cv.dimension
            FROM (SELECT DISTINCT combination_id, metric FROM observations WHERE superseded_by IS NULL) AS m
            LEFT JOIN combination_values AS cv ON cv.combination_id = m.combination_id
            """)
        var result: [String: Set<String>] = [:]
        for row in rows {
            let (metric, dimension) = try decoded(row, (String, String?).self)
            result[metric, default: []].formUnion(dimension.map { [$0] } ?? [])
        }
        return result
    }

    public func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String]) throws -> [Observation] {
        var binds = Binds()
        var metricClause = ""
        let range = "day BETWEEN \(binds.add(Int64(window.first.daysSinceEpoch))) AND \(binds.add(Int64(window.last.daysSinceEpoch)))"
        if let metrics {
            guard !metrics.isEmpty else { return [] }
            metricClause = " AND metric = ANY(\(binds.add(metrics.sorted())))"
        }
        let rows = try run("""
            SELECT metric, day, combination_id, value FROM observations
            WHERE superseded_by IS NULL AND \(range)\(metricClause)\(Self.combinationFilter(filter, &binds))
            ORDER BY day, import_id, seq
            """, binds)
        var found: [(metric: String, day: Int, combination: Int64, value: Double)] = []
        for row in rows {
            let (metric, day, combination, value) = try decoded(row, (String, Int, Int64, Double).self)
            found.append((metric, day, combination, value))
        }
        var dimensions: [Int64: [String: String]] = [:]
        let combinations = Array(Set(found.map(\.combination))).sorted()
        if !combinations.isEmpty {
            var pairs = Binds()
            for row in try run("""
                SELECT combination_id, dimension, value FROM combination_values WHERE combination_id = ANY(\(pairs.add(combinations)))
                """, pairs) {
                let (combination, dimension, value) = try decoded(row, (Int64, String, String).self)
                dimensions[combination, default: [:]][dimension] = value
            }
        }
        let observations = found.map { Observation(date: CivilDate(daysSinceEpoch: $0.day), metric: $0.metric, value: $0.value,
                                                   dimensions: dimensions[$0.combination] ?? [:]) }
        // The store's order ties a day's metrics by Swift String order, as the in-memory store.
        return observations.enumerated().sorted { a, b in
            (a.element.date.daysSinceEpoch, a.element.metric, a.offset) < (b.element.date.daysSinceEpoch, b.element.metric, b.offset)
        }.map(\.element)
    }

    /// ` AND combination_id IN (…)`: the combinations carrying every pair of the filter, with
    /// the pairs as parameters (the SQL's shape depends only on how many there are).
    static func combinationFilter(_ filter: [String: String], _ binds: inout Binds) -> String {
        guard !filter.isEmpty else { return "" }
        let each = filter.sorted { $0.key < $1.key }.map { pair in
            "SELECT combination_id FROM combination_values WHERE dimension = \(binds.add(pair.key)) AND value = \(binds.add(pair.value))"
        }
        return " AND combination_id IN (\(each.joined(separator: " INTERSECT ")))"
    }

    func decoded<T: PostgresDecodable>(_ row: PostgresRow, _ type: T.Type) throws(MetricsStoreError) -> T {
        do { return try row.decode(T.self) } catch {
            throw .database(path: url.shown, message: "a row cannot be read: \(PostgresSession.message(error))")
        }
    }

    func decoded<each T: PostgresDecodable>(_ row: PostgresRow, _ types: (repeat each T).Type) throws(MetricsStoreError) -> (repeat each T) {
        do { return try row.decode((repeat each T).self) } catch {
            throw .database(path: url.shown, message: "a row cannot be read: \(PostgresSession.message(error))")
        }
    }
}
