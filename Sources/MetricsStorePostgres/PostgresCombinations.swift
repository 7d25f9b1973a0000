import MetricsStore

/// Combination ids by dimension values, created on first sight (as the SQLite store's
/// `CombinationCache`, with the same key, so both stores number combinations alike).
struct PostgresCombinations {
    private var ids: [[String: String]: Int64] = [:]

    /// The caller holds the session's lock, inside the import's transaction.
    mutating func id(of dimensions: [String: String], in session: PostgresSession) throws(MetricsStoreError) -> Int64 {
        if let known = ids[dimensions] { return known }
        let key = CombinationKey.of(dimensions)
        var find = Binds()
        let id: Int64
        if let existing = try session.run("SELECT id FROM combinations WHERE key = \(find.add(key))", find).first(where: { _ in true }),
           let value = try? existing.decode(Int64.self) {
            id = value
        } else {
            var insert = Binds()
            let row = try session.run("INSERT INTO combinations (key) VALUES (\(insert.add(key))) RETURNING id", insert).first(where: { _ in true })
            guard let value = try? row?.decode(Int64.self) else { throw .database(path: session.location, message: "a new combination got no id") }
            id = value
            for (dimension, text) in dimensions.sorted(by: { $0.key < $1.key }) {
                var pair = Binds()
                try session.run("""
                    INSERT INTO combination_values (combination_id, dimension, value)
                    VALUES (\(pair.add(id)), \(pair.add(dimension)), \(pair.add(text)))
                    """, pair)
            }
        }
        ids[dimensions] = id
        return id
    }
}
