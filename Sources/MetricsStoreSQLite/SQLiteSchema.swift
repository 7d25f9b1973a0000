import GRDB

/// The store's schema, as versioned migrations. A migration, once released, never changes:
/// a change is a new one. Stores record the migrations applied (GRDB's `grdb_migrations`),
/// so a store with migrations this version does not know was written by a newer one.
///
/// Observations are never updated in place: a later import giving the same (metric, day,
/// dimension combination) marks the earlier row `superseded_by` itself, so the history keeps
/// both and a review reads the rows where `superseded_by IS NULL`.
enum SQLiteSchema {
    /// 'cpms' — tells a cycleplan store from another application's SQLite file.
    static let applicationID: Int32 = 0x6370_6D73

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-imports-observations") { db in
            try db.execute(sql: """
                CREATE TABLE imports (
                    id INTEGER PRIMARY KEY,
                    file_name TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    rows INTEGER NOT NULL,
                    rows_used INTEGER NOT NULL,
                    rows_rejected INTEGER NOT NULL,
                    observations INTEGER NOT NULL,
                    user TEXT,
                    host TEXT
                );
                CREATE UNIQUE INDEX imports_by_hash ON imports(content_hash);
                -- A dimension combination ({渠道: 门店, 门店: 徐家汇}), numbered in order of first
                -- import: a stock's last values are summed in that order.
                CREATE TABLE combinations (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE
                );
                CREATE TABLE combination_values (
                    combination_id INTEGER NOT NULL REFERENCES combinations(id),
                    dimension TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (combination_id, dimension)
                ) WITHOUT ROWID;
                CREATE TABLE observations (
                    id INTEGER PRIMARY KEY,
                    import_id INTEGER NOT NULL REFERENCES imports(id),
                    seq INTEGER NOT NULL,
                    metric TEXT NOT NULL,
                    day INTEGER NOT NULL,
                    combination_id INTEGER NOT NULL REFERENCES combinations(id),
                    value REAL NOT NULL,
                    source_row INTEGER,
                    superseded_by INTEGER REFERENCES imports(id)
                );
                -- One current value per key; the lookup an import supersedes by.
                CREATE UNIQUE INDEX observations_current_key ON observations(metric, day, combination_id)
                    WHERE superseded_by IS NULL;
                -- Every value of a key, for restoring what a dropped import superseded.
                CREATE INDEX observations_key ON observations(metric, day, combination_id, import_id);
                CREATE INDEX observations_by_import ON observations(import_id, seq);
                """)
        }
        migrator.registerMigration("v2-aggregation-indexes") { db in
            try db.execute(sql: """
                -- A flow's window in store order (day, import, row), covering the value.
                CREATE INDEX observations_current_series ON observations(metric, day, import_id, seq, combination_id, value)
                    WHERE superseded_by IS NULL;
                -- The combinations carrying a dimension value, for filters.
                CREATE INDEX combination_values_by_value ON combination_values(dimension, value, combination_id);
                -- Which combinations (and metrics) are current: dimension values and dimensions by metric.
                CREATE INDEX observations_current_combination ON observations(combination_id, metric)
                    WHERE superseded_by IS NULL;
                CREATE INDEX observations_superseded ON observations(superseded_by)
                    WHERE superseded_by IS NOT NULL;
                """)
        }
        migrator.registerMigration("v3-superseded-key") { db in
            try db.execute(sql: """
                -- Restoring what a dropped import had superseded looks up the later values of a
                -- key: the current one is in observations_current_key already, so only the
                -- superseded ones need this index — and an import into an empty store (the
                -- largest, the history of a team's exports) no longer builds a second index of
                -- every row on the same leading columns.
                DROP INDEX observations_key;
                CREATE INDEX observations_superseded_key ON observations(metric, day, combination_id, import_id)
                    WHERE superseded_by IS NOT NULL;
                """)
        }
        migrator.registerMigration("v4-lean-observations") { db in
            try db.execute(sql: leanObservations)
        }
        migrator.registerMigration("v5-import-days") { db in
            try db.execute(sql: importDays)
        }
        return migrator
    }

    /// The observations clustered in series order with the metric as a number (design.md,
    /// "The store's layout"): a `WITHOUT ROWID` table whose key (metric, day, import, row) is
    /// the order a review sums a flow's window in, so the series index — a second copy of
    /// every row — and its sort at import are gone; the metric's text leaves every row and
    /// index; which combinations each metric has is a small table kept at import (`series`,
    /// with its rows counted so a drop can tell when a pair has none left) instead of an index
    /// of every current row.
    static let leanObservations = """
        CREATE TABLE metrics (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        INSERT INTO metrics (name) SELECT DISTINCT metric FROM observations ORDER BY metric;
        CREATE TABLE observations_lean (
            metric_id INTEGER NOT NULL REFERENCES metrics(id),
            day INTEGER NOT NULL,
            import_id INTEGER NOT NULL REFERENCES imports(id),
            seq INTEGER NOT NULL,
            combination_id INTEGER NOT NULL REFERENCES combinations(id),
            value REAL NOT NULL,
            source_row INTEGER,
            superseded_by INTEGER REFERENCES imports(id),
            PRIMARY KEY (metric_id, day, import_id, seq)
        ) WITHOUT ROWID;
        INSERT INTO observations_lean
            SELECT m.id, o.day, o.import_id, o.seq, o.combination_id, o.value, o.source_row, o.superseded_by
            FROM observations AS o JOIN metrics AS m ON m.name = o.metric
            ORDER BY m.id, o.day, o.import_id, o.seq;
        DROP TABLE observations;
        ALTER TABLE observations_lean RENAME TO observations;
        -- One current value per key; the lookup an import supersedes by, and a stock's last days.
        CREATE UNIQUE INDEX observations_current_key ON observations(metric_id, day, combination_id)
            WHERE superseded_by IS NULL;
        -- The later superseded values of a key, for restoring what a dropped import superseded.
        CREATE INDEX observations_superseded_key ON observations(metric_id, day, combination_id, import_id)
            WHERE superseded_by IS NOT NULL;
        CREATE INDEX observations_by_import ON observations(import_id, seq);
        CREATE INDEX observations_superseded ON observations(superseded_by)
            WHERE superseded_by IS NOT NULL;
        -- The (metric, combination) pairs with rows, and how many. Every key with rows has a
        -- current one (a later import supersedes, a drop restores), so a pair here has current rows.
        CREATE TABLE series (
            metric_id INTEGER NOT NULL REFERENCES metrics(id),
            combination_id INTEGER NOT NULL REFERENCES combinations(id),
            rows INTEGER NOT NULL,
            PRIMARY KEY (metric_id, combination_id)
        ) WITHOUT ROWID;
        CREATE INDEX series_by_combination ON series(combination_id);
        INSERT INTO series SELECT metric_id, combination_id, count(*) FROM observations GROUP BY metric_id, combination_id;
        """

    /// The page size of a new store, in bytes; a store keeps the size it was made with.
    static let pageSize = 16_384

    /// Each import's days per metric instead of an index of every row by import: history and
    /// drop are the only readers of an import's rows, and they find them through the table's
    /// key (metric, day, import) between the import's first and last day of each metric. The
    /// index cost a sort of every row at each bulk import (4.8 s of 10,000,000) and a
    /// seventh of the file; the ranges are a row per (import, metric).
    static let importDays = """
        CREATE TABLE import_days (
            import_id INTEGER NOT NULL REFERENCES imports(id),
            metric_id INTEGER NOT NULL REFERENCES metrics(id),
            first_day INTEGER NOT NULL,
            last_day INTEGER NOT NULL,
            PRIMARY KEY (import_id, metric_id)
        ) WITHOUT ROWID;
        INSERT INTO import_days
            SELECT import_id, metric_id, min(day), max(day) FROM observations GROUP BY import_id, metric_id;
        DROP INDEX observations_by_import;
        """
}
