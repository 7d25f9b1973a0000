/// One object of a large array written straight into the document's bytes, member by member,
/// in the layout `JSONValue.object` has on one line (`rowsOnOneLine`: `{"key":value,…}`, no
/// spaces): the rows of a 100,000-task status went through a `JSONValue` each — an array of
/// members, a box per string, walked and freed — for bytes that can be written directly.
///
/// ```swift
/// writer.writeRows(count: tasks.count) { index, row in
///     row.string("id", tasks[index].id)
///     row.int("slip", tasks[index].slip)
/// }
/// ```
///
/// A test holds each use to the bytes of the `JSONValue` it replaces.
public struct JSONRow {
    /// The document's bytes, lent to the row while it is written (`JSONWriter.writeRows`).
    var bytes: [UInt8] = []
    private var members = 0

    init() {}

    /// Keys are the contract's words, written in the code: their bytes go in as they are
    /// (escaping 23 keys a row was a fifth of the rows' time).
    private mutating func key(_ key: StaticString) {
        if members > 0 { bytes.append(0x2C) }
        members += 1
        bytes.append(0x22)
        key.withUTF8Buffer { utf8 in
            assert(utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 < 0x80 }, "a JSONRow key needs no escape")
            bytes.append(contentsOf: utf8)
        }
        bytes += [0x22, 0x3A]
    }

    private mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// A string, or `null` when `nil` (as `JSONValue.optional`).
    public mutating func string(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { JSONValue.escape(value, into: &bytes) } else { null() }
    }

    /// An integer, or `null` when `nil`.
    public mutating func int(_ key: StaticString, _ value: Int?) {
        self.key(key)
        if let value { JSONValue.writeInt(value, into: &bytes) } else { null() }
    }

    /// A number as `JSONValue.number` writes it, or `null` when `nil`.
    public mutating func number(_ key: StaticString, _ value: Double?) {
        self.key(key)
        if let value { bytes.append(contentsOf: JSONValue.format(value).utf8) } else { null() }
    }

    public mutating func bool(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// An array of strings.
    public mutating func strings(_ key: StaticString, _ values: [String]) {
        self.key(key)
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            JSONValue.escape(value, into: &bytes)
        }
        bytes.append(0x5D)
    }

    /// Any other value, written as `JSONValue` writes it on one line.
    public mutating func value(_ key: StaticString, _ value: JSONValue) {
        self.key(key)
        value.write(into: &bytes, indent: nil, forScript: false)
    }
}
