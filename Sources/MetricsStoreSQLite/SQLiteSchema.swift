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
        return migrator
    }
}
