import MetricsStore
import NIOCore
import PlanModel
import PostgresNIO

extension PostgresWarehouse {
    /// The rows the review reads — the plan's window, the mapped columns, rows with at least
    /// one metric value — fetched once through a cursor in the review's snapshot and sorted
    /// into the summing order (`WarehouseScopeRows`); `nil`, with the cursor closed, as soon
    /// as they hold more than `limit` observations, so memory stays bounded by `limit` and
    /// the review asks its questions as aggregate queries instead.
    ///
    /// The window and the columns are the server's work (an index or partitions on the date
    /// column read only the window); nothing is sorted by the server.
    ///
    /// - Complexity: one pass over the window's rows, in batches of `batch` rows (each asked
    ///   for while the one before is read), and O(n log n) for the client's sort.
    public func scopeRows(limit: Int, batch: Int = 20_000) throws -> WarehouseScopeRows? {
        let metrics = metricColumns.keys.sorted()
        var rows = WarehouseScopeRows(metrics: metrics, dimensions: dimensionOrder)
        guard !metrics.isEmpty else { return rows }
        var binds = Binds()
        let anyMetric = metrics.map { "\(metricColumns[$0]!) IS NOT NULL" }.joined(separator: " OR ")
        let select = ["CAST(CAST(\(date) AS DATE) - DATE '1970-01-01' AS INTEGER)"]
            + dimensionOrder.map { "CAST(\(dimensionColumns[$0]!) AS TEXT)" }
            + metrics.map { value(metricColumns[$0]!) }
        let cursor = "cycleplan_scope_rows"
        return try session.locked { () throws(MetricsStoreError) -> WarehouseScopeRows? in
            try session.run("""
                DECLARE \(cursor) NO SCROLL CURSOR FOR
                SELECT \(select.joined(separator: ", ")) FROM \(relation) WHERE (\(anyMetric)) AND \(range(scope, &binds))
                """, binds)
            defer { _ = try? session.run("CLOSE \(cursor)") }
            var cells: [ByteBuffer?] = []
            let fetch = "FETCH FORWARD \(batch) FROM \(cursor)"
            // The next batch is asked for before this one is read, so the server and the
            // connection's thread make it ready on the other core meanwhile (statements on a
            // connection run in order, so the `CLOSE` above waits for a batch left unread).
            var next: EventLoopFuture<PostgresQueryResult>? = session.send(fetch, Binds())
            while let pending = next {
                let fetched: PostgresQueryResult
                do { fetched = try pending.wait() } catch {
                    throw .database(path: session.location, message: PostgresSession.message(error))
                }
                next = fetched.count == batch ? session.send(fetch, Binds()) : nil
                for row in fetched { try append(row, to: &rows, dimensions: dimensionOrder.count, cells: &cells) }
                if rows.count > limit { return nil }
            }
            rows.finish()
            return rows
        }
    }

    /// One fetched row into `rows`, read from its binary cells: the columns' types are fixed by
    /// the casts of `scopeRows`, and any other is refused rather than misread.
    private func append(_ row: PostgresRow, to rows: inout WarehouseScopeRows, dimensions: Int,
                        cells: inout [ByteBuffer?]) throws(MetricsStoreError) {
        cells.removeAll(keepingCapacity: true)
        var position = 0
        for cell in row {
            let expected: PostgresDataType = position == 0 ? .int4 : position <= dimensions ? .text : .float8
            guard cell.dataType == expected else {
                throw .database(path: spec.source, message: "a row cannot be read: column \(position + 1) is \(cell.dataType), not \(expected)")
            }
            cells.append(cell.bytes)
            position += 1
        }
        guard let dayCell = cells[0], dayCell.readableBytes == 4, let day = dayCell.getInteger(at: dayCell.readerIndex, as: Int32.self) else {
            throw .database(path: spec.source, message: "a row cannot be read: its date is missing")
        }
        rows.append(day: day, cells: cells.dropFirst())
    }
}
