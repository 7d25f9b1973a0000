/// The store's schema in PostgreSQL, as versioned migrations: the same tables as the SQLite
/// store (`SQLiteSchema`), in the schema the URL names. A migration, once released, never
/// changes: a change is a new one. `cycleplan_migrations` lists those applied, so a store
/// with migrations this version does not know was written by a newer one.
///
/// Observations are never updated in place: a later import giving the same (metric, day,
/// dimension combination) marks the earlier row `superseded_by` itself.
enum PostgresSchema {
    struct Migration {
        var identifier: String
        var sql: [String]
    }

    /// The same identifiers as the SQLite store's migrations, so one name means one shape.
    static let migrations: [Migration] = [
        Migration(identifier: "v1-imports-observations", sql: [
            """
            CREATE TABLE imports (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                file_name TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                rows BIGINT NOT NULL,
                rows_used BIGINT NOT NULL,
                rows_rejected BIGINT NOT NULL,
                observations BIGINT NOT NULL,
                "user" TEXT,
                host TEXT
            )
            """,
            "CREATE UNIQUE INDEX imports_by_hash ON imports(content_hash)",
            // Numbered in order of first import: a stock's last values are summed in that order.
            """
            CREATE TABLE combinations (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                key TEXT NOT NULL UNIQUE
            )
            """,
            """
            CREATE TABLE combination_values (
                combination_id BIGINT NOT NULL REFERENCES combinations(id),
                dimension TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (combination_id, dimension)
            )
            """,
            """
            CREATE TABLE observations (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                import_id BIGINT NOT NULL REFERENCES imports(id),
                seq BIGINT NOT NULL,
                metric TEXT NOT NULL,
                day INTEGER NOT NULL,
                combination_id BIGINT NOT NULL REFERENCES combinations(id),
                value DOUBLE PRECISION NOT NULL,
                source_row BIGINT,
                superseded_by BIGINT REFERENCES imports(id)
            )
            """,
            // One current value per key; the lookup an import supersedes by.
            """
            CREATE UNIQUE INDEX observations_current_key ON observations(metric, day, combination_id)
                WHERE superseded_by IS NULL
            """,
            "CREATE INDEX observations_key ON observations(metric, day, combination_id, import_id)",
            "CREATE INDEX observations_by_import ON observations(import_id, seq)",
        ]),
        Migration(identifier: "v2-aggregation-indexes", sql: [
            // A flow's window in store order (day, import, row), covering the value.
            """
            CREATE INDEX observations_current_series ON observations(metric, day, import_id, seq)
                INCLUDE (combination_id, value) WHERE superseded_by IS NULL
            """,
            "CREATE INDEX combination_values_by_value ON combination_values(dimension, value, combination_id)",
            """
            CREATE INDEX observations_current_combination ON observations(combination_id, metric)
                WHERE superseded_by IS NULL
            """,
            "CREATE INDEX observations_superseded ON observations(superseded_by) WHERE superseded_by IS NOT NULL",
        ]),
    ]
}
