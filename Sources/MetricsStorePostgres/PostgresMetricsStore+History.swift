import MetricsStore
import PostgresNIO

extension PostgresMetricsStore {
    public func imports() throws -> [ImportRecord] {
        try session.locked { () throws(MetricsStoreError) in try importRecords("SELECT * FROM imports ORDER BY id") }
    }

    public func history(of importID: Int64) throws -> ImportHistory? {
        try session.locked { () throws(MetricsStoreError) -> ImportHistory? in
            var find = Binds()
            guard let record = try importRecords("SELECT * FROM imports WHERE id = \(find.add(importID))", find).first else { return nil }
            var binds = Binds()
            let current = try count("SELECT count(*) FROM observations WHERE import_id = \(binds.add(importID)) AND superseded_by IS NULL", binds)
            var later = Binds()
            let supersededBy = try pairs("""
                SELECT superseded_by, count(*) FROM observations
                WHERE import_id = \(later.add(importID)) AND superseded_by IS NOT NULL GROUP BY superseded_by ORDER BY superseded_by
                """, later)
            var earlier = Binds()
            let supersedes = try pairs("""
                SELECT import_id, count(*) FROM observations
                WHERE superseded_by = \(earlier.add(importID)) GROUP BY import_id ORDER BY import_id
                """, earlier)
            return ImportHistory(record: record, current: current, supersededBy: supersededBy, supersedes: supersedes)
        }
    }

    /// - Complexity: O(k log N) for the k rows the import brought or had superseded.
    public func drop(_ importID: Int64) throws -> Bool {
        try session.locked { () throws(MetricsStoreError) -> Bool in
            try session.transaction { () throws(MetricsStoreError) -> Bool in
                var lock = Binds()
                try session.run("SELECT pg_advisory_xact_lock(hashtextextended(\(lock.add(lockKey)), 0))", lock)
                var find = Binds()
                guard try count("SELECT count(*) FROM imports WHERE id = \(find.add(importID))", find) > 0 else { return false }
                var delete = Binds()
                try session.run("DELETE FROM observations WHERE import_id = \(delete.add(importID))", delete)
                // What it superseded goes to the next later import giving the same key, or is current again.
                var restore = Binds()
                try session.run("""
                    UPDATE observations SET superseded_by = (
                        SELECT min(later.import_id) FROM observations AS later
                        WHERE later.metric = observations.metric AND later.day = observations.day
                          AND later.combination_id = observations.combination_id AND later.import_id > observations.import_id)
                    WHERE superseded_by = \(restore.add(importID))
                    """, restore)
                var gone = Binds()
                try session.run("DELETE FROM imports WHERE id = \(gone.add(importID))", gone)
                return true
            }
        }
    }

    public func counts() throws -> (current: Int, all: Int) {
        try session.locked { () throws(MetricsStoreError) in
            (try count("SELECT count(*) FROM observations WHERE superseded_by IS NULL"), try count("SELECT count(*) FROM observations"))
        }
    }

    /// The one number a `count(*)` answers. The caller holds the session's lock.
    func count(_ sql: String, _ binds: Binds = Binds()) throws(MetricsStoreError) -> Int {
        guard let row = try session.run(sql, binds).first(where: { _ in true }), let value = try? row.decode(Int.self) else {
            throw .database(path: url.shown, message: "a count gave no number")
        }
        return value
    }

    /// (import id, count) rows. The caller holds the session's lock.
    private func pairs(_ sql: String, _ binds: Binds) throws(MetricsStoreError) -> [(importID: Int64, count: Int)] {
        var result: [(importID: Int64, count: Int)] = []
        for row in try session.run(sql, binds) {
            guard let (id, count) = try? row.decode((Int64, Int).self) else { throw .database(path: url.shown, message: "a history row cannot be read") }
            result.append((id, count))
        }
        return result
    }
}
