import MetricsStore
import PlanModel
import PostgresNIO

/// The plan's names looked up in the catalog before any query uses them: the relation in
/// `pg_class` (a table, view, materialized view, foreign or partitioned table of the schema)
/// and its columns in `pg_attribute`, each with its type. The names are parameters here; only
/// names found are later written into SQL (quoted), so nothing the plan says runs as SQL.
struct WarehouseCatalog {
    var schema: String
    var table: String
    /// Column name → (type name, type category), as `pg_type` has them.
    var columns: [String: (type: String, category: String)]
    var order: [String]

    static func read(_ session: PostgresSession, schema: String, spec: WarehouseSpec) throws(WarehouseProblem) -> WarehouseCatalog {
        let failed = { (error: MetricsStoreError) in WarehouseProblem(.unavailable(reason: error.description), at: spec.sourceLocation) }
        // A NUL cannot be sent as text (the server refuses it): no schema has one.
        guard !schema.utf8.contains(0) else {
            throw WarehouseProblem(.unknownTable(schema: schema, table: spec.table, suggestion: nil), at: spec.schemaLocation ?? spec.tableLocation)
        }
        var binds = Binds()
        let relations: PostgresQueryResult
        do {
            relations = try session.run("""
                SELECT c.relname::text, CAST(c.oid AS BIGINT) FROM pg_catalog.pg_class AS c
                JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
                WHERE n.nspname = \(binds.add(schema)) AND c.relkind IN ('r', 'v', 'm', 'f', 'p')
                """, binds)
        } catch { throw failed(error) }
        var names: [String] = []
        var relation: Int64?
        for row in relations {
            guard let (name, oid) = try? row.decode((String, Int64).self) else { continue }
            names.append(name)
            if name == spec.table { relation = oid }
        }
        guard let relation else {
            throw WarehouseProblem(.unknownTable(schema: schema, table: spec.table, suggestion: Self.suggest(spec.table, names)),
                                   at: spec.tableLocation ?? spec.location)
        }
        var columnBinds = Binds()
        let rows: PostgresQueryResult
        do {
            rows = try session.run("""
                SELECT a.attname::text, t.typname::text, CAST(t.typcategory AS TEXT) FROM pg_catalog.pg_attribute AS a
                JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid
                WHERE a.attrelid = CAST(\(columnBinds.add(relation)) AS OID) AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum
                """, columnBinds)
        } catch { throw failed(error) }
        var catalog = WarehouseCatalog(schema: schema, table: spec.table, columns: [:], order: [])
        for row in rows {
            guard let (name, type, category) = try? row.decode((String, String, String).self) else { continue }
            catalog.columns[name] = (type, category)
            catalog.order.append(name)
        }
        try catalog.check(spec)
        return catalog
    }

    /// Every named column exists with a type its role can read.
    func check(_ spec: WarehouseSpec) throws(WarehouseProblem) {
        let uses = [(spec.dateColumn, "date")] + spec.columns.map { ($0, "columns") } + spec.dimensions.map { ($0, "dimensions") }
        for (column, role) in uses {
            guard let found = columns[column.name] else {
                throw WarehouseProblem(.unknownColumn(column: column.name, table: table, role: role,
                                                      suggestion: Self.suggest(column.name, order), known: order),
                                       at: column.location)
            }
            switch role {
            case "date" where !["date", "timestamp", "timestamptz"].contains(found.type):
                throw WarehouseProblem(.columnType(column: column.name, type: found.type, wanted: "a date or timestamp"), at: column.location)
            case "columns" where found.category != "N" || ["money", "oid"].contains(found.type):
                throw WarehouseProblem(.columnType(column: column.name, type: found.type, wanted: "a number"), at: column.location)
            default: break
            }
        }
    }

    /// The closest name, also when only the case differs (`Stat_Date` for `stat_date`).
    static func suggest(_ name: String, _ candidates: [String]) -> String? {
        candidates.first { $0.lowercased() == name.lowercased() } ?? Suggestion.closest(to: name, in: candidates)
    }
}
