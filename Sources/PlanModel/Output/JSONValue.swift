/// A JSON document built in code, serialized with keys in the order given, so contracts
/// print their keys in the documented order and the same value gives the same bytes.
///
/// Not `indirect`: the containers already hold their elements in arrays, and boxing every
/// value (a heap allocation per string, number and key) was a large part of writing a
/// 100,000-row document (docs/benchmarks.md, section 3e).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized() -> String {
        String(decoding: serializedBytes(), as: UTF8.self)
    }

    /// The same as UTF-8 bytes. Built in a byte buffer: appending to a String scalar by
    /// scalar made a 100,000-task schedule take a second to print.
    /// - Parameter capacity: the expected size, to allocate the buffer once.
    /// - Parameter rowsOnOneLine: write each element of a top-level member's array or object
    ///   (a schedule's task row, a diagnostic) on one line of its own, without spaces: the
    ///   layout of the large documents (`JSONLayout`).
    public func serializedBytes(capacity: Int = 4096, rowsOnOneLine: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        write(into: &out, indent: 0, oneLineFrom: rowsOnOneLine ? JSONLayout.rowIndent : nil)
        out.append(0x0A)
        return out
    }

    /// Without any whitespace, for data embedded in an HTML page, where the pretty layout
    /// (one key a line) doubled a 10,000-row chart. Every `<` is written `\u003c`, so the text
    /// can stand inside a `<script>` element (`</script>` cannot end it early).
    /// - Parameter capacity: the expected size, to allocate the buffer once.
    public func compactBytes(capacity: Int = 4096) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        write(into: &out, indent: nil)
        return out
    }

    /// Pretty-printed at `indent`, or compact when `nil` (escaped for a `<script>` unless
    /// `forScript` is false). Containers at an indentation of `oneLineFrom` or more are written
    /// compact, on one line, with the plain escapes.
    func write(into out: inout [UInt8], indent: Int?, oneLineFrom: Int? = nil, forScript: Bool = true) {
        if let indent, let oneLineFrom, indent >= oneLineFrom {
            write(into: &out, indent: nil, forScript: false)
            return
        }
        let compact = indent == nil, inner = indent.map { $0 + 2 }
        let script = compact && forScript
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): Self.writeInt(value, into: &out)
        case .number(let value): out.append(contentsOf: Self.format(value).utf8)
        case .string(let value): Self.escape(value, into: &out, forScript: script)
        case .array(let items):
            guard !items.isEmpty else { out += [0x5B, 0x5D]; return }
            out.append(0x5B)
            for (index, item) in items.enumerated() {
                Self.separate(index, inner, &out)
                item.write(into: &out, indent: inner, oneLineFrom: oneLineFrom, forScript: forScript)
            }
            Self.close(indent, &out)
            out.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { out += [0x7B, 0x7D]; return }
            out.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                Self.separate(index, inner, &out)
                Self.escape(key, into: &out, forScript: script)
                out.append(0x3A)
                if !compact { out.append(0x20) }
                value.write(into: &out, indent: inner, oneLineFrom: oneLineFrom, forScript: forScript)
            }
            Self.close(indent, &out)
            out.append(0x7D)
        }
    }

    /// Before an element: a comma after the first, and in the pretty layout a line break and
    /// the element's indentation.
    private static func separate(_ index: Int, _ indent: Int?, _ out: inout [UInt8]) {
        if index > 0 { out.append(0x2C) }
        guard let indent else { return }
        out.append(0x0A)
        pad(indent, &out)
    }

    /// Before a closing bracket of a non-empty container, in the pretty layout.
    private static func close(_ indent: Int?, _ out: inout [UInt8]) {
        guard let indent else { return }
        out.append(0x0A)
        pad(indent, &out)
    }

    /// `count` spaces: indentation, byte by byte (`repeatElement` was iterated generically).
    static func pad(_ count: Int, _ out: inout [UInt8]) {
        for _ in 0..<count { out.append(0x20) }
    }

    /// The decimal digits of `value`, as `String(value)` gives them, without the String.
    static func writeInt(_ value: Int, into out: inout [UInt8]) {
        guard value != 0 else { out.append(0x30); return }
        // Int.min has no positive twin: the magnitude as UInt covers it.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: Int.min has 19 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            }
            if value < 0 { out.append(0x2D) }
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// Integers without a fraction; non-finite numbers, which JSON cannot hold, as null.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Quotes and escapes a string: `"` and `\\`, control characters, and U+2028/U+2029
    /// (valid JSON, but they end a line in JavaScript, where this output may be embedded).
    static func escape(_ text: String, into out: inout [UInt8], forScript: Bool = false) {
        out.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole: names are mostly such runs.
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 || (byte == 0x3C && forScript) else {
                    index += 1
                    continue
                }
                if byte == 0xE2 && !(index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)) {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0x3C: out.append(contentsOf: "\\u003c".utf8)
                case 0xE2:
                    out.append(contentsOf: (utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
                default:
                    out.append(contentsOf: "\\u00".utf8)
                    if byte < 0x10 { out.append(0x30) }
                    out.append(contentsOf: String(byte, radix: 16).utf8)
                }
                index += 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        out.append(0x22)
    }
}

extension Diagnostic {
    /// The JSON form shared by every command's machine-readable output, in English.
    public var json: JSONValue { json(in: .en) }

    /// The JSON form with `message`, `hint` and the notes' `message` in `language`; the keys,
    /// `id` and `severity` never change with it.
    public func json(in language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let location {
            members += [("file", .string(location.file)), ("line", .int(location.line)), ("column", .int(location.column))]
        }
        members += [("severity", .string(severity.rawValue)), ("id", .string(id.rawValue)), ("message", .string(message(in: language)))]
        if let hint = hint(in: language) { members.append(("hint", .string(hint))) }
        members.append(("notes", .array(notes.map { note in
            var fields: [(String, JSONValue)] = [("message", .string(note.message(in: language)))]
            if let location = note.location {
                fields += [("file", .string(location.file)), ("line", .int(location.line)), ("column", .int(location.column))]
            }
            return .object(fields)
        })))
        return .object(members)
    }
}
