import PostgresNIO

/// Parameters for one statement, numbered as they are added: `binds.add(x)` gives `$1`,
/// then `$2`…, to write into the SQL in place of the value.
struct Binds {
    var bindings = PostgresBindings()
    private var count = 0

    mutating func add(_ value: some PostgresNonThrowingEncodable & Sendable) -> String {
        bindings.append(value)
        count += 1
        return "$\(count)"
    }

    mutating func add(optional value: String?) -> String {
        if let value { return add(value) }
        bindings.appendNull()
        count += 1
        return "$\(count)"
    }
}

/// `"name"`: an identifier quoted for PostgreSQL, `"` doubled, so any name is a name.
func quoted(_ identifier: String) -> String {
    "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
