import MetricsStore

/// Observations on their way to an import's scratch table (`incoming`), as the arrays one
/// statement sends (`unnest`): numbered on from the previous chunk, in the batch's order.
struct IncomingChunk {
    private var seqs: [Int64] = [], metrics: [String] = [], days: [Int64] = [], ids: [Int64] = [], values: [Double] = []
    /// The number the next observation gets (its `seq`).
    private var next: Int64 = 0

    var count: Int { seqs.count }

    mutating func append(metric: String, day: Int, value: Double, combinationID: Int64) {
        seqs.append(next)
        metrics.append(metric)
        days.append(Int64(day))
        ids.append(combinationID)
        values.append(value)
        next += 1
    }

    /// Sends the chunk's rows in one statement and empties it. The caller holds the session's
    /// lock, inside the import's transaction.
    mutating func send(into session: PostgresSession) throws(MetricsStoreError) {
        guard !seqs.isEmpty else { return }
        var chunk = Binds()
        try session.run("""
            INSERT INTO incoming
            SELECT * FROM unnest(\(chunk.add(seqs))::int8[], \(chunk.add(metrics))::text[], \(chunk.add(days))::int4[],
                                 \(chunk.add(ids))::int8[], \(chunk.add(values))::float8[])
            """, chunk)
        seqs.removeAll(keepingCapacity: true)
        metrics.removeAll(keepingCapacity: true)
        days.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }
}
