import MetricsStore
import PlanModel
import PostgresNIO

/// The review's questions over the warehouse table, each one aggregate query whose sum runs
/// in the server in a fixed order (`PostgresMetricsStore.sequentialSum`): the date, then the
/// dimension columns as text in byte order (`COLLATE "C"`), then the value itself. SQL used:
/// ordered aggregates, `DISTINCT ON`, window functions, `EXISTS`, casts — standard
/// PostgreSQL that Citus and Greenplum also run.
extension PostgresWarehouse {
    /// The row's value of a metric column, as the review reads numbers.
    func value(_ column: String) -> String { "CAST(\(column) AS DOUBLE PRECISION)" }

    /// The dimension columns as text, in byte order, aliased `c0…` (`c0` a constant, so a
    /// table without dimensions still has one).
    var dimensionSelect: String {
        (["0 AS c0"] + dimensionOrder.enumerated().map { "CAST(\(dimensionColumns[$0.element]!) AS TEXT) COLLATE \"C\" AS c\($0.offset + 1)" })
            .joined(separator: ", ")
    }

    var dimensionAliases: String { (0...dimensionOrder.count).map { "c\($0)" }.joined(separator: ", ") }

    /// ` AND dimension = $n` for each pair, or `nil` when a dimension is not one of the table's
    /// (nothing matches it, as a value no combination carries matches nothing in memory).
    func filterClause(_ filter: [String: String], _ binds: inout Binds) -> String? {
        var clause = ""
        for (dimension, wanted) in filter.sorted(by: { $0.key < $1.key }) {
            guard let column = dimensionColumns[dimension] else { return nil }
            clause += " AND CAST(\(column) AS TEXT) = \(binds.add(wanted))"
        }
        return clause
    }

    /// The alias of `dimension` in `dimensionSelect`.
    func alias(of dimension: String) -> String? {
        dimensionOrder.firstIndex(of: dimension).map { "c\($0 + 1)" }
    }

    /// The SQL of one aggregate, grouped by one dimension's alias when `group` is given.
    ///
    /// A flow sums the window's rows in order. A stock takes, per combination of dimension
    /// values, its last row in the window (`DISTINCT ON`, up to the window's end, dropped when
    /// before its start) and adds them in the order the combinations first appear (their first
    /// day in the plan's window, then their values), as the file review numbers them.
    func aggregateSQL(_ column: String, _ aggregation: Aggregation, in window: DateRange, filter: String, group: String?,
                      _ binds: inout Binds) -> String {
        let selectGroup = group.map { "\($0), " } ?? ""
        let groupBy = group.map { " GROUP BY \($0)" } ?? ""
        let ordered = (1...max(1, dimensionOrder.count)).map { dimensionOrder.isEmpty ? "c0" : "c\($0)" }.joined(separator: ", ")
        switch aggregation {
        case .sum:
            return """
                SELECT \(selectGroup)\(PostgresMetricsStore.sequentialSum("v", orderedBy: "day, \(ordered), v"))
                FROM (SELECT \(dimensionSelect), \(date) AS day, \(value(column)) AS v FROM \(relation)
                      WHERE \(column) IS NOT NULL AND \(range(window, &binds))\(filter)) AS rows\(groupBy)
                """
        case .last:
            // A combination is numbered by its first row with any metric's value, as the file
            // review numbers it when it first meets it (ties: the summing order of that day).
            let upToEnd = DateRange(first: scope.first, last: window.last)
            let seen = Set(metricColumns.values).sorted().map { "\($0) IS NOT NULL" }.joined(separator: " OR ")
            return """
                SELECT \(selectGroup)\(PostgresMetricsStore.sequentialSum("v", orderedBy: "first_day, \(ordered)"))
                FROM (SELECT DISTINCT ON (\(dimensionAliases)) \(dimensionAliases), day, v, first_day
                      FROM (SELECT \(dimensionAliases), day, v,
                                   min(day) FILTER (WHERE seen) OVER (PARTITION BY \(dimensionAliases)) AS first_day
                            FROM (SELECT \(dimensionSelect), \(date) AS day, \(value(column)) AS v, (\(seen)) AS seen FROM \(relation)
                                  WHERE \(range(upToEnd, &binds))\(filter)) AS rows) AS numbered
                      WHERE v IS NOT NULL
                      ORDER BY \(dimensionAliases), day DESC, v DESC) AS latest
                WHERE day >= CAST(\(binds.add(window.first.description)) AS DATE)\(groupBy)
                """
        }
    }

    /// - Complexity: one query over the window's rows of the metric (an index on the date
    ///   column reads only them); a breakdown's values of every dimension come from one grouped
    ///   query (`windowSums`; a stock's, one per dimension), kept for the review's life.
    public func aggregate(_ metric: String, _ aggregation: Aggregation, in window: DateRange,
                          where filter: [String: String]) throws -> Double? {
        guard let column = metricColumns[metric] else { return nil }
        if filter.count == 1, let (dimension, wanted) = filter.first {
            guard let group = alias(of: dimension) else { return nil }
            if aggregation == .sum, let position = dimensionOrder.firstIndex(of: dimension) {
                return try windowSums(metric, column, in: window).sums[position][wanted]
            }
            let question = GroupedAnswers.Question(metric: metric, aggregation: aggregation, first: window.first.daysSinceEpoch,
                                                   last: window.last.daysSinceEpoch, dimension: dimension)
            return try grouped.answer(question) {
                var binds = Binds()
                let sql = aggregateSQL(column, aggregation, in: window, filter: "", group: group, &binds)
                var answers: [String: Double] = [:]
                for row in try run(sql, binds) {
                    let (key, sum) = try decoded(row, (String?, Double).self)
                    if let key { answers[key] = sum }
                }
                return answers
            }[wanted]
        }
        if aggregation == .sum && filter.isEmpty {
            // Every window starting on the same day is one running sum read at its end.
            return try runningSums(metric, column, from: window.first).value(through: window.last)
        }
        var binds = Binds()
        guard let clause = filterClause(filter, &binds) else { return nil }
        let sql = aggregateSQL(column, aggregation, in: window, filter: clause, group: nil, &binds)
        let row = try run(sql, binds).first { _ in true }
        guard let row else { return nil }
        return try decoded(row, Double?.self)
    }

    /// A flow's pacing line: the running sum from `first` (`runningSums`), read at each day.
    public func aggregates(_ metric: String, _ aggregation: Aggregation, from first: CivilDate, through days: [CivilDate],
                           where filter: [String: String]) throws -> [Double?] {
        guard aggregation == .sum, filter.isEmpty, let column = metricColumns[metric] else {
            return try days.map { try aggregate(metric, aggregation, in: DateRange(first: first, last: $0), where: filter) }
        }
        let running = try runningSums(metric, column, from: first)
        return days.map { running.value(through: $0) }
    }

    /// The sequential sums of a metric from `first` through each day of the scope, in one
    /// query (`sum(v) OVER (ORDER BY … ROWS UNBOUNDED PRECEDING)`: the frame only grows, so
    /// each row's value is one more addition to the previous one), read at each day's last
    /// row — the bits `aggregate` gives for first…that day. Kept for the review's life: the
    /// review asks many windows starting on the same day (a plan and its first phase, a
    /// pacing line), and each costs the server a sort of the window's rows.
    ///
    /// A metric whose sums are order-free (`ScopeCoverage.orderFree`) is summed per day by the
    /// server in any order (hashed, no sort), and the days' sums added up here: every partial
    /// sum is exact, so these are the same bits.
    ///
    /// - Complexity: one pass over the rows from `first` to the scope's end, and a sort of them
    ///   (each day's, when read through an index on the date) unless order-free.
    func runningSums(_ metric: String, _ column: String, from first: CivilDate) throws -> RunningSums {
        let key = RunningSums.Key(metric: metric, first: max(first, scope.first).daysSinceEpoch)
        if let known = lock.withLock({ running[key] }) { return known }
        if try scopeCoverage(metric, column).orderFree {
            let found = try dailySums(column, from: first)
            lock.withLock { running[key] = found }
            return found
        }
        var binds = Binds()
        let ordered = dimensionOrder.isEmpty ? "c0" : (1...dimensionOrder.count).map { "c\($0)" }.joined(separator: ", ")
        let sql = """
            SELECT CAST(day AS DATE) - DATE '1970-01-01', running + CAST(0 AS DOUBLE PRECISION) FROM (
                SELECT day, sum(v) OVER steps AS running, lead(day) OVER steps AS next_day
                FROM (SELECT \(dimensionSelect), \(date) AS day, \(value(column)) AS v FROM \(relation)
                      WHERE \(column) IS NOT NULL AND \(range(DateRange(first: first, last: scope.last), &binds))) AS rows
                WINDOW steps AS (ORDER BY day, \(ordered), v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) AS steps
            WHERE next_day IS NULL OR next_day <> day
            ORDER BY day
            """
        var found = RunningSums()
        for row in try run(sql, binds) {
            let (day, sum) = try decoded(row, (Int, Double).self)
            found.days.append(day)
            found.sums.append(sum)
        }
        lock.withLock { running[key] = found }
        return found
    }

    /// `runningSums` of an order-free metric: the server sums each day (any order), the days'
    /// sums are added here in date order, from 0 as the sequential sum starts.
    private func dailySums(_ column: String, from first: CivilDate) throws -> RunningSums {
        var binds = Binds()
        let sql = """
            SELECT CAST(\(date) AS DATE) - DATE '1970-01-01' AS day, sum(\(value(column))) FROM \(relation)
            WHERE \(column) IS NOT NULL AND \(range(DateRange(first: first, last: scope.last), &binds))
            GROUP BY 1 ORDER BY 1
            """
        var found = RunningSums()
        var total = 0.0
        for row in try run(sql, binds) {
            let (day, sum) = try decoded(row, (Int, Double).self)
            total += sum
            found.days.append(day)
            found.sums.append(total)
        }
        return found
    }

    /// Asked once per dimension and kept (the snapshot does not change): the review asks it
    /// again for every KPI it breaks down, and each was a pass over the scope's rows.
    public func values(of dimension: String) throws -> [String] {
        guard let column = dimensionColumns[dimension] else { return [] }
        if let known = lock.withLock({ knownValues[dimension] }) { return known }
        var binds = Binds()
        let anyMetric = Set(metricColumns.values).sorted().map { "\($0) IS NOT NULL" }.joined(separator: " OR ")
        let rows = try run("""
            SELECT DISTINCT CAST(\(column) AS TEXT) FROM \(relation)
            WHERE \(column) IS NOT NULL AND (\(anyMetric)) AND \(range(scope, &binds))
            """, binds)
        var found: [String] = []
        for row in rows { found.append(try decoded(row, String.self)) }
        // Sorted as Swift Strings, as the in-memory source answers.
        found.sort()
        lock.withLock { knownValues[dimension] = found }
        return found
    }

    public func dimensionsByMetric() throws -> [String: Set<String>] {
        try dimensions()
    }

    /// The rows of the window, one observation per metric column that has a value, in the
    /// store's order (by date, then metric id, ties in the summing order).
    public func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String]) throws -> [Observation] {
        let wanted = metricColumns.keys.filter { metrics?.contains($0) ?? true }.sorted()
        guard !wanted.isEmpty else { return [] }
        var binds = Binds()
        guard let clause = filterClause(filter, &binds) else { return [] }
        let anyMetric = wanted.map { "\(metricColumns[$0]!) IS NOT NULL" }.joined(separator: " OR ")
        let ordered = dimensionOrder.isEmpty ? "" : ", " + (1...dimensionOrder.count).map { "c\($0)" }.joined(separator: ", ")
        let rows = try run("""
            SELECT CAST(day AS DATE) - DATE '1970-01-01'\(ordered), \(wanted.indices.map { "v\($0)" }.joined(separator: ", ")) FROM (
                SELECT \(dimensionSelect), \(date) AS day, \(wanted.enumerated().map { "\(value(metricColumns[$0.element]!)) AS v\($0.offset)" }.joined(separator: ", "))
                FROM \(relation) WHERE (\(anyMetric)) AND \(range(window, &binds))\(clause)) AS rows
            ORDER BY day\(ordered)
            """, binds)
        // Rows with the same day and values are one run, whose values of a metric the sums add
        // ascending (NaN last): the order among them here too.
        var found: [(observation: Observation, run: Int)] = []
        var run = 0
        var previous: (day: Int, dimensions: [String: String])?
        for row in rows {
            let cells = row.makeRandomAccess()
            let day: Int = try decodedCell(cells[0])
            var dimensions: [String: String] = [:]
            for (offset, name) in dimensionOrder.enumerated() {
                let text: String? = try decodedCell(cells[offset + 1])
                if let text { dimensions[name] = text }
            }
            if let previous, previous.day != day || previous.dimensions != dimensions { run += 1 }
            previous = (day, dimensions)
            for (offset, metric) in wanted.enumerated() {
                let cell: Double? = try decodedCell(cells[dimensionOrder.count + 1 + offset])
                if let cell {
                    found.append((Observation(date: CivilDate(daysSinceEpoch: day), metric: metric, value: cell, dimensions: dimensions), run))
                }
            }
        }
        return found.sorted { a, b in
            let x = a.observation, y = b.observation
            if x.date != y.date { return x.date < y.date }
            if x.metric != y.metric { return x.metric < y.metric }
            if a.run != b.run { return a.run < b.run }
            return (x.value.isNaN ? 1 : 0, x.value) < (y.value.isNaN ? 1 : 0, y.value)
        }.map(\.observation)
    }

    func decodedCell<T: PostgresDecodable>(_ cell: PostgresCell) throws(MetricsStoreError) -> T {
        do { return try cell.decode(T.self) } catch {
            throw .database(path: spec.source, message: "a row cannot be read: \(PostgresSession.message(error))")
        }
    }

    func decoded<T: PostgresDecodable>(_ row: PostgresRow, _ type: T.Type) throws(MetricsStoreError) -> T {
        do { return try row.decode(T.self) } catch {
            throw .database(path: spec.source, message: "a row cannot be read: \(PostgresSession.message(error))")
        }
    }

    func decoded<each T: PostgresDecodable>(_ row: PostgresRow, _ types: (repeat each T).Type) throws(MetricsStoreError) -> (repeat each T) {
        do { return try row.decode((repeat each T).self) } catch {
            throw .database(path: spec.source, message: "a row cannot be read: \(PostgresSession.message(error))")
        }
    }
}
