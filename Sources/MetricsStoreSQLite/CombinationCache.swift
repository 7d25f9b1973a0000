import GRDB
import MetricsStore

/// Combination ids by dimension values, created on first sight.
struct CombinationCache {
    private var ids: [[String: String]: Int64] = [:]

    mutating func id(of dimensions: [String: String], in db: Database) throws -> Int64 {
        if let known = ids[dimensions] { return known }
        let key = CombinationKey.of(dimensions)
        let id: Int64
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM combinations WHERE key = ?", arguments: [key]) {
            id = existing
        } else {
            try db.execute(sql: "INSERT INTO combinations (key) VALUES (?)", arguments: [key])
            id = db.lastInsertedRowID
            for (dimension, value) in dimensions {
                try db.execute(sql: "INSERT INTO combination_values (combination_id, dimension, value) VALUES (?, ?, ?)",
                               arguments: [id, dimension, value])
            }
        }
        ids[dimensions] = id
        return id
    }
}
