/// `actuals: {source: postgres://…, table: …, date: …, columns: {…}, dimensions: {…}}`: the
/// review reads a warehouse table or view that already holds daily metrics, aggregating in
/// SQL, instead of export files. The names are checked against the database's catalog before
/// any query uses them (`PostgresWarehouse`); each keeps where the plan wrote it, so a name
/// the table does not have is reported at its key.
public struct WarehouseSpec: Sendable, Equatable {
    /// A column of the table and what it is in the plan (a metric id, or a dimension's name).
    public struct Column: Sendable, Equatable {
        public var name: String
        public var meaning: String
        public var location: SourceLocation?

        public init(name: String, meaning: String, location: SourceLocation? = nil) {
            self.name = name
            self.meaning = meaning
            self.location = location
        }
    }

    /// `postgres://USER@HOST[:PORT]/DB[?password_env=VAR&sslmode=…]`, never with a password.
    public var source: String
    public var sourceLocation: SourceLocation?
    /// The schema holding the table; `nil`: the URL's `?schema=`, else `public`.
    public var schema: String?
    public var schemaLocation: SourceLocation?
    public var table: String
    public var tableLocation: SourceLocation?
    public var dateColumn: Column
    /// Metric columns (column → metric id), in the plan's order.
    public var columns: [Column]
    /// Dimension columns (column → dimension name), in the plan's order: ties of a day are
    /// summed in the order of these columns' values.
    public var dimensions: [Column]
    public var location: SourceLocation?

    public init(source: String, sourceLocation: SourceLocation? = nil, schema: String? = nil, schemaLocation: SourceLocation? = nil,
                table: String, tableLocation: SourceLocation? = nil, dateColumn: Column, columns: [Column],
                dimensions: [Column] = [], location: SourceLocation? = nil) {
        self.source = source
        self.sourceLocation = sourceLocation
        self.schema = schema
        self.schemaLocation = schemaLocation
        self.table = table
        self.tableLocation = tableLocation
        self.dateColumn = dateColumn
        self.columns = columns
        self.dimensions = dimensions
        self.location = location
    }
}
